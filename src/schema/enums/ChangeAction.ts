// What became of a node, as the change feed reports it.
import { registerEnumType } from 'type-graphql';

import { ChangeAction } from '../../vocabulary/ChangeAction';

export { ChangeAction };

registerEnumType(ChangeAction, {
  name: 'ChangeAction',
  description: 'What became of a node: its latest change, as the change feed reports it.',
  valuesConfig: {
    CREATED: { description: 'The node is new and has not changed since it was written.' },
    UPDATED: {
      description:
        'A property of the node or one of its own links changed (a claim now attributing to another actor, ' +
        'a tie added).',
    },
    RETRACTED: { description: 'A claim that is retracted (see Claim.retractedAt): drop it from what you derive.' },
    MERGED: {
      description: 'An actor merged into another one: its id now redirects to `mergedIntoId`; replace it there.',
    },
  },
});
