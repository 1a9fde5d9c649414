// The change feed: every node created or changed since a point, in (updatedAt, id) order, with keyset cursors.
import neo4j from 'neo4j-driver';

import type { Database } from '../../db/database';
import { BadInputError } from '../../errors/BadInputError';
import type { ChangeAction } from '../../vocabulary/ChangeAction';
import type { NodeKind } from '../../vocabulary/NodeKind';
import type { GraphNode } from '../graphNodes';
import type { Loaders } from '../loaders';
import { loadNodesByKind } from '../loadNodesByKind';

/** Where a client stands in the feed: the updatedAt (as Neo4j prints it, full precision) and id of the last change it read. */
interface FeedPosition {
  at: string;
  id: string;
}

/** Which page of the feed: from `since` (or the start), or after the `cursor` of a change read before. */
export interface ChangeFeedRequest {
  since?: Date;
  after?: string;
  first: number;
}

/** A node created or changed, as of its latest change. */
export interface Change {
  id: string;
  kind: NodeKind;
  change: ChangeAction;
  changedAt: string;
  changedBy: string | null;
  mergedIntoId: string | null;
  /** The node as it is now; null for a merged actor. */
  node: GraphNode | null;
  /** The change's place in the feed, full precision, for the cursor. */
  position: string;
}

/** A page of the feed; `cursor` is the last change's, or the one the page was asked after when it is empty. */
export interface ChangeFeedPage {
  edges: { cursor: string; node: Change }[];
  hasNextPage: boolean;
  cursor: string | null;
}

/** Before any node was written: the start of the feed. */
const beginning = '0001-01-01T00:00:00Z';

export function encodeChangeCursor(position: FeedPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id])).toString('base64url');
}

export function decodeChangeCursor(cursor: string): FeedPosition {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at))) return { at, id };
  } catch {
    // Falls through to the error below.
  }
  throw new BadInputError(
    'after',
    'is not a cursor of the change feed; pass a `cursor` the feed returned, or leave after out and use since',
  );
}

export class ChangeRepository {
  /**
   * A write stamps updatedAt when its transaction starts, so a long transaction can commit after a later one a client
   * has already read past. Listing only changes at least `settleMs` old (the longest a write transaction may run)
   * means the feed never skips one; the price is that changes show up `settleMs` late.
   */
  constructor(
    private readonly db: Database,
    private readonly loaders: Loaders,
    private readonly settleMs = 0,
  ) {}

  async page(args: ChangeFeedRequest): Promise<ChangeFeedPage> {
    const after = args.after != null ? decodeChangeCursor(args.after) : null;
    const from = after ? after.at : args.since ? args.since.toISOString() : beginning;
    // One more than asked tells whether another page follows.
    // From `since` on, every node at that very instant counts: the smallest id is after ''.
    const until = new Date(Date.now() - this.settleMs).toISOString();
    const rows = await this.db.read('changesSince', {
      from,
      afterId: after?.id ?? '',
      until,
      limit: neo4j.int(args.first + 1),
    });
    const page = rows.slice(0, args.first);
    const nodes = await loadNodesByKind(
      this.loaders,
      page.filter((row) => row.change !== 'MERGED').map((row) => ({ id: row.id, kind: row.kind })),
    );
    const nodeOf = new Map(page.filter((row) => row.change !== 'MERGED').map((row, i) => [row.id, nodes[i] ?? null]));
    const edges = page.map((row) => ({
      cursor: encodeChangeCursor({ at: row.position, id: row.id }),
      node: {
        id: row.id,
        kind: row.kind as NodeKind,
        change: row.change as ChangeAction,
        changedAt: row.changedAt,
        changedBy: row.updatedBy,
        mergedIntoId: row.mergedIntoId,
        node: nodeOf.get(row.id) ?? null,
        position: row.position,
      },
    }));
    return {
      edges,
      hasNextPage: rows.length > args.first,
      cursor: edges.at(-1)?.cursor ?? args.after ?? null,
    };
  }
}
