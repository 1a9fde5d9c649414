// The EventKind values of the graph model: plain values the domain, importers and repositories use; the GraphQL
// enum of the same name (src/schema/enums/EventKind.ts) registers them with their descriptions.
export enum EventKind {
  AIRSTRIKE = 'AIRSTRIKE',
  DRONE_STRIKE = 'DRONE_STRIKE',
  SHELLING = 'SHELLING',
  ARMED_CLASH = 'ARMED_CLASH',
  ATTACK = 'ATTACK',
  BOMBING = 'BOMBING',
  SIEGE = 'SIEGE',
  TERRITORY_CHANGE = 'TERRITORY_CHANGE',
  VISIT = 'VISIT',
  MEETING = 'MEETING',
  STATEMENT = 'STATEMENT',
  PROTEST = 'PROTEST',
  OTHER = 'OTHER',
}
