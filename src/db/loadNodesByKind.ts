// Loads nodes of mixed kinds through the per-kind loaders: one batched query per kind present, whatever the number of ids.
import type { SearchKind } from '../schema/enums/SearchKind';
import type { SearchResultNode } from '../schema/searchResult.union';
import type { Loaders } from './loaders';

export interface NodeRef {
  id: string;
  kind: SearchKind;
}

/** The node of each ref, in order; undefined where it has gone since the ref was read. */
export function loadNodesByKind(loaders: Loaders, refs: readonly NodeRef[]): Promise<(SearchResultNode | undefined)[]> {
  const loaderOf = {
    ACTOR: loaders.actor,
    EVENT: loaders.event,
    LOCATION: loaders.location,
    SOURCE: loaders.source,
    DOCUMENT: loaders.document,
    CLAIM: loaders.claim,
  } satisfies Record<SearchKind, unknown>;
  // Loads issued in the same tick share one batch per loader.
  return Promise.all(refs.map((ref): Promise<SearchResultNode | undefined> => loaderOf[ref.kind].load(ref.id)));
}
