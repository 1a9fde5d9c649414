// The ClaimKind enum of the graph model, shared by GraphQL and ingestion.
import { registerEnumType } from 'type-graphql';

import { ClaimKind } from '../../vocabulary/ClaimKind';

export { ClaimKind };

registerEnumType(ClaimKind, {
  name: 'ClaimKind',
  description: 'What a claim states.',
  valuesConfig: {
    ATTRIBUTION: { description: 'Says who carried out the event.' },
    DENIAL: { description: 'Denies that an actor carried out the event.' },
    RESPONSIBILITY_CLAIM: { description: 'An actor claims the event as its own.' },
    CASUALTY_COUNT: { description: 'Gives casualty figures.' },
    DESCRIPTION: { description: 'Describes what happened, without attributing it.' },
    OCCURRENCE: { description: 'Reports that the event took place.' },
  },
});
