// The ClaimKind values of the graph model: plain values the domain, importers and repositories use; the GraphQL
// enum of the same name (src/schema/enums/ClaimKind.ts) registers them with their descriptions.
export enum ClaimKind {
  ATTRIBUTION = 'ATTRIBUTION',
  DENIAL = 'DENIAL',
  RESPONSIBILITY_CLAIM = 'RESPONSIBILITY_CLAIM',
  CASUALTY_COUNT = 'CASUALTY_COUNT',
  DESCRIPTION = 'DESCRIPTION',
  OCCURRENCE = 'OCCURRENCE',
}
