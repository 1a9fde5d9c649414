// The SearchKind values: the kinds of node a search finds, which are NodeKind's; the GraphQL enum of the same name
// (src/schema/enums/SearchKind.ts) registers them with their descriptions. An object of its own, so TypeGraphQL
// registers it apart from NodeKind.
import { NodeKind } from './NodeKind';

export const SearchKind = { ...NodeKind } as const;
export type SearchKind = NodeKind;
