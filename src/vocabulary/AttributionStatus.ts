// The AttributionStatus values of the graph model: plain values the domain, importers and repositories use; the GraphQL
// enum of the same name (src/schema/enums/AttributionStatus.ts) registers them with their descriptions.
export enum AttributionStatus {
  CLAIMED = 'CLAIMED',
  ALLEGED = 'ALLEGED',
  UNIDENTIFIED = 'UNIDENTIFIED',
}
