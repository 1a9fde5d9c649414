// The EventGrade values of the graph model: plain values the domain, importers and repositories use; the GraphQL
// enum of the same name (src/schema/enums/EventGrade.ts) registers them with their descriptions.
/** In order from best established to discounted: the order of `BEST_GRADE_FIRST`. */
export enum EventGrade {
  CONFIRMED = 'CONFIRMED',
  FAIR = 'FAIR',
  WEAK = 'WEAK',
  CONTESTED = 'CONTESTED',
  DISCOUNTED = 'DISCOUNTED',
}
