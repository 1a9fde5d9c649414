// The NodeKind values of the graph model: plain values the domain, importers and repositories use; the GraphQL
// enum of the same name (src/schema/enums/NodeKind.ts) registers them with their descriptions.
export enum NodeKind {
  ACTOR = 'ACTOR',
  EVENT = 'EVENT',
  LOCATION = 'LOCATION',
  SOURCE = 'SOURCE',
  DOCUMENT = 'DOCUMENT',
  CLAIM = 'CLAIM',
}
