// The TieKind values of the graph model: plain values the domain, importers and repositories use; the GraphQL
// enum of the same name (src/schema/enums/TieKind.ts) registers them with their descriptions.
export enum TieKind {
  PART_OF = 'PART_OF',
  LEADS = 'LEADS',
  SUPPORTS = 'SUPPORTS',
  ALLIED_WITH = 'ALLIED_WITH',
  OPPOSES = 'OPPOSES',
  FOUGHT = 'FOUGHT',
  CONTROLS = 'CONTROLS',
  BESIEGES = 'BESIEGES',
  BASED_IN = 'BASED_IN',
}
