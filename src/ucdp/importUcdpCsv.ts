// Streams a UCDP GED CSV into the graph in batches, each one ingestBundle transaction, and reports on every row.
import type { Readable } from 'node:stream';
import neo4j from 'neo4j-driver';

import { readCsvRecords } from '../datasets/csvRecords';
import { dayMonthOrderOf, type DayMonthOrder } from '../datasets/datasetDates';
import { isHxlHashtagRow } from '../datasets/hxlHashtags';
import { groupRejections, type RejectionGroup } from '../datasets/rejections';
import type { Database } from '../db/database';
import type { RowOfStatement } from '../db/statements';
import { BadInputError } from '../errors/BadInputError';
import { ImportAbortedError } from '../errors/ImportAbortedError';
import type { DocumentBundle } from '../ingest/bundle.types';
import { emptyBundle } from '../ingest/emptyBundle';
import { ingestInTransaction } from '../ingest/ingestBundle';
import { validateBundle } from '../ingest/validateBundle';
import { distanceKm } from '../reconcile/geo';
import { normalizeName } from '../text/normalizeName';
import { parseUcdpRow, type ParsedUcdpRow, type RejectedUcdpRow, type UcdpRecord, type UcdpSide } from './parseUcdpRow';
import { requiredUcdpColumns, ucdpGedColumns, type UcdpColumn } from './ucdpCodebook';
import {
  basePlaceId,
  countryAliases,
  newOutletId,
  newSideActorId,
  sideExternalIds,
  ucdpClaimId,
  ucdpCountryId,
  ucdpEventId,
  ucdpOutletClaimPrefix,
  ucdpRowBundle,
  type UcdpIds,
  type UcdpRowBundle,
} from './ucdpRowBundle';

export interface UcdpImportReport {
  /** Data rows read (a header row apart). */
  rowsRead: number;
  /** Rows whose event was new to the graph. */
  created: number;
  /** Rows whose event already existed and changed (the event, or UCDP's claims about it). */
  updated: number;
  /** Rows already in the graph exactly as the file states them. */
  unchanged: number;
  /** Rows older than what the graph holds. GED rows carry no version of their own, so this is always 0 (docs/ucdp-import.md). */
  stale: number;
  rejected: RejectedUcdpRow[];
  /** The rejected rows grouped by the rule they broke, most frequent first. */
  rejectedByReason: RejectionGroup[];
  /** Transactions committed. */
  batches: number;
  /** False when the file had no header row and was read with the 49 standard GED columns. */
  headerRow: boolean;
  /** The line of the HXL hashtag row under the header (files from HDX), skipped; null when there is none. */
  hxlHashtagRow: number | null;
}

export interface UcdpImportProgress {
  rowsRead: number;
  batches: number;
  elapsedMs: number;
}

export interface UcdpImportOptions {
  /** Who writes (recorded as createdBy / updatedBy). */
  by: string;
  /** Rows per transaction. */
  batchSize?: number;
  /** Called after each committed batch. */
  onBatch?: (progress: UcdpImportProgress) => void;
}

export const defaultUcdpBatchSize = 500;
/** Same-named places in one country closer than this are one place; farther apart, two. */
export const samePlaceKm = 50;
/** Rows held while no date in the file has shown whether it writes 05/10/2017 day-first or month-first. */
const maxRowsAwaitingDateOrder = 10_000;

const figureProperties = [
  'killed',
  'killedLow',
  'killedHigh',
  'civiliansKilled',
  'unknownStatusKilled',
  'killedAmongActorIds',
  'killedAmongCounts',
] as const;

interface RowState {
  exists: boolean;
  /** Changes whenever the event or one of UCDP's claims about it changes, or a claim comes or goes. */
  version: string;
}

/** Each event's state, from ucdpRowStates' rows. */
function rowStates(rows: RowOfStatement<'ucdpRowStates'>[]): Map<string, RowState> {
  return new Map(
    rows.map((row) => [
      row.eventId,
      { exists: row.exists, version: `${String(row.updatedAt)}|${[...row.claimVersions].sort().join(';')}` },
    ]),
  );
}

const sideKey = (side: UcdpSide) => (side.newId ? `ucdp:${side.newId}` : `name:${normalizeName(side.name)}`);

