// The six kinds of node of the graph, as the change feed names them.
import { registerEnumType } from 'type-graphql';

import { NodeKind } from '../../vocabulary/NodeKind';

export { NodeKind };

registerEnumType(NodeKind, {
  name: 'NodeKind',
  description: 'What kind of node something is.',
  valuesConfig: {
    ACTOR: { description: 'An actor: state, armed force, unit, group, government or person.' },
    EVENT: { description: 'An event.' },
    LOCATION: { description: 'A place.' },
    SOURCE: { description: 'A source that makes claims.' },
    DOCUMENT: { description: 'A document claims are reported in.' },
    CLAIM: { description: 'A claim a source makes about an event.' },
  },
});
