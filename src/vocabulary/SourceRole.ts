// The SourceRole values of the graph model: plain values the domain, importers and repositories use; the GraphQL
// enum of the same name (src/schema/enums/SourceRole.ts) registers them with their descriptions.
export enum SourceRole {
  MAKER = 'MAKER',
  MAKER_OR_RELAYER = 'MAKER_OR_RELAYER',
}