/** What this import has worked out about the graph: each side, name and place is looked up once per import. */
class UcdpCache {
  readonly sides = new Map<string, string>();
  readonly outlets = new Map<string, string>();
  readonly countries = new Map<string, string>();
  /** Per base place id, the places under it (the base first, then far-away namesakes) and their points. */
  readonly places = new Map<string, { id: string; latitude: number; longitude: number }[]>();
  /** UCDP side ids each actor carries, in the graph or about to be given to it. */
  readonly actorUcdpIds = new Map<string, Set<string>>();
  /** Ids known to be in the graph. */
  readonly existing = new Set<string>();
}

async function resolveNames(
  db: Database,
  statement: 'sourceIdsByNameKeys' | 'countryIdsByNameKeys',
  names: string[],
  cache: Map<string, string>,
  newId: (name: string) => string,
) {
  const missing = [...new Set(names.map(normalizeName))].filter((key) => !cache.has(key));
  if (missing.length > 0) {
    // Rows come ordered by key then id: when two nodes share a name, the first id is used, every time.
    for (const { key, id } of await db.read(statement, { keys: missing })) if (!cache.has(key)) cache.set(key, id);
  }
  for (const name of names) if (!cache.has(normalizeName(name))) cache.set(normalizeName(name), newId(name));
}

/** Countries: an existing one by name, or by the name UCDP puts before a former one in brackets ("Yemen (North Yemen)"). */
async function resolveCountries(db: Database, names: string[], cache: Map<string, string>) {
  const missing = [...new Set(names)].filter((name) => !cache.has(normalizeName(name)));
  if (missing.length === 0) return;
  const keysOf = (name: string) => [normalizeName(name), ...countryAliases(name).map(normalizeName)];
  const found = await db.read('countryIdsByNameKeys', { keys: [...new Set(missing.flatMap(keysOf))] });
  for (const name of missing) {
    // The full name first, then its parts; rows come ordered by key then id, so the same id is picked every time.
    const match = keysOf(name)
      .map((key) => found.find((row) => row.key === key))
      .find(Boolean);
    cache.set(normalizeName(name), match?.id ?? ucdpCountryId(name));
  }
}

/**
 * The actor each side stands for: one carrying the side's UCDP id; else one with the side's name that carries no other
 * UCDP id (it is then given the side's ids); else a new actor. Returns the ids to add to actors reused by name.
 */
async function resolveSides(
  db: Database,
  sides: UcdpSide[],
  cache: UcdpCache,
): Promise<{ id: string; externalIds: string[] }[]> {
  const pending = new Map<string, UcdpSide>();
  for (const side of sides)
    if (!cache.sides.has(sideKey(side)) && !pending.has(sideKey(side))) pending.set(sideKey(side), side);
  if (pending.size === 0) return [];
  const withIds = [...pending.values()].filter((side) => side.newId);
  if (withIds.length > 0) {
    const found = await db.read('actorIdsByExternalIds', { externalIds: withIds.map((side) => `ucdp:${side.newId}`) });
    for (const { externalId, id } of found) {
      if (pending.has(externalId) && !cache.sides.has(externalId)) {
        cache.sides.set(externalId, id);
        pending.delete(externalId);
      }
    }
  }
  // Provisional codes (XXX475) stand for no named actor; they are matched by their code only.
  const byName = [...pending.values()].filter((side) => !side.provisional);
  const candidates =
    byName.length === 0
      ? []
      : await db.read('actorIdsByNameKeys', { keys: [...new Set(byName.map((side) => normalizeName(side.name)))] });
  const unknownIds = [...new Set(candidates.map((c) => c.id))].filter((id) => !cache.actorUcdpIds.has(id));
  if (unknownIds.length > 0) {
    const rows = await db.read('actorExternalIdsByIds', { ids: unknownIds });
    for (const id of unknownIds)
      cache.actorUcdpIds.set(
        id,
        new Set((rows.find((row) => row.id === id)?.externalIds ?? []).filter((x) => x.startsWith('ucdp:'))),
      );
  }
  const additions: { id: string; externalIds: string[] }[] = [];
  for (const side of pending.values()) {
    const key = sideKey(side);
    const match = side.provisional
      ? undefined
      : candidates.find((c) => {
          if (c.key !== normalizeName(side.name)) return false;
          const ucdpIds = cache.actorUcdpIds.get(c.id) ?? new Set();
          return ucdpIds.size === 0 || !side.newId || ucdpIds.has(key);
        });
    if (match) {
      cache.sides.set(key, match.id);
      const externalIds = sideExternalIds(side);
      if (externalIds.length > 0) {
        additions.push({ id: match.id, externalIds });
        for (const x of externalIds.filter((x) => x.startsWith('ucdp:'))) cache.actorUcdpIds.get(match.id)?.add(x);
      }
    } else {
      const id = newSideActorId(side);
      cache.sides.set(key, id);
      cache.actorUcdpIds.set(id, new Set(side.newId ? [key] : []));
    }
  }
  return additions;
}

