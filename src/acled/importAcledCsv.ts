// Streams an ACLED-format CSV into the graph in batches, each one ingestBundle transaction, and reports on every row.
import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import neo4j from 'neo4j-driver';

import type { Database } from '../db/database';
import { BadInputError } from '../errors/BadInputError';
import { ImportAbortedError } from '../errors/ImportAbortedError';
import type { DocumentBundle } from '../ingest/bundle.types';
import { ingestBundle } from '../ingest/ingestBundle';
import { validateBundle } from '../ingest/validateBundle';
import { normalizeName } from '../text/normalizeName';
import { acledColumns, requiredAcledColumns, type AcledColumn } from './acledCodebook';
import {
  acledClaimId,
  acledEventId,
  acledRowBundle,
  newActorId,
  newCountryId,
  newOutletId,
  outletClaimPrefix,
  type AcledIds,
} from './acledRowBundle';
import { parseAcledRow, type AcledRecord, type ParsedAcledRow, type RejectedAcledRow } from './parseAcledRow';

export interface AcledImportReport {
  /** Data rows read (the header apart). */
  rowsRead: number;
  /** Rows whose event was new to the graph. */
  created: number;
  /** Rows whose event already existed and changed (the event, or ACLED's claims about it). */
  updated: number;
  /** Rows already in the graph exactly as the file states them. */
  unchanged: number;
  rejected: RejectedAcledRow[];
  /** Transactions committed. */
  batches: number;
}

export interface AcledImportProgress {
  rowsRead: number;
  batches: number;
  elapsedMs: number;
}

export interface AcledImportOptions {
  /** Who writes (recorded as createdBy / updatedBy). */
  by: string;
  /** Rows per transaction. */
  batchSize?: number;
  /** Called after each committed batch. */
  onBatch?: (progress: AcledImportProgress) => void;
}

export const defaultAcledBatchSize = 500;

interface RowState {
  exists: boolean;
  /** Changes whenever the event or one of ACLED's claims about it changes, or a claim comes or goes. */
  version: string;
}

async function rowStates(db: Database, eventIds: string[]): Promise<Map<string, RowState>> {
  const rows = await db.read('acledRowStates', { eventIds });
  return new Map(
    rows.map((row) => [
      row.eventId,
      { exists: row.exists, version: `${String(row.updatedAt)}|${[...row.claimVersions].sort().join(';')}` },
    ]),
  );
}

/** Ids of names and nodes worked out so far in this import: each name is looked up once per import. */
class IdCache {
  readonly actors = new Map<string, string>();
  readonly outlets = new Map<string, string>();
  readonly countries = new Map<string, string>();
  /** Ids known to be in the graph. */
  readonly existing = new Set<string>();
}

async function resolveKeys(
  db: Database,
  statement: 'actorIdsByNameKeys' | 'sourceIdsByNameKeys' | 'countryIdsByNameKeys',
  names: string[],
  cache: Map<string, string>,
  newId: (name: string) => string,
) {
  const missing = [...new Set(names.map(normalizeName))].filter((key) => !cache.has(key));
  if (missing.length === 0) return;
  const found = await db.read(statement, { keys: missing });
  // Rows come ordered by key then id: when two nodes share a name, the first id is used, every time.
  for (const { key, id } of found) if (!cache.has(key)) cache.set(key, id);
  for (const name of names) if (!cache.has(normalizeName(name))) cache.set(normalizeName(name), newId(name));
}

function idsFrom(cache: IdCache, exists: (id: string) => boolean): AcledIds {
  const get = (map: Map<string, string>, name: string) => map.get(normalizeName(name)) as string;
  return {
    actorId: (name) => get(cache.actors, name),
    outletId: (name) => get(cache.outlets, name),
    countryId: (name) => get(cache.countries, name),
    exists,
  };
}

function definedIds(bundle: DocumentBundle): string[] {
  return [...bundle.actors, ...bundle.locations, ...bundle.sources].map((entry) => entry.id);
}

