// Writes batches of parsed ACLED rows, in two stages.
// prepare (one batch at a time, in file order): one read of the versions the graph holds sorts each row into created,
// updated, unchanged or stale; names new to this import are looked up in bulk; the actors, places and sources the graph
// lacks are written in a small transaction of their own.
// commit (two batches may commit at once, using both cores): one transaction of set-based statements: events new to the
// graph through createAcledEvents (CREATE only, nothing looked for), updated rows through ingest's merge path and the
// prune of what they no longer state, and actors' kinds settled over their mentions.
import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';

import { matchIncidents } from '../data/reconcile/matchIncidents';
import type { Database, WriteTransaction } from '../db/database';
import { ConflictError } from '../errors/ConflictError';
import type { ActorKind, DocumentBundle } from '../ingest/bundle.types';
import { bundleRows, claimProps, eventProps, type NodeRow } from '../ingest/bundleRows';
import { emptyBundle } from '../ingest/emptyBundle';
import { ingestInTransaction } from '../ingest/ingestBundle';
import { validateBundle, withArticle } from '../ingest/validateBundle';
import { distanceKm } from '../reconcile/geo';
import { normalizeName } from '../text/normalizeName';
import { EventOrigin, originsOtherThan } from '../vocabulary/EventOrigin';
import { actorKindOfName, parseAcledActorName, type AcledActorName } from './acledActorName';
import { acledColumns, acledOlderColumns, actorKindOfCode } from './acledCodebook';
import type { AcledRecord } from './acledLayout';
import {
  acledClaimId,
  acledEventId,
  acledRowBundle,
  acledSourceId,
  newActorId,
  newCountryId,
  newOutletId,
  outletClaimPrefix,
  slugOf,
  townIdBase,
  type AcledIds,
} from './acledRowBundle';
import { parseAcledRow, type AcledActorMention, type ParsedAcledRow } from './parseAcledRow';

/**
 * Each new event is matched against the incidents other sources reported (docs/reconciliation.md): only the other
 * origins' events in the batch's dates can be candidates, and usually there are none.
 */
const acledMatching = { candidatesFrom: originsOtherThan(EventOrigin.ACLED) };

/** When a batch is written: every write of the batch records the same instant. */
type Instant = ReturnType<typeof neo4j.types.DateTime.fromStandardDate>;

/** Changes whenever the way a row is read or written changes, so re-importing after an upgrade rewrites every row. */
const importerVersion = 'acled-import-2';

/** Two rows naming the same town in one country are one place when their points are this close. */
export const sameTownKm = 20;

export type AcledOutcome = 'created' | 'updated' | 'unchanged' | 'stale';

/** A row as read from the file, not yet parsed: a row the graph already holds as written is never parsed. */
export interface AcledSourceRow {
  line: number;
  eventIdCnty: string;
  record: AcledRecord;
  /** The hash of the row's cells as written (acledRawHash). */
  rawHash: string;
}

export interface AcledRowResult {
  line: number;
  eventIdCnty: string;
  outcome: AcledOutcome | 'rejected';
  /** Why a row was stale or rejected. */
  reason?: string;
  rule?: string;
}

/** A batch whose rows are sorted and whose shared nodes are written: committing it writes the events. */
export interface PreparedAcledBatch {
  /** Event ids the batch writes (a later batch naming one of them waits for this one). */
  eventIds: Set<string>;
  commit(): Promise<AcledRowResult[]>;
}

interface EventState {
  version: number | null;
  rowHash: string | null;
  rawHash: string | null;
  deletedAt: number | null;
}

interface Town {
  id: string;
  latitude: number;
  longitude: number;
}

interface Item {
  row: ParsedAcledRow;
  hash: string;
  rawHash: string;
  bundle: DocumentBundle;
}

const allColumns = [...acledColumns, ...acledOlderColumns];

/**
 * The hash of a row's cells as the file writes them (column by column, whatever the file's order): equal to the hash the
 * event keeps when the graph holds the row exactly so, which spares parsing it again on a re-import.
 */
