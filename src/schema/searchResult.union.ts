// What a search hit can be: any of the six node kinds.
import { createUnionType } from 'type-graphql';

import { Actor } from './actor.type';
import { Claim } from './claim.type';
import { Document } from './document.type';
import { Event } from './event.type';
import { Location } from './location.type';
import { Source } from './source.type';

export type SearchResultNode = Actor | Event | Location | Source | Document | Claim;

// No resolveType here: TypeGraphQL would make it async, which compiled execution (src/server/compiledExecution.ts)
// cannot wait for. The built schema's resolves by the node's `nodeKind` at once (nodeTypeResolution.ts).
export const SearchResult = createUnionType({
  name: 'SearchResult',
  description:
    'The node a search hit found: an actor, event, location, source, document or claim. ' +
    'Select fields with `... on Actor { name }` and so on.',
  types: () => [Actor, Event, Location, Source, Document, Claim] as const,
});
