// The EventOrder values of the graph model: plain values the domain, importers and repositories use; the GraphQL
// enum of the same name (src/schema/enums/EventOrder.ts) registers them with their descriptions.
export enum EventOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
  MOST_KILLED_FIRST = 'MOST_KILLED_FIRST',
  BEST_GRADE_FIRST = 'BEST_GRADE_FIRST',
}
