// The Stance values of the graph model: plain values the domain, importers and repositories use; the GraphQL
// enum of the same name (src/schema/enums/Stance.ts) registers them with their descriptions.
export enum Stance {
  ASSERTS = 'ASSERTS',
  DENIES = 'DENIES',
  SUSPECTS = 'SUSPECTS',
}
