// The GeoPrecision values of the graph model: plain values the domain, importers and repositories use; the GraphQL
// enum of the same name (src/schema/enums/GeoPrecision.ts) registers them with their descriptions.
export enum GeoPrecision {
  EXACT = 'EXACT',
  DISTRICT = 'DISTRICT',
  CITY = 'CITY',
  REGION = 'REGION',
  COUNTRY = 'COUNTRY',
}
