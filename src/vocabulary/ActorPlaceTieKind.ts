// The ActorPlaceTieKind values of the graph model: plain values the domain, importers and repositories use; the GraphQL
// enum of the same name (src/schema/enums/ActorPlaceTieKind.ts) registers them with their descriptions.
export enum ActorPlaceTieKind {
  CONTROLS = 'CONTROLS',
  BESIEGES = 'BESIEGES',
  BASED_IN = 'BASED_IN',
}
