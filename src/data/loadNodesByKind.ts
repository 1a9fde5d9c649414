// Nodes of mixed kinds through the per-kind loaders: loaded (one batched query per kind present, whatever the number
// of ids), or primed with what a statement already brought.
import type { SearchKind } from '../vocabulary/SearchKind';
import type { GraphNode } from './graphNodes';
import type { Loaders } from './loaders';
import { toActor, toClaim, toDocument, toEvent, toLocation, toSource } from './mappers';

/** `kind` as the enum or as its text, which statements return. */
export interface NodeRef {
  id: string;
  kind: `${SearchKind}`;
}

/** The loader each kind of node is read through. */
function loaderOf(loaders: Loaders) {
  return {
    ACTOR: loaders.actor,
    EVENT: loaders.event,
    LOCATION: loaders.location,
    SOURCE: loaders.source,
    DOCUMENT: loaders.document,
    CLAIM: loaders.claim,
  } satisfies Record<SearchKind, unknown>;
}

const mapperOf = {
  ACTOR: toActor,
  EVENT: toEvent,
  LOCATION: toLocation,
  SOURCE: toSource,
  DOCUMENT: toDocument,
  CLAIM: toClaim,
} satisfies Record<SearchKind, unknown>;

/** The node of each ref, in order; undefined where it has gone since the ref was read. */
export function loadNodesByKind(loaders: Loaders, refs: readonly NodeRef[]): Promise<(GraphNode | undefined)[]> {
  const byKind = loaderOf(loaders);
  // Loads issued in the same tick share one batch per loader.
  return Promise.all(refs.map((ref): Promise<GraphNode | undefined> => byKind[ref.kind].load(ref.id)));
}

/** A node a statement brought, mapped to its kind's type (a summary stays out of the loaders: it is not whole). */
export function toNode(kind: `${SearchKind}`, row: Record<string, unknown>): GraphNode {
  return mapperOf[kind](row);
}

/** A node a statement brought as its kind's byIds statement gives it, mapped and put in that kind's loader. */
export function primeNode(loaders: Loaders, kind: `${SearchKind}`, row: Record<string, unknown>): GraphNode {
  const node = toNode(kind, row);
  (loaderOf(loaders)[kind] as { prime(id: string, value: GraphNode): unknown }).prime(node.id, node);
  return node;
}
