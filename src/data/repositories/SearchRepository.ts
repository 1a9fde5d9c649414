// Full-text search over every kind of node, ranked and paged.
import neo4j from 'neo4j-driver';

import type { Database } from '../../db/database';
import { BadInputError } from '../../errors/BadInputError';
import type { Connection } from '../../schema/connection';
import type { SearchArgs } from '../../schema/search.args';
import { SearchHit } from '../../schema/searchHit.type';
import { searchQuery } from '../../text/searchQuery';
import type { Loaders } from '../loaders';
import { primeNode, toNode } from '../loadNodesByKind';
import { inPageOrder, pageWindow, queryFingerprint, toConnection } from '../paging';

export class SearchRepository {
  constructor(
    private readonly db: Database,
    private readonly loaders: Loaders,
  ) {}

  /**
   * One statement for the ranked page and its nodes: whole nodes, which go into the request's loaders for nested
   * fields, or with `summaries` (the query selects no more than searchSummaries.ts lists) summaries, kept out of them.
   */
  async search(args: SearchArgs, summaries: boolean): Promise<Connection<SearchHit>> {
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
    const hits = inPageOrder(row.page).map((hit) =>
      Object.assign(new SearchHit(), {
        score: hit.score,
        kind: hit.kind,
        node: summaries ? toNode(hit.kind, hit.node) : primeNode(this.loaders, hit.kind, hit.node),
      }),
    );
    return toConnection(hits, window, row.totalCount, fingerprint);
  }
}
