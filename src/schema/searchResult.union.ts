// What a search hit can be: any of the six node kinds.
import { createUnionType } from 'type-graphql';
import { Actor } from './actor.type';
import { Claim } from './claim.type';
import { Document } from './document.type';
import { Event } from './event.type';
import { Location } from './location.type';
import { Source } from './source.type';
import { SearchKind } from './enums/SearchKind';

export type SearchResultNode = Actor | Event | Location | Source | Document | Claim;

/** The GraphQL type of each kind; the mappers build instances of these classes (a claim may be a subclass of Claim). */
const typeOfKind = { ACTOR: Actor, EVENT: Event, LOCATION: Location, SOURCE: Source, DOCUMENT: Document, CLAIM: Claim } as const;

function searchKindOf(node: SearchResultNode): SearchKind {
  const kind = (Object.keys(typeOfKind) as SearchKind[]).find((k) => node instanceof typeOfKind[k]);
  if (!kind) throw new Error(`a search result of class ${node.constructor.name} is none of the six node kinds`);
  return kind;
}

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'The node a search hit found: an actor, event, location, source, document or claim. Select fields with `... on Actor { name }` and so on.',
  types: () => [Actor, Event, Location, Source, Document, Claim] as const,
  resolveType: (node: SearchResultNode) => typeOfKind[searchKindOf(node)],
});