/** Adds a row's bundle to the batch's: shared nodes once (the first statement of them wins), events and claims all. */
function mergeInto(batch: DocumentBundle, row: DocumentBundle, seen: Set<string>): void {
  for (const key of ['actors', 'locations', 'sources'] as const) {
    for (const entry of row[key]) {
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      (batch[key] as { id: string }[]).push(entry);
    }
  }
  batch.events.push(...row.events);
  batch.claims.push(...row.claims);
}

function emptyBundle(): DocumentBundle {
  return {
    documents: [],
    actors: [],
    actorTies: [],
    actorPlaceTies: [],
    locations: [],
    sources: [],
    events: [],
    claims: [],
  };
}

export async function importAcledCsv(
  db: Database,
  input: Readable | string,
  options: AcledImportOptions,
): Promise<AcledImportReport> {
  const batchSize = options.batchSize ?? defaultAcledBatchSize;
  const started = Date.now();
  const report: AcledImportReport = { rowsRead: 0, created: 0, updated: 0, unchanged: 0, rejected: [], batches: 0 };
  const cache = new IdCache();
  let committedThroughLine: number | null = null;

  const flush = async (rows: ParsedAcledRow[]) => {
    if (rows.length === 0) return;
    let committed: boolean;
    try {
      committed = await writeBatch(rows);
    } catch (error) {
      const lines = `lines ${rows[0].line}-${rows[rows.length - 1].line}`;
      const committed =
        report.batches > 0
          ? `batches 1-${report.batches} (through line ${String(committedThroughLine)}) are committed`
          : 'no batch was committed';
      throw new ImportAbortedError(
        `ACLED import stopped: batch ${report.batches + 1} (${lines}) failed: ${(error instanceof Error ? error.message : String(error)).replace(/\.+$/, '')}. ` +
          `${committed}; importing the same file again leaves those rows unchanged and carries on.`,
        report.batches,
        committedThroughLine,
        error,
      );
    }
    if (!committed) return;
    report.batches += 1;
    committedThroughLine = rows[rows.length - 1].line;
    options.onBatch?.({ rowsRead: report.rowsRead, batches: report.batches, elapsedMs: Date.now() - started });
  };

  /** One batch: look names up, state each row, then one ingest transaction (and a prune of what updated rows dropped). */
  const writeBatch = async (rows: ParsedAcledRow[]): Promise<boolean> => {
    await resolveKeys(
      db,
      'actorIdsByNameKeys',
      rows.flatMap((r) =>
        [r.actor1, ...r.assocActors1, ...(r.actor2 ? [r.actor2] : []), ...r.assocActors2].map((a) => a.name),
      ),
      cache.actors,
      newActorId,
    );
    await resolveKeys(
      db,
      'sourceIdsByNameKeys',
      rows.flatMap((r) => r.outlets),
      cache.outlets,
      newOutletId,
    );
    await resolveKeys(
      db,
      'countryIdsByNameKeys',
      rows.map((r) => r.places.country),
      cache.countries,
      newCountryId,
    );
    // A first pass states everything, to learn which shared nodes to ask the graph about.
    const draft = idsFrom(cache, () => false);
    const candidates = [...new Set(rows.flatMap((row) => definedIds(acledRowBundle(row, draft))))].filter(
      (id) => !cache.existing.has(id),
    );
    if (candidates.length > 0) {
      for (const { id } of await db.read('findExistingNodes', { ids: candidates })) cache.existing.add(id);
    }
    const ids = idsFrom(cache, (id) => cache.existing.has(id));

    const batch = emptyBundle();
    const seen = new Set<string>();
    const accepted: ParsedAcledRow[] = [];
    for (const row of rows) {
      const bundle = acledRowBundle(row, ids);
      const { problems } = validateBundle(bundle);
      if (problems.length > 0) {
        report.rejected.push({
          line: row.line,
          eventIdCnty: row.eventIdCnty,
          reason: problems.map((p) => `${p.field}: ${p.problem}`).join('; '),
        });
        continue;
      }
      mergeInto(batch, bundle, seen);
      accepted.push(row);
    }
    if (accepted.length === 0) return false;

    const eventIds = accepted.map((row) => acledEventId(row.eventIdCnty));
    const before = await rowStates(db, eventIds);
    await ingestBundle(db, batch, { by: options.by });
    const stale = accepted.filter((row) => before.get(acledEventId(row.eventIdCnty))?.exists);
    if (stale.length > 0) await prune(db, batch, stale, options.by);
    const after = await rowStates(db, eventIds);
    for (const [eventId, state] of after) {
      const earlier = before.get(eventId);
      if (!earlier?.exists) report.created += 1;
      else if (earlier.version !== state.version) report.updated += 1;
      else report.unchanged += 1;
    }
    for (const id of definedIds(batch)) cache.existing.add(id);
    return true;
  };

  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    on_skip: (error: CsvError | undefined) => {
      report.rowsRead += 1;
      const line = (error as { lines?: number } | undefined)?.lines ?? parser.info.lines;
      report.rejected.push({
        line,
        eventIdCnty: null,
        reason: `not readable as CSV: ${error?.message ?? 'malformed record'}`,
      });
      return undefined;
    },
  });
  const source = typeof input === 'string' ? Readable.from([input]) : input;
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);

  let header: string[] | undefined;
  let pending: ParsedAcledRow[] = [];
  const pendingIds = new Set<string>();
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (!header) {
      header = record.map((name) => name.trim().toLowerCase());
      const missing = requiredAcledColumns.filter((column) => !header?.includes(column));
      if (missing.length > 0) {
        source.destroy();
        throw new BadInputError(
          'csv',
          `the header row lacks ACLED column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; an ACLED export has ${acledColumns.join(', ')}`,
        );
      }
      continue;
    }
    report.rowsRead += 1;
    if (record.length !== header.length) {
      report.rejected.push({
        line: info.lines,
        eventIdCnty: record[header.indexOf('event_id_cnty')]?.trim() || null,
        reason: `has ${record.length} fields where the header has ${header.length}`,
      });
      continue;
    }
    const fields: AcledRecord = {};
    header.forEach((name, index) => {
      if ((acledColumns as readonly string[]).includes(name)) fields[name as AcledColumn] = record[index];
    });
    const parsed = parseAcledRow(fields, info.lines);
    if (!parsed.ok) {
      report.rejected.push(parsed.rejected);
      continue;
    }
    // A repeated event id goes to the next batch, so it updates what the earlier row wrote.
    if (pendingIds.has(parsed.row.eventIdCnty) || pending.length >= batchSize) {
      await flush(pending);
      pending = [];
      pendingIds.clear();
    }
    pending.push(parsed.row);
    pendingIds.add(parsed.row.eventIdCnty);
  }
  if (!header)
    throw new BadInputError('csv', "is empty: expected a header row naming ACLED's columns, then one row per event");
  await flush(pending);
  report.rejected.sort((a, b) => a.line - b.line);
  return report;
}

async function prune(db: Database, batch: DocumentBundle, rows: ParsedAcledRow[], by: string): Promise<void> {
  const claims = new Map(batch.claims.map((claim) => [claim.id, claim]));
  const pruneRows = rows.map((row) => {
    const claim = claims.get(acledClaimId(row.eventIdCnty));
    const prefix = outletClaimPrefix(row.eventIdCnty);
    return {
      claimId: acledClaimId(row.eventIdCnty),
      eventId: acledEventId(row.eventIdCnty),
      involvedIds: (claim?.involvedActors ?? []).map((involvement) => involvement.actorId),
      relays: claim?.relaysClaimId !== undefined,
      outletClaimPrefix: prefix,
      outletClaimIds: batch.claims.filter((c) => c.id.startsWith(prefix)).map((c) => c.id),
    };
  });
  await db.write((tx) =>
    tx.run('pruneAcledClaims', { rows: pruneRows, now: neo4j.types.DateTime.fromStandardDate(new Date()), by }),
  );
}
