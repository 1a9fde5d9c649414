// The LocationKind values of the graph model: plain values the domain, importers and repositories use; the GraphQL
// enum of the same name (src/schema/enums/LocationKind.ts) registers them with their descriptions.
export enum LocationKind {
  COUNTRY = 'COUNTRY',
  REGION = 'REGION',
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  SITE = 'SITE',
}
