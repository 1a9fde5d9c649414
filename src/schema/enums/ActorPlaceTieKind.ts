// The ActorPlaceTieKind enum of the graph model, shared by GraphQL and ingestion.
import { registerEnumType } from 'type-graphql';

import { ActorPlaceTieKind } from '../../vocabulary/ActorPlaceTieKind';

export { ActorPlaceTieKind };

registerEnumType(ActorPlaceTieKind, {
  name: 'ActorPlaceTieKind',
  description: 'How an actor relates to a place.',
  valuesConfig: {
    CONTROLS: { description: 'The actor controls the place (DMSC CONTROLS Derna).' },
    BESIEGES: { description: 'The actor besieges the place.' },
    BASED_IN: { description: 'The actor is based in the place.' },
  },
});
