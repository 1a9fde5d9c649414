// The Relay `Node` interface: anything with a global id that `node(id)` fetches again, for clients that cache by id.
import { Field, ID, InterfaceType } from 'type-graphql';

// Its type is resolved by the node's `nodeKind`, set on the built schema (nodeTypeResolution.ts): a resolveType given
// here would be made async by TypeGraphQL.
@InterfaceType({
  description:
    'Anything with a stable id unique across all kinds (Relay object identification): actors, ' +
    'events, locations, sources, documents and claims. ' +
    'Fetch any of them again by id with `node(id)` or `nodes(ids)`.',
})
export abstract class Node {
  @Field(() => ID, {
    description: 'Stable id, unique across all kinds, e.g. `actor:egypt` or `claim:dango-blames-egypt`.',
  })
  id!: string;
}
