// The ActorTieKind enum of the graph model, shared by GraphQL and ingestion.
import { registerEnumType } from 'type-graphql';

import { ActorTieKind } from '../../vocabulary/ActorTieKind';

export { ActorTieKind };

registerEnumType(ActorTieKind, {
  name: 'ActorTieKind',
  description: 'How one actor relates to another. Ties may carry validity dates.',
  valuesConfig: {
    PART_OF: {
      description:
        'The first actor is a unit or member of the second (Egyptian Air Force PART_OF Egyptian Armed Forces).',
    },
    LEADS: { description: 'The first actor leads or commands the second (Haftar LEADS the LNA).' },
    SUPPORTS: { description: 'The first actor supports the second politically or materially.' },
    ALLIED_WITH: { description: 'The two actors act together or coordinate.' },
    OPPOSES: { description: 'The first actor opposes the second.' },
    FOUGHT: { description: 'The first actor fought the second.' },
  },
});
