// The ChangeAction values of the graph model: plain values the domain, importers and repositories use; the GraphQL
// enum of the same name (src/schema/enums/ChangeAction.ts) registers them with their descriptions.
export enum ChangeAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  RETRACTED = 'RETRACTED',
  MERGED = 'MERGED',
}
