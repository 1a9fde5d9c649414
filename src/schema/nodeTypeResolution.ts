// Which object type a node is where the schema names an abstract one (the Node interface, the SearchResult union):
// read from the `nodeKind` every node the data layer hands out carries.
import { isAbstractType, type GraphQLSchema, type GraphQLTypeResolver } from 'graphql';

import { NodeKind } from '../vocabulary/NodeKind';

/** The GraphQL object type of each kind of node. */
export const typeNameOfNodeKind: Record<NodeKind, string> = {
  [NodeKind.ACTOR]: 'Actor',
  [NodeKind.EVENT]: 'Event',
  [NodeKind.LOCATION]: 'Location',
  [NodeKind.SOURCE]: 'Source',
  [NodeKind.DOCUMENT]: 'Document',
  [NodeKind.CLAIM]: 'Claim',
};

/** The abstract types whose members are exactly the six kinds of node. */
const abstractTypesOfNodes = ['Node', 'SearchResult'];

const typeOfNode: GraphQLTypeResolver<unknown, unknown> = (value, _context, _info, abstractType) => {
  const kind = (value as { nodeKind?: unknown } | null | undefined)?.nodeKind;
  const name = typeof kind === 'string' ? typeNameOfNodeKind[kind as NodeKind] : undefined;
  if (name === undefined)
    throw new Error(
      `${abstractType.name} was given a value whose nodeKind is ${JSON.stringify(kind)}, not one of ${Object.values(NodeKind).join(', ')}; build nodes with the data layer's mappers`,
    );
  return name;
};

/**
 * Gives Node and SearchResult a resolveType that answers at once, by `nodeKind`. TypeGraphQL's own tests `instanceof`
 * against the classes, which the data layer's plain objects are not, and it turns a resolveType given to
 * @InterfaceType or createUnionType into an async one, which compiled execution (src/server/compiledExecution.ts)
 * cannot wait for; so it is set on the built schema. Refuses a schema where either type's members are not the six
 * kinds, so a new kind of node cannot go unresolved.
 */
export function resolveNodeTypesByKind(schema: GraphQLSchema): void {
  const kinds = Object.values(typeNameOfNodeKind).sort();
  for (const name of abstractTypesOfNodes) {
    const type = schema.getType(name);
    if (!isAbstractType(type)) throw new Error(`${name} is not an interface or union of the schema`);
    const members = schema
      .getPossibleTypes(type)
      .map((member) => member.name)
      .sort();
    if (members.join() !== kinds.join())
      throw new Error(
        `${name} has the members ${members.join(', ')}, but nodes resolve to ${kinds.join(', ')}; keep typeNameOfNodeKind in step`,
      );
    type.resolveType = typeOfNode;
  }
}
