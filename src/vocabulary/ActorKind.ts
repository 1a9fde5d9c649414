// The ActorKind values of the graph model: plain values the domain, importers and repositories use; the GraphQL
// enum of the same name (src/schema/enums/ActorKind.ts) registers them with their descriptions.
export enum ActorKind {
  STATE = 'STATE',
  GOVERNMENT = 'GOVERNMENT',
  ARMED_FORCES = 'ARMED_FORCES',
  MILITARY_UNIT = 'MILITARY_UNIT',
  ARMED_GROUP = 'ARMED_GROUP',
  COALITION = 'COALITION',
  MILITARY_OPERATION = 'MILITARY_OPERATION',
  POLITICAL_ORGANIZATION = 'POLITICAL_ORGANIZATION',
  PERSON = 'PERSON',
  CIVILIANS = 'CIVILIANS',
  UNKNOWN = 'UNKNOWN',
  OTHER = 'OTHER',
}