async function loadPlaces(db: Database, rows: ParsedUcdpRow[], cache: UcdpCache): Promise<void> {
  const bases = [
    ...new Set(
      rows.flatMap((row) => {
        const name = row.wherePrec <= 2 ? (row.whereCoordinates ?? row.whereDescription) : undefined;
        return name ? [basePlaceId(row.country, name)] : [];
      }),
    ),
  ].filter((base) => !cache.places.has(base));
  if (bases.length === 0) return;
  for (const base of bases) cache.places.set(base, []);
  const found = await db.read('placeVariantsByBaseIds', { ids: bases });
  for (const place of found)
    cache.places.get(place.base)?.push({ id: place.id, latitude: place.latitude, longitude: place.longitude });
}

function idsFrom(cache: UcdpCache, exists: (id: string) => boolean): UcdpIds {
  return {
    actorId: (side) => cache.sides.get(sideKey(side)) as string,
    outletId: (name) => cache.outlets.get(normalizeName(name)) as string,
    countryId: (name) => cache.countries.get(normalizeName(name)) as string,
    placeId: (country, name, latitude, longitude) => {
      const base = basePlaceId(country, name);
      const variants = cache.places.get(base) ?? [];
      cache.places.set(base, variants);
      const near = variants.find((place) => distanceKm(place, { latitude, longitude }) <= samePlaceKm);
      if (near) return near.id;
      // The first place under a name takes the base id; a namesake far from every one known gets its own, from its point.
      const id = variants.length === 0 ? base : `${base}@${latitude.toFixed(2)},${longitude.toFixed(2)}`;
      variants.push({ id, latitude, longitude });
      return id;
    },
    exists,
  };
}

function definedIds(bundle: DocumentBundle): string[] {
  return [...bundle.actors, ...bundle.locations, ...bundle.sources].map((entry) => entry.id);
}

/** A batch's bundle, with where each shared entry sits and which locations were stated with their own point. */
interface BatchBundle {
  bundle: DocumentBundle;
  positions: Map<string, number>;
  ownPoints: Set<string>;
}

/** Adds a row's bundle to the batch's: shared nodes once, the first statement winning unless a later one gives an area's own point. */
function mergeInto(batch: BatchBundle, row: UcdpRowBundle): void {
  for (const key of ['actors', 'locations', 'sources'] as const) {
    const entries = batch.bundle[key] as { id: string }[];
    for (const entry of row.bundle[key] as { id: string }[]) {
      const own = key === 'locations' && row.ownPointIds.has(entry.id);
      const index = batch.positions.get(entry.id);
      if (index === undefined) {
        batch.positions.set(entry.id, entries.length);
        entries.push(entry);
        if (own) batch.ownPoints.add(entry.id);
      } else if (own && !batch.ownPoints.has(entry.id)) {
        entries[index] = entry;
        batch.ownPoints.add(entry.id);
      }
    }
  }
  batch.bundle.events.push(...row.bundle.events);
  batch.bundle.claims.push(...row.bundle.claims);
}

/** The header row, or the standard columns when the file has none; undefined when the first row is neither. */
function columnsOf(first: string[]): { columns: string[]; isHeader: boolean } | undefined {
  const names = first.map((name) => name.trim().toLowerCase());
  if (names.includes('id') && requiredUcdpColumns.some((column) => column !== 'id' && names.includes(column)))
    return { columns: names, isHeader: true };
  if (first.length === ucdpGedColumns.length) return { columns: [...ucdpGedColumns], isHeader: false };
  return undefined;
}

