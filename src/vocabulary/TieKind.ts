// The TieKind values of the graph model: every kind of actor tie, to actors (ActorTieKind) and to places
// (ActorPlaceTieKind), in that order; the GraphQL enum of the same name (src/schema/enums/TieKind.ts) registers them
// with their descriptions. An object of its own, so TypeGraphQL registers it apart from the two it joins.
import { ActorPlaceTieKind } from './ActorPlaceTieKind';
import { ActorTieKind } from './ActorTieKind';

export const TieKind = { ...ActorTieKind, ...ActorPlaceTieKind } as const;
export type TieKind = ActorTieKind | ActorPlaceTieKind;
