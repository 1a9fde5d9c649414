// Source lists and what hangs off a source: its claims, documents and track record, batched over a page of sources.
import DataLoader from 'dataloader';
import neo4j from 'neo4j-driver';

import type { Database } from '../../db/database';
import type { IdsPageRow } from '../../db/statementRows';
import { BadInputError } from '../../errors/BadInputError';
import { NotFoundError } from '../../errors/NotFoundError';
import { searchQuery } from '../../text/searchQuery';
import type { SourceKind } from '../../vocabulary/SourceKind';
import type { ClaimNode, DocumentNode, SourceNode } from '../graphNodes';
import type { Loaders } from '../loaders';
import { pageWindow, queryFingerprint, toConnection, type Page, type PageRequest, type PageWindow } from '../paging';

/** Which sources `page` lists: those matching `search` best first, else every source. */
export interface SourceListRequest extends PageRequest {
  search?: string;
  kinds?: SourceKind[];
}

/** A source's track record, counted from its claims (sourceRecords.cypher says how). */
export interface SourceTrackRecord {
  claimsMade: number;
  retracted: number;
  corroborated: number;
  contradicted: number;
  uncorroborated: number;
}

const present = <T>(items: readonly (T | undefined | Error)[]): T[] =>
  items.filter((item): item is T => item !== undefined && !(item instanceof Error));

export class SourceRepository {
  /** One claims loader per distinct field arguments: sources listed in one page share it, so share one query. */
  private readonly claimPages = new Map<string, DataLoader<string, Page<ClaimNode>>>();

  private readonly documents = new DataLoader<string, string[]>(async (sourceIds) => {
    const rows = await this.db.read('sourceDocuments', { sourceIds: [...sourceIds] });
    const found = new Map(rows.map((row) => [row.sourceId, row.documentIds]));
    return sourceIds.map((id) => found.get(id) ?? []);
  });

  private readonly records = new DataLoader<string, SourceTrackRecord>(async (sourceIds) => {
    const rows = await this.db.read('sourceRecords', { sourceIds: [...sourceIds] });
    const found = new Map(rows.map(({ sourceId, ...counts }): [string, SourceTrackRecord] => [sourceId, counts]));
    return sourceIds.map(
      (id) =>
        found.get(id) ?? {
          claimsMade: 0,
          retracted: 0,
          corroborated: 0,
          contradicted: 0,
          uncorroborated: 0,
        },
    );
  });

  constructor(
    private readonly db: Database,
    private readonly loaders: Loaders,
  ) {}

  async byId(id: string): Promise<SourceNode> {
    const source = await this.loaders.source.load(id);
    if (!source) throw new NotFoundError('Source', id, 'id');
    return source;
  }

  async page(args: SourceListRequest): Promise<Page<SourceNode>> {
    const query = args.search == null ? null : searchQuery(args.search, { prefix: true });
    if (args.search != null && query === null)
      throw new BadInputError(
        'search',
        `"${args.search}" has no letters or digits to search for; leave search out to list every source`,
      );
    const params = { query, kinds: args.kinds?.length ? args.kinds : null };
    const fingerprint = queryFingerprint('sources', params);
    const row = await this.idsPage(params, args, fingerprint);
    return toConnection(present(await this.loaders.source.loadMany(row.ids)), row.window, row.totalCount, fingerprint);
  }

  /** The source's claims, newest first (by claimedOn, else the event's start date; undated last). */
  claims(sourceId: string, includeRetracted: boolean, args: PageRequest): Promise<Page<ClaimNode>> {
    const key = JSON.stringify({
      includeRetracted,
      first: args.first,
      after: args.after,
      last: args.last,
      before: args.before,
    });
    let loader = this.claimPages.get(key);
    if (!loader) {
      loader = new DataLoader((sourceIds) => this.claimPagesFor(sourceIds, includeRetracted, args));
      this.claimPages.set(key, loader);
    }
    return loader.load(sourceId);
  }

  async documentsOf(sourceId: string): Promise<DocumentNode[]> {
    return present(await this.loaders.document.loadMany(await this.documents.load(sourceId)));
  }

  recordOf(sourceId: string): Promise<SourceTrackRecord> {
    return this.records.load(sourceId);
  }

  private async idsPage(
    params: { query: string | null; kinds: readonly string[] | null },
    args: PageRequest,
    fingerprint: string,
  ): Promise<IdsPageRow & { window: PageWindow }> {
    let total = Number.MAX_SAFE_INTEGER;
    if (args.last != null && !args.before) {
      // Counting back from the end needs the total first.
      [{ totalCount: total }] = await this.db.read('sourcesPage', {
        ...params,
        skip: neo4j.int(0),
        limit: neo4j.int(0),
      });
    }
    const window = pageWindow(args, fingerprint, total);
    const [row] = await this.db.read('sourcesPage', {
      ...params,
      skip: neo4j.int(window.skip),
      limit: neo4j.int(window.limit),
    });
    return { ...row, window };
  }

  private async claimPagesFor(
    sourceIds: readonly string[],
    includeRetracted: boolean,
    args: PageRequest,
  ): Promise<Page<ClaimNode>[]> {
    const fingerprints = sourceIds.map((sourceId) => queryFingerprint('Source.claims', { sourceId, includeRetracted }));
    const run = (windows: PageWindow[]) =>
      this.db.read('sourceClaimsPages', {
        includeRetracted,
        windows: windows.map((window, i) => ({
          sourceId: sourceIds[i],
          skip: neo4j.int(window.skip),
          limit: neo4j.int(window.limit),
        })),
      });
    let totals = sourceIds.map(() => Number.MAX_SAFE_INTEGER);
    if (args.last != null && !args.before) {
      // Counting back from the end needs each source's total first; still one query for the whole batch.
      const counted = new Map(
        (await run(sourceIds.map(() => ({ skip: 0, limit: 0 })))).map((row) => [row.sourceId, row.totalCount]),
      );
      totals = sourceIds.map((id) => counted.get(id) ?? 0);
    }
    const windows = sourceIds.map((_, i) => pageWindow(args, fingerprints[i], totals[i]));
    const rows = new Map((await run(windows)).map((row) => [row.sourceId, row]));
    const claims = new Map(
      present(await this.loaders.claim.loadMany([...rows.values()].flatMap((row) => row.claimIds))).map((claim) => [
        claim.id,
        claim,
      ]),
    );
    return sourceIds.map((sourceId, i) => {
      const row = rows.get(sourceId) ?? { totalCount: 0, claimIds: [] };
      return toConnection(
        present(row.claimIds.map((id) => claims.get(id))),
        windows[i],
        row.totalCount,
        fingerprints[i],
      );
    });
  }
}