export async function importUcdpCsv(
  db: Database,
  input: Readable | string,
  options: UcdpImportOptions,
): Promise<UcdpImportReport> {
  const batchSize = options.batchSize ?? defaultUcdpBatchSize;
  const started = Date.now();
  const report: UcdpImportReport = {
    rowsRead: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    stale: 0,
    rejected: [],
    rejectedByReason: [],
    batches: 0,
    headerRow: true,
    hxlHashtagRow: null,
  };
  const cache = new UcdpCache();
  let committedThroughLine: number | null = null;

  const flush = async (rows: ParsedUcdpRow[]) => {
    if (rows.length === 0) return;
    let committed: boolean;
    try {
      committed = await writeBatch(rows);
    } catch (error) {
      const lines = `lines ${rows[0].line}-${rows[rows.length - 1].line}`;
      const done =
        report.batches > 0
          ? `batches 1-${report.batches} (through line ${String(committedThroughLine)}) are committed`
          : 'no batch was committed';
      throw new ImportAbortedError(
        `UCDP import stopped: batch ${report.batches + 1} (${lines}) failed: ${(error instanceof Error ? error.message : String(error)).replace(/\.+$/, '')}. ` +
          `${done}; importing the same file again leaves those rows unchanged and carries on.`,
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

  /** One batch: look sides, names and places up, state each row, then one ingest transaction (and a prune of what updated rows dropped). */
  const writeBatch = async (rows: ParsedUcdpRow[]): Promise<boolean> => {
    const additions = await resolveSides(
      db,
      rows.flatMap((r) => [r.sideA, ...(r.sideB ? [r.sideB] : [])]),
      cache,
    );
    await resolveNames(
      db,
      'sourceIdsByNameKeys',
      rows.flatMap((r) => r.articles.map((a) => a.office)),
      cache.outlets,
      newOutletId,
    );
    await resolveCountries(
      db,
      rows.map((r) => r.country),
      cache.countries,
    );
    await loadPlaces(db, rows, cache);
    // A first pass states everything, to learn which shared nodes to ask the graph about.
    const draft = idsFrom(cache, () => false);
    const candidates = [...new Set(rows.flatMap((row) => definedIds(ucdpRowBundle(row, draft).bundle)))].filter(
      (id) => !cache.existing.has(id),
    );
    if (candidates.length > 0) {
      for (const { id } of await db.read('findExistingNodes', { ids: candidates })) cache.existing.add(id);
    }
    const ids = idsFrom(cache, (id) => cache.existing.has(id));

    const merged: BatchBundle = { bundle: emptyBundle(), positions: new Map(), ownPoints: new Set() };
    const batch = merged.bundle;
    const accepted: ParsedUcdpRow[] = [];
    for (const row of rows) {
      const built = ucdpRowBundle(row, ids);
      const { problems } = validateBundle(built.bundle);
      if (problems.length > 0) {
        report.rejected.push({
          line: row.line,
          ucdpId: row.id,
          reason: problems.map((p) => `${p.field}: ${p.problem}`).join('; '),
        });
        continue;
      }
      mergeInto(merged, built);
      accepted.push(row);
    }
    if (accepted.length === 0) return false;

    const now = neo4j.types.DateTime.fromStandardDate(new Date());
    const eventIds = accepted.map((row) => ucdpEventId(row.id));
    const before = rowStates(await db.read('ucdpRowStates', { eventIds }));
    const revisited = accepted.filter((row) => before.get(ucdpEventId(row.id))?.exists);
    // One transaction a batch: its actors' UCDP ids, its rows and what revised rows no longer state, or none of them.
    const after = await db.write(async (tx) => {
      if (additions.length > 0) await tx.run('addActorExternalIds', { rows: additions, now, by: options.by });
      await ingestInTransaction(tx, batch, { by: options.by, now });
      if (revisited.length > 0)
        await tx.run('pruneUcdpClaims', { rows: pruneRows(batch, revisited), now, by: options.by });
      return rowStates(await tx.run('ucdpRowStates', { eventIds }));
    });
    for (const [eventId, state] of after) {
      const earlier = before.get(eventId);
      if (!earlier?.exists) report.created += 1;
      else if (earlier.version !== state.version) report.updated += 1;
      else report.unchanged += 1;
    }
    for (const id of definedIds(batch)) cache.existing.add(id);
    return true;
  };

  let lastLine = 0;
  const reading = readCsvRecords(input, (line, reason) => {
    report.rowsRead += 1;
    lastLine = Math.max(lastLine, line);
    report.rejected.push({ line, ucdpId: null, reason });
  });
  let columns: string[] | undefined;
  let pending: ParsedUcdpRow[] = [];
  const pendingIds = new Set<string>();
  let dayMonthOrder: DayMonthOrder | undefined;
  const awaitingDateOrder: { record: UcdpRecord; line: number }[] = [];

  const accept = async (record: UcdpRecord, line: number) => {
    const parsed = parseUcdpRow(record, line, { dayMonthOrder });
    if (!parsed.ok) {
      report.rejected.push(parsed.rejected);
      return;
    }
    // A repeated event id goes to the next batch, so it updates what the earlier row wrote.
    if (pendingIds.has(parsed.row.id) || pending.length >= batchSize) {
      await flush(pending);
      pending = [];
      pendingIds.clear();
    }
    pending.push(parsed.row);
    pendingIds.add(parsed.row.id);
  };
  const shortLines = new Set<number>();
  for await (const { fields, line } of reading.records) {
    if (!columns) {
      const found = columnsOf(fields);
      if (!found) {
        reading.stop();
        throw new BadInputError(
          'csv',
          `the first row is neither a GED header (naming ${requiredUcdpColumns.join(', ')}) nor a GED row without one (${ucdpGedColumns.length} fields; it has ${fields.length})`,
        );
      }
      const missing = requiredUcdpColumns.filter((column) => !found.columns.includes(column));
      if (missing.length > 0) {
        reading.stop();
        throw new BadInputError(
          'csv',
          `the header row lacks GED column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; a GED file has ${ucdpGedColumns.join(', ')}`,
        );
      }
      columns = found.columns;
      report.headerRow = found.isHeader;
      if (found.isHeader) continue;
    }
    if (report.rowsRead === 0 && report.headerRow && report.hxlHashtagRow === null && isHxlHashtagRow(fields)) {
      report.hxlHashtagRow = line;
      continue;
    }
    report.rowsRead += 1;
    lastLine = Math.max(lastLine, line);
    if (fields.length < columns.length) shortLines.add(line);
    if (fields.length !== columns.length) {
      const idIndex = columns.indexOf('id');
      report.rejected.push({
        line,
        ucdpId: fields[idIndex]?.trim() || null,
        reason: `has ${fields.length} fields where the header has ${columns.length}`,
      });
      continue;
    }
    const record: UcdpRecord = {};
    columns.forEach((name, index) => {
      if ((ucdpGedColumns as readonly string[]).includes(name)) record[name as UcdpColumn] = fields[index];
    });
    // A spreadsheet writes every date one way round; the first date with a day above 12 shows which, for all of them.
    const shown = [record.date_start, record.date_end].map((text) => dayMonthOrderOf(text ?? ''));
    dayMonthOrder ??= shown.find((order): order is DayMonthOrder => order === 'day-first' || order === 'month-first');
    if (
      dayMonthOrder === undefined &&
      shown.includes('either') &&
      awaitingDateOrder.length < maxRowsAwaitingDateOrder
    ) {
      awaitingDateOrder.push({ record, line });
      continue;
    }
    for (const held of awaitingDateOrder.splice(0)) await accept(held.record, held.line);
    await accept(record, line);
  }
  for (const held of awaitingDateOrder.splice(0)) await accept(held.record, held.line);
  if (!columns)
    throw new BadInputError('csv', "is empty: expected GED rows, with or without a header row naming GED's columns");
  await flush(pending);
  // A short last row is most likely a file cut off in the middle of a row.
  const last = report.rejected.find((r) => r.line === lastLine);
  if (last && shortLines.has(lastLine)) last.reason = `${last.reason} (the last row: the file may be cut short)`;
  report.rejected.sort((a, b) => a.line - b.line);
  report.rejectedByReason = groupRejections(report.rejected);
  return report;
}

/** What revised rows no longer state, for pruneUcdpClaims: ingest only adds and replaces single-valued links. */
function pruneRows(batch: DocumentBundle, rows: ParsedUcdpRow[]) {
  const claims = new Map(batch.claims.map((claim) => [claim.id, claim]));
  return rows.map((row) => {
    const claim = claims.get(ucdpClaimId(row.id));
    const prefix = ucdpOutletClaimPrefix(row.id);
    const figures = claim?.figures ?? {};
    const given: Record<(typeof figureProperties)[number], unknown> = {
      killed: figures.killed,
      killedLow: figures.killedLow,
      killedHigh: figures.killedHigh,
      civiliansKilled: figures.civiliansKilled,
      unknownStatusKilled: figures.unknownStatusKilled,
      killedAmongActorIds: figures.killedAmong,
      killedAmongCounts: figures.killedAmong,
    };
    return {
      claimId: ucdpClaimId(row.id),
      eventId: ucdpEventId(row.id),
      blames: claim?.actorId !== undefined,
      involvedIds: (claim?.involvedActors ?? []).map((involvement) => involvement.actorId),
      relays: claim?.relaysClaimId !== undefined,
      outletClaimPrefix: prefix,
      outletClaimIds: batch.claims.filter((c) => c.id.startsWith(prefix)).map((c) => c.id),
      clearedFigures: Object.fromEntries(
        figureProperties.filter((key) => given[key] === undefined).map((key) => [key, null]),
      ),
    };
  });
}
