// The SourceKind values of the graph model: plain values the domain, importers and repositories use; the GraphQL
// enum of the same name (src/schema/enums/SourceKind.ts) registers them with their descriptions.
export enum SourceKind {
  NEWS_OUTLET = 'NEWS_OUTLET',
  WIRE_SERVICE = 'WIRE_SERVICE',
  LOCAL_MEDIA = 'LOCAL_MEDIA',
  OFFICIAL = 'OFFICIAL',
  ARMED_GROUP_MEDIA = 'ARMED_GROUP_MEDIA',
  ARMED_GROUP_MEMBER = 'ARMED_GROUP_MEMBER',
  SOCIAL_MEDIA = 'SOCIAL_MEDIA',
  WITNESS = 'WITNESS',
  RESIDENT = 'RESIDENT',
  MEDICAL_SOURCE = 'MEDICAL_SOURCE',
  NGO = 'NGO',
  ANALYST = 'ANALYST',
  DATASET = 'DATASET',
  UNKNOWN = 'UNKNOWN',
}
