// Full-text search over every kind of node, ranked and paged.
import neo4j from 'neo4j-driver';

import type { Database } from '../../db/database';
import { BadInputError } from '../../errors/BadInputError';
import { searchQuery } from '../../text/searchQuery';
import type { SearchKind } from '../../vocabulary/SearchKind';
import type { GraphNode } from '../graphNodes';
import type { Loaders } from '../loaders';
import { primeNode, toNode } from '../loadNodesByKind';
import { inPageOrder, pageWindow, queryFingerprint, toConnection, type Page } from '../paging';

/** What to search for, and which page of the hits (search pages forward only). */
export interface SearchRequest {
  text: string;
  kinds?: SearchKind[];
  first?: number | null;
  after?: string | null;
}

/** One node that matched, with its kind and how well it matched. */
export interface SearchHit {
  score: number;
  kind: SearchKind;
  node: GraphNode;
}

export class SearchRepository {
  constructor(
    private readonly db: Database,
    private readonly loaders: Loaders,
  ) {}

  /**
   * One statement for the ranked page and its nodes: whole nodes, which go into the request's loaders for nested
   * fields, or with `summaries` (the query selects no more than searchSummaries.ts lists) summaries, kept out of them.
   */
  async search(args: SearchRequest, summaries: boolean): Promise<Page<SearchHit>> {
    if (args.text.trim() === '') throw new BadInputError('text', 'give at least one word to search for');
    const query = searchQuery(args.text);
    // Text of operators and punctuation alone would search for nothing; saying so helps more than an empty page.
    if (query === null)
      throw new BadInputError('text', 'has no letters or digits to search for; give at least one word');
    const kinds = args.kinds?.length ? [...new Set(args.kinds)].sort() : null;
    const fingerprint = queryFingerprint('search', { query, kinds });
    const window = pageWindow(
      { first: args.first ?? undefined, after: args.after ?? undefined },
      fingerprint,
      Number.MAX_SAFE_INTEGER,
    );
    const [row] = await this.db.read('searchAll', {
      query,
      kinds,
      skip: neo4j.int(window.skip),
      limit: neo4j.int(window.limit),
      summaries,
    });
    const hits = inPageOrder(row.page).map((hit): SearchHit => ({
      score: hit.score,
      kind: hit.kind as SearchKind,
      node: summaries ? toNode(hit.kind, hit.node) : primeNode(this.loaders, hit.kind, hit.node),
    }));
    return toConnection(hits, window, row.totalCount, fingerprint);
  }
}
