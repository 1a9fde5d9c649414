// The SearchKind values of the graph model: plain values the domain, importers and repositories use; the GraphQL
// enum of the same name (src/schema/enums/SearchKind.ts) registers them with their descriptions.
export enum SearchKind {
  ACTOR = 'ACTOR',
  EVENT = 'EVENT',
  LOCATION = 'LOCATION',
  SOURCE = 'SOURCE',
  DOCUMENT = 'DOCUMENT',
  CLAIM = 'CLAIM',
}
