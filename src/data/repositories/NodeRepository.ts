// Any node by id, whatever its kind: Relay's `node` and `nodes` lookups.
import type { Database } from '../../db/database';
import { BadInputError } from '../../errors/BadInputError';
import type { GraphNode } from '../graphNodes';
import type { Loaders } from '../loaders';
import { loadNodesByKind } from '../loadNodesByKind';

export const maxNodeIds = 100;

export class NodeRepository {
  constructor(
    private readonly db: Database,
    private readonly loaders: Loaders,
  ) {}

  /** The node with this id, or null when there is none (the Relay convention, not NOT_FOUND). */
  async byId(id: string): Promise<GraphNode | null> {
    const [node] = await this.byIds([id]);
    return node;
  }

  /** The node of each id, in the same order, null for ids that name nothing; one statement plus one per kind found. */
  async byIds(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    if (ids.length > maxNodeIds)
      throw new BadInputError('ids', `at most ${maxNodeIds} ids per request, got ${ids.length}; split the list`);
    if (ids.length === 0) return [];
    const refs = await this.db.read('entityKindsByIds', { ids: [...new Set(ids)] });
    const nodes = await loadNodesByKind(this.loaders, refs);
    const found = new Map(refs.map((ref, i) => [ref.id, nodes[i]]));
    return ids.map((id) => found.get(id) ?? null);
  }
}
