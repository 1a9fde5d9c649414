// The InvolvementRole values of the graph model: plain values the domain, importers and repositories use; the GraphQL
// enum of the same name (src/schema/enums/InvolvementRole.ts) registers them with their descriptions.
export enum InvolvementRole {
  TARGET = 'TARGET',
  VICTIM = 'VICTIM',
  PARTICIPANT = 'PARTICIPANT',
}
