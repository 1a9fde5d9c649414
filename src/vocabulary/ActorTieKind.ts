// The ActorTieKind values of the graph model: plain values the domain, importers and repositories use; the GraphQL
// enum of the same name (src/schema/enums/ActorTieKind.ts) registers them with their descriptions.
export enum ActorTieKind {
  PART_OF = 'PART_OF',
  LEADS = 'LEADS',
  SUPPORTS = 'SUPPORTS',
  ALLIED_WITH = 'ALLIED_WITH',
  OPPOSES = 'OPPOSES',
  FOUGHT = 'FOUGHT',
}