export function acledRawHash(record: AcledRecord): string {
  let text = importerVersion;
  for (const column of allColumns) text += `\u001f${record[column] ?? ''}`;
  return createHash('sha1').update(text).digest('base64url');
}

/** The hash of what a row states (its line apart): equal hashes mean the graph already holds the row as the file has it. */
export function acledRowHash(row: ParsedAcledRow): string {
  const { line: _line, ...content } = row;
  return createHash('sha1').update(importerVersion).update(JSON.stringify(content)).digest('base64url');
}

const mentionsOf = (row: ParsedAcledRow): AcledActorMention[] => [
  row.actor1,
  ...row.assocActors1,
  ...(row.actor2 ? [row.actor2] : []),
  ...row.assocActors2,
];

/** The parts of an ACLED actor name as node properties (absent parts left out). */
function namePartProps(parts: AcledActorName): Record<string, unknown> {
  const props: Record<string, unknown> = {
    nameAcronym: parts.acronym,
    nameBase: parts.baseName,
    nameStateBody: parts.stateBody,
    nameCountry: parts.country,
    nameSince: parts.since === undefined ? undefined : BigInt(parts.since),
    nameUntil: parts.until === undefined ? undefined : BigInt(parts.until),
    nameQualifier: parts.qualifier,
    nameGeneric: parts.generic,
  };
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined));
}

/** What the event records about the ACLED row it comes from: shown by `Event.datasetRecord`. */
function datasetRecord(row: ParsedAcledRow, hash: string, rawHash: string): Record<string, unknown> {
  const record: Record<string, unknown> = {
    datasetName: 'ACLED',
    datasetRecordId: row.eventIdCnty,
    datasetEventType: row.eventType,
    datasetSubEventType: row.subEventType,
    datasetOriginalEventType: row.originalEventType,
    datasetOriginalSubEventType: row.originalSubEventType,
    datasetVersion: row.timestamp === undefined ? undefined : BigInt(row.timestamp),
    datasetRowHash: hash,
    datasetRawHash: rawHash,
  };
  return record;
}

/** For an update: absent values written as null, so the event no longer holds what the new row does not say. */
const withNulls = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, value ?? null]));
const withoutAbsent = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== null));

function staleReason(row: ParsedAcledRow, state: EventState): string | undefined {
  if (state.deletedAt !== null && (row.timestamp === undefined || row.timestamp <= state.deletedAt)) {
    return `ACLED deleted event ${row.eventIdCnty} (deleted_timestamp ${state.deletedAt}); this row's ${row.timestamp === undefined ? 'missing timestamp' : `timestamp ${row.timestamp}`} is not later`;
  }
  if (state.version === null) return undefined;
  if (row.timestamp === undefined)
    return `the graph holds the version of ${row.eventIdCnty} with timestamp ${state.version}; this row has no timestamp`;
  if (row.timestamp < state.version)
    return `timestamp ${row.timestamp} is older than the ${state.version} the graph holds for ${row.eventIdCnty}`;
  return undefined;
}

export class AcledWriter {
  /** Actor, outlet and country ids by normalised name. */
  private readonly actors = new Map<string, string>();
  private readonly outlets = new Map<string, string>();
  private readonly countries = new Map<string, string>();
  /** Towns by id base, each with its point. */
  private readonly towns = new Map<string, Town[]>();
  /** Ids known to be in the graph (shared nodes are written before the events that use them). */
  private readonly existing = new Set<string>();
  /** Merged actors' old ids, each with the actor it was merged into. */
  private readonly redirects = new Map<string, string>();
  /** The kind rank each actor holds in the graph, as far as known; -1 for actors the import did not make. */
  private readonly actorRanks = new Map<string, number>();
  private readonly nameParts = new Map<string, AcledActorName>();

  constructor(
    private readonly db: Database,
    private readonly by: string,
  ) {}

  /** Names folded for matching, each once (a few thousand distinct names meet hundreds of thousands of mentions). */
  private readonly keys = new Map<string, string>();

