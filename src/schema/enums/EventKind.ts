// The EventKind enum of the graph model, shared by GraphQL and ingestion.
import { registerEnumType } from 'type-graphql';

import { EventKind } from '../../vocabulary/EventKind';

export { EventKind };

registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What kind of incident an event is.',
  valuesConfig: {
    AIRSTRIKE: { description: 'An air strike by aircraft.' },
    DRONE_STRIKE: { description: 'A strike by a drone.' },
    SHELLING: { description: 'Shelling, artillery or missile fire.' },
    ARMED_CLASH: { description: 'Armed clashes between organised groups.' },
    ATTACK: { description: 'An attack, often on civilians.' },
    BOMBING: { description: 'A bombing with an explosive device.' },
    SIEGE: { description: 'A siege of a place over time.' },
    TERRITORY_CHANGE: { description: 'A change of control over territory.' },
    VISIT: { description: 'A visit by an official or leader.' },
    MEETING: { description: 'A meeting or talks.' },
    STATEMENT: { description: 'A public statement treated as an event.' },
    PROTEST: { description: 'A protest or demonstration.' },
    OTHER: { description: 'Any other kind of event.' },
  },
});
