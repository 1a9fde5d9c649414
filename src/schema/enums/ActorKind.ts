// The ActorKind enum of the graph model, shared by GraphQL and ingestion.
import { registerEnumType } from 'type-graphql';

import { ActorKind } from '../../vocabulary/ActorKind';

export { ActorKind };

registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'What kind of actor this is.',
  valuesConfig: {
    STATE: { description: 'A sovereign state as a whole (Egypt).' },
    GOVERNMENT: { description: 'A government or administration (the Government of National Accord).' },
    ARMED_FORCES: { description: 'The armed forces of a state or claimant (Egyptian Armed Forces, LNA).' },
    MILITARY_UNIT: { description: 'A unit within armed forces or a group (Egyptian Air Force, a brigade).' },
    ARMED_GROUP: { description: 'A non-state armed group (Derna Mujaheddin Shura Council, Islamic State).' },
    COALITION: { description: 'A coalition of groups or states.' },
    MILITARY_OPERATION: {
      description: 'A named operation that acts as an actor (Dignity Operation, Al-Bunyan Al-Marsoos).',
    },
    POLITICAL_ORGANIZATION: { description: 'A party, council or other political body.' },
    PERSON: { description: 'A named individual (Khalifa Haftar).' },
    CIVILIANS: { description: 'Civilians as a party to an event (victims).' },
    UNKNOWN: {
      description: 'An explicitly unknown actor ("unknown warplanes"): known to exist, identity not established.',
    },
    OTHER: { description: 'Any other kind of actor.' },
  },
});