  private keyOf(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) {
      key = normalizeName(name);
      if (this.keys.size < 200_000) this.keys.set(name, key);
    }
    return key;
  }

  private partsOf(name: string): AcledActorName {
    let parts = this.nameParts.get(name);
    if (!parts) {
      parts = parseAcledActorName(name);
      if (this.nameParts.size < 200_000) this.nameParts.set(name, parts);
    }
    return parts;
  }

  /** A mention's rank: 0 when its name says its kind, 1-8 its inter code, 9 none. An actor's lowest rank settles its kind. */
  private rankOf(mention: AcledActorMention): number {
    if (actorKindOfName(this.partsOf(mention.name))) return 0;
    return mention.inter === '' ? 9 : Number(mention.inter);
  }

  private kindOfRank(rank: number, name: string): ActorKind {
    return actorKindOfName(this.partsOf(name)) ?? actorKindOfCode(String(rank)) ?? 'OTHER';
  }

  private actorIdOf(name: string): string {
    const id = this.actors.get(this.keyOf(name)) as string;
    return this.redirects.get(id) ?? id;
  }

  /**
   * Sorts a batch's rows (no event id twice) and writes the shared nodes they need; `commit` writes the rest. A row whose
   * cells are those the graph's version was written from is unchanged without being parsed; the others are parsed
   * (rejected with their reason when they cannot be) and weighed by what they state.
   */
  async prepare(source: AcledSourceRow[]): Promise<PreparedAcledBatch> {
    const states = new Map(
      (await this.db.read('acledEventStates', { eventIds: source.map((row) => acledEventId(row.eventIdCnty)) })).map(
        (state) => [state.eventId, state],
      ),
    );
    const results: AcledRowResult[] = [];
    const rows: ParsedAcledRow[] = [];
    const rawHashes: string[] = [];
    const rowStates: (EventState | undefined)[] = [];
    for (const sourceRow of source) {
      const state = states.get(acledEventId(sourceRow.eventIdCnty));
      if (state && state.rawHash === sourceRow.rawHash && state.deletedAt === null) {
        results.push({ line: sourceRow.line, eventIdCnty: sourceRow.eventIdCnty, outcome: 'unchanged' });
        continue;
      }
      const parsed = parseAcledRow(sourceRow.record, sourceRow.line);
      if (!parsed.ok) {
        results.push({
          line: sourceRow.line,
          eventIdCnty: sourceRow.eventIdCnty,
          outcome: 'rejected',
          reason: parsed.rejected.reason,
          rule: parsed.rejected.rule,
        });
        continue;
      }
      rows.push(parsed.row);
      rawHashes.push(sourceRow.rawHash);
      rowStates.push(state);
    }
    const hashes = rows.map(acledRowHash);
    const toCreate: number[] = [];
    const toUpdate: number[] = [];
    const outcome = (row: ParsedAcledRow, value: AcledOutcome | 'rejected', reason?: string, rule?: string) =>
      results.push({ line: row.line, eventIdCnty: row.eventIdCnty, outcome: value, reason, rule });
    rows.forEach((row, index) => {
      const state = rowStates[index];
      if (!state) return void toCreate.push(index);
      const stale = staleReason(row, state);
      if (stale) outcome(row, 'stale', stale);
      else if (state.rowHash === hashes[index]) outcome(row, 'unchanged');
      else toUpdate.push(index);
    });
    const writing = [...toCreate, ...toUpdate];
    const eventIds = new Set(writing.map((index) => acledEventId(rows[index].eventIdCnty)));
    if (writing.length === 0) return { eventIds, commit: async () => results };
    const item = (index: number, bundle: DocumentBundle): Item => ({
      row: rows[index],
      hash: hashes[index],
      rawHash: rawHashes[index],
      bundle,
    });

    await this.resolveNames(writing.map((index) => rows[index]));
    // The lowest rank of each actor's mentions in the batch: new actors get that kind, known ones may improve.
    const ranks = new Map<string, { rank: number; name: string }>();
    for (const index of writing) {
      for (const mention of mentionsOf(rows[index])) {
        const id = this.actorIdOf(mention.name);
        const rank = this.rankOf(mention);
        const known = ranks.get(id);
        if (!known || rank < known.rank) ranks.set(id, { rank, name: mention.name });
      }
    }
    const ids: AcledIds = {
      actorId: (name) => this.actorIdOf(name),
      outletId: (name) => this.outlets.get(this.keyOf(name)) as string,
      countryId: (name) => this.countries.get(this.keyOf(name)) as string,
      townId: (row) => this.townOf(row),
      exists: (id) => this.existing.has(id),
      actorKind: (mention) => this.kindOfRank(ranks.get(this.actorIdOf(mention.name))?.rank ?? 9, mention.name),
    };
    await this.learnExisting(writing.flatMap((index) => this.sharedIdsOf(rows[index], ids)));

    const items = { create: [] as Item[], update: [] as Item[] };
    for (const [list, into] of [
      [toCreate, items.create],
      [toUpdate, items.update],
    ] as const) {
      for (const index of list) {
        const bundle = acledRowBundle(rows[index], ids);
        const { problems } = validateBundle(bundle);
        if (problems.length > 0) {
          outcome(
            rows[index],
            'rejected',
            problems.map((p) => `${p.field}: ${p.problem}`).join('; '),
            'refused by the bundle checks',
          );
          eventIds.delete(acledEventId(rows[index].eventIdCnty));
          continue;
        }
        into.push(item(index, bundle));
      }
    }

    // Shared nodes first, committed on their own: the events' transactions (perhaps two at once) then find them. Each
    // new place and actor is reconciled as any bundle's is: one the graph already holds under another spelling
    // ("Darnah", "Military Forces of Egypt (2014-)") leaves a redirect, and the rows use the node it stands for.
    const shared = this.sharedNodes([...items.create, ...items.update]);
    if (shared.count > 0) {
      const rows = bundleRows(shared.bundle);
      for (const actor of rows.actors) this.addActorProps(actor, ranks.get(actor.id)?.rank ?? 9);
      const { redirects } = await this.db.write((tx) => ingestInTransaction(tx, shared.bundle, { by: this.by, rows }));
      for (const [id, target] of redirects) this.redirects.set(id, target);
      for (const id of shared.ids) this.existing.add(id);
      for (const actor of shared.bundle.actors)
        this.actorRanks.set(actor.id, actorKindOfName(this.partsOf(actor.name)) ? 0 : (ranks.get(actor.id)?.rank ?? 9));
    }
    const settle = [...ranks]
      .filter(([id, { rank }]) => rank < 9 && (this.actorRanks.get(id) ?? 10) > rank)
      .map(([id, { rank, name }]) => ({ id, rank: BigInt(rank), kind: this.kindOfRank(rank, name) }));

    for (const item of [...items.create, ...items.update]) this.followRedirects(item.bundle);

    return {
      eventIds,
      commit: async () => {
        const now = neo4j.types.DateTime.fromStandardDate(new Date());
        const settled = await this.db.write(async (tx) => {
          const kinds =
            settle.length > 0 ? await tx.run('settleAcledActorKinds', { actors: settle, now, by: this.by }) : [];
          if (items.create.length > 0) {
            await this.createEvents(tx, items.create, now);
            const created = items.create.map(({ bundle }) => bundle.events[0].id);
            await matchIncidents(tx, created, { now, by: this.by, matching: acledMatching });
          }
          if (items.update.length > 0) await this.updateEvents(tx, items.update, now);
          return kinds;
        });
        for (const { id, rank } of settled) this.actorRanks.set(id, rank ?? -1);
        for (const { row } of items.create) outcome(row, 'created');
        for (const { row } of items.update) outcome(row, 'updated');
        return results;
      },
    };
  }

  /** The town a row names: the nearest known town of that name in the country within sameTownKm, else a new one. */
  private townOf(row: ParsedAcledRow): string {
    const base = townIdBase(row.places.country, row.places.location);
    const known = this.towns.get(base) ?? [];
    const point = { latitude: row.latitude, longitude: row.longitude };
    let nearest: Town | undefined;
    let nearestKm = Infinity;
    for (const town of known) {
      const km = distanceKm(town, point);
      if (km < nearestKm) [nearest, nearestKm] = [town, km];
    }
    if (nearest && nearestKm <= sameTownKm) return nearest.id;
    // A new town, remembered at once so later rows near it find it.
    const taken = new Set(known.map((town) => town.id));
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}:${n}`;
    this.towns.set(base, [...known, { id, ...point }]);
    return id;
  }

  /** Points a row's event and claims at the places and actors their ids were found to be. */
  private followRedirects(bundle: DocumentBundle): void {
    const via = (id: string) => this.redirects.get(id) ?? id;
    for (const event of bundle.events) if (event.locationId) event.locationId = via(event.locationId);
    for (const claim of bundle.claims) {
      if (claim.actorId) claim.actorId = via(claim.actorId);
      for (const involvement of claim.involvedActors ?? []) involvement.actorId = via(involvement.actorId);
    }
  }

  /** The ids of the shared nodes a row refers to (actors, places, sources), without building its bundle. */
  private sharedIdsOf(row: ParsedAcledRow, ids: AcledIds): string[] {
    const shared = [
      acledSourceId,
      ...mentionsOf(row).map((mention) => ids.actorId(mention.name)),
      ...row.outlets.map((outlet) => ids.outletId(outlet)),
      ids.countryId(row.places.country),
    ];
    let path = newCountryId(row.places.country);
    for (const admin of [row.places.admin1, row.places.admin2, row.places.admin3]) {
      if (!admin) continue;
      path = `${path}/${slugOf(admin)}`;
      shared.push(path);
    }
    if (row.geoPrecisionCode !== '3') {
      const town = ids.townId(row);
      shared.push(town);
      if (row.geoPrecisionCode === '2') shared.push(`${town}/near`);
    }
    return shared;
  }

  private async resolveNames(rows: ParsedAcledRow[]): Promise<void> {
    const lookUp = async (
      statement: 'actorIdsByNameKeys' | 'sourceIdsByNameKeys' | 'countryIdsByNameKeys',
      names: string[],
      cache: Map<string, string>,
      newId: (name: string) => string,
    ) => {
      const missing = new Map<string, string>();
      for (const name of names) {
        const key = this.keyOf(name);
        if (!cache.has(key) && !missing.has(key)) missing.set(key, name);
      }
      if (missing.size === 0) return;
      const found = await this.db.read(statement, { keys: [...missing.keys()] });
      // Rows come ordered by key then id: when two nodes share a name, the first id is used, every time.
      for (const { key, id } of found) {
        if (!cache.has(key)) cache.set(key, id);
        this.existing.add(id);
      }
      for (const [key, name] of missing) if (!cache.has(key)) cache.set(key, newId(name));
    };
    await lookUp(
      'actorIdsByNameKeys',
      rows.flatMap((row) => mentionsOf(row).map((mention) => mention.name)),
      this.actors,
      newActorId,
    );
    await lookUp(
      'sourceIdsByNameKeys',
      rows.flatMap((row) => row.outlets),
      this.outlets,
      newOutletId,
    );
    await lookUp(
      'countryIdsByNameKeys',
      rows.map((row) => row.places.country),
      this.countries,
      newCountryId,
    );
    const bases = new Set<string>();
    for (const row of rows) {
      if (row.geoPrecisionCode === '3') continue;
      const base = townIdBase(row.places.country, row.places.location);
      if (!this.towns.has(base)) bases.add(base);
    }
    if (bases.size > 0) {
      for (const base of bases) this.towns.set(base, []);
      for (const town of await this.db.read('acledTownsByIdBases', { bases: [...bases] })) {
        // A town without a point (a redirect to a place that has none) is never the nearest: rows make their own.
        this.towns
          .get(town.base)!
          .push({ id: town.id, latitude: town.latitude ?? NaN, longitude: town.longitude ?? NaN });
        this.existing.add(town.id);
      }
    }
  }

  /** Asks which of the ids exist (and as what), so shared nodes are written once and ids of another kind refused. */
  private async learnExisting(ids: string[]): Promise<void> {
    const ask = [...new Set(ids)].filter((id) => !this.existing.has(id));
    if (ask.length === 0) return;
    const expected = (id: string) =>
      id.startsWith('actor:') ? 'Actor' : id.startsWith('source:') ? 'Source' : 'Location';
    for (const row of await this.db.read('findExistingNodes', { ids: ask })) {
      if (row.mergedIntoId && (expected(row.id) === 'Actor' || row.formerKind === expected(row.id))) {
        this.redirects.set(row.id, row.mergedIntoId);
        this.existing.add(row.mergedIntoId);
        continue;
      }
      if (!row.kinds.includes(expected(row.id))) {
        throw new ConflictError(
          `id "${row.id}" belongs to ${withArticle(row.kinds.join('/'))}, not ${withArticle(expected(row.id))}; the ACLED import cannot use it`,
        );
      }
      this.existing.add(row.id);
    }
  }

  /** The actors, places and sources the rows state that the graph does not hold yet, each once. */
  private sharedNodes(items: Item[]) {
    const bundle: DocumentBundle = emptyBundle();
    const seen = new Set<string>();
    for (const { bundle: row } of items) {
      for (const key of ['actors', 'locations', 'sources'] as const) {
        for (const entry of row[key]) {
          if (seen.has(entry.id) || this.existing.has(entry.id)) continue;
          seen.add(entry.id);
          (bundle[key] as { id: string }[]).push(entry);
        }
      }
    }
    return { bundle, ids: [...seen], count: seen.size };
  }

  private addActorProps(actor: NodeRow, batchRank: number): void {
    const name = actor.props.name as string;
    const rank = actorKindOfName(this.partsOf(name)) ? 0 : batchRank;
    Object.assign(actor.props, namePartProps(this.partsOf(name)), {
      acledKindRank: BigInt(rank),
      acledKind: actor.props.kind,
    });
  }

  private async createEvents(tx: WriteTransaction, items: Item[], now: Instant): Promise<void> {
    const rows = items.map(({ row, bundle, hash, rawHash }) => {
      const [event] = bundle.events;
      const [acledClaim, ...outletClaims] = bundle.claims;
      return {
        event: { id: event.id, ...eventProps(event), ...withoutAbsent(datasetRecord(row, hash, rawHash)) },
        locationId: event.locationId,
        claim: { id: acledClaim.id, ...claimProps(acledClaim) },
        actorId: acledClaim.actorId,
        involved: acledClaim.involvedActors ?? [],
        outlets: outletClaims.map((claim) => ({
          sourceId: claim.sourceId,
          claim: { id: claim.id, ...claimProps(claim) },
        })),
        relay: acledClaim.relaysClaimId !== undefined,
      };
    });
    await tx.run('createAcledEvents', { rows, acledSourceId, now, by: this.by });
  }

  private async updateEvents(tx: WriteTransaction, items: Item[], now: Instant): Promise<void> {
    const merged: DocumentBundle = emptyBundle();
    for (const { bundle } of items) {
      merged.events.push(...bundle.events);
      merged.claims.push(...bundle.claims);
    }
    // As any bundle is written: an event joined into another incident is restated there, its claims about the incident.
    await ingestInTransaction(tx, merged, { by: this.by, now });
    const claims = new Map(merged.claims.map((claim) => [claim.id, claim]));
    const pruneRows = items.map(({ row }) => {
      const claim = claims.get(acledClaimId(row.eventIdCnty));
      const prefix = outletClaimPrefix(row.eventIdCnty);
      return {
        claimId: acledClaimId(row.eventIdCnty),
        eventId: acledEventId(row.eventIdCnty),
        involvedIds: (claim?.involvedActors ?? []).map(
          (involvement) => this.redirects.get(involvement.actorId) ?? involvement.actorId,
        ),
        relays: claim?.relaysClaimId !== undefined,
        outletClaimPrefix: prefix,
        outletClaimIds: merged.claims.filter((c) => c.id.startsWith(prefix)).map((c) => c.id),
      };
    });
    await tx.run('pruneAcledClaims', { rows: pruneRows, now, by: this.by });
    await tx.run('setAcledEventRecords', {
      rows: items.map(({ row, hash, rawHash }) => ({
        id: acledEventId(row.eventIdCnty),
        record: withNulls(datasetRecord(row, hash, rawHash)),
      })),
      now,
      by: this.by,
    });
  }
}
