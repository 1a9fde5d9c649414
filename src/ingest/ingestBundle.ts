// Writes a document bundle in one transaction: every node and link, or nothing.
import neo4j from 'neo4j-driver';

import { matchIncidents, type IncidentMatching } from '../data/reconcile/matchIncidents';
import { resolveBundleNodes } from '../data/reconcile/resolveBundleNodes';
import type { Database, WriteTransaction } from '../db/database';
import { BadInputError } from '../errors/BadInputError';
import { ConflictError } from '../errors/ConflictError';
import { NotFoundError } from '../errors/NotFoundError';
import type { DocumentBundle } from './bundle.types';
import { bundleRows, oneLinkPerKey, type BundleRows, type NodeRow } from './bundleRows';
import { refuseRelaysAcrossEvents, relayEventCheck, type RelayMismatch } from './relayConsistency';
import { validateBundle, withArticle } from './validateBundle';

export interface IngestCounts {
  created: number;
  updated: number;
}

export interface IngestResult {
  nodes: IngestCounts;
  links: IngestCounts & { replaced: number };
}

type NodeStatement =
  'mergeActors' | 'mergeLocations' | 'mergeSources' | 'mergeDocuments' | 'mergeEvents' | 'mergeClaims';

export interface IngestOptions {
  /** Who writes: an API key, a token subject, or `seed`. */
  by: string;
  /** How new events are matched to incidents already in the graph (docs/reconciliation.md); the defaults otherwise. */
  matching?: IncidentMatching;
  /**
   * false: write the bundle as it is, resolving no place, actor or event to existing ones (the seed into an empty graph,
   * where there is nothing to resolve against and a cold database must not spend its first transaction planning them).
   */
  reconcile?: boolean;
}

/** What resolution made of the bundle's ids, for the links: the id each one stands for, and the definitions dropped. */
/** When a batch is written: every write of the batch records the same instant. */
type Instant = ReturnType<typeof neo4j.types.DateTime.fromStandardDate>;

interface Redirects {
  via: Map<string, string>;
  /** Places and events defined again under an id that redirects: their own links (parent, place) are not restated. */
  dropped: Set<string>;
  /** Ids that redirect to an event (a report joined into an incident): claims about them keep where they came from. */
  joinedEvents: Set<string>;
}

/** Links a place or event definition states about itself; they go with a dropped definition. */
const definitionLinkTypes = new Set(['PART_OF', 'OCCURRED_IN']);

export async function ingestBundle(
  db: Database,
  bundle: DocumentBundle,
  options: IngestOptions,
): Promise<IngestResult> {
  const check = checkedBundle(bundle);
  return db.write(async (tx) => {
    const { redirects: _redirects, ...result } = await ingestCheckedBundle(tx, check, bundle, options);
    return result;
  });
}

/**
 * Writes a bundle inside a transaction already open, as ingestBundle does (references checked, places, actors and
 * events reconciled), for importers that write many bundles in one transaction. `rows` lets the caller add properties of its own to what bundleRows makes. Also returns each id that
 * now stands for another node (found to be an existing place, actor or incident), with that node's id.
 */
export async function ingestInTransaction(
  tx: WriteTransaction,
  bundle: DocumentBundle,
  options: IngestOptions & { rows?: BundleRows; now?: Instant },
): Promise<IngestResult & { redirects: Map<string, string> }> {
  return ingestCheckedBundle(tx, checkedBundle(bundle), bundle, options);
}

/** The bundle's checks, thrown as BAD_USER_INPUT naming the first problem's field when any fails. */
function checkedBundle(bundle: DocumentBundle): ReturnType<typeof validateBundle> {
  const check = validateBundle(bundle);
  if (check.problems.length > 0) {
    const [first] = check.problems;
    const more = check.problems.length > 1 ? ` (and ${check.problems.length - 1} more problems)` : '';
    throw new BadInputError(first.field, `${first.problem}${more}`, { problems: check.problems });
  }
  return check;
}

async function ingestCheckedBundle(
  tx: WriteTransaction,
  check: ReturnType<typeof validateBundle>,
  bundle: DocumentBundle,
  options: IngestOptions & { rows?: BundleRows; now?: Instant },
): Promise<IngestResult & { redirects: Map<string, string> }> {
  const rows = options.rows ?? bundleRows(bundle);
  const { existing, redirects } = await checkExistingIds(tx, check);
  const reconcile = options.reconcile !== false;
  const resolution = reconcile
    ? await resolveBundleNodes(tx, bundle, (id) => !existing.has(id))
    : { redirects: [], names: [] };
  for (const redirect of resolution.redirects) {
    redirects.via.set(redirect.id, redirects.via.get(redirect.targetId) ?? redirect.targetId);
    redirects.dropped.add(redirect.id);
  }
  const via = (id: string) => redirects.via.get(id) ?? id;
  const ownLink = (link: { fromId: string; type: string }) =>
    redirects.dropped.has(link.fromId) && definitionLinkTypes.has(link.type);
  const viaLink = <T extends { fromId: string; type: string; toId: string }>(link: T): T => ({
    ...link,
    fromId: via(link.fromId),
    toId: via(link.toId),
  });
  const bundleLinks =
    redirects.via.size === 0
      ? rows.links
      : oneLinkPerKey(
          rows.links
            .filter((link) => !ownLink(link))
            .map((link) => {
              const moved = viaLink(link);
              // A claim about a report joined into an incident is about the incident, and remembers which report it came with.
              return link.type === 'ABOUT' && redirects.joinedEvents.has(link.toId)
                ? { ...moved, props: { ...moved.props, joinedFrom: link.toId } }
                : moved;
            }),
        );
  const bundleReplacedLinks = rows.replacedLinks.filter((link) => !ownLink(link)).map(viaLink);
  const kept = <T extends { id: string }>(nodeRows: T[]) => nodeRows.filter((row) => !redirects.dropped.has(row.id));
  const params = { now: options.now ?? neo4j.types.DateTime.fromStandardDate(new Date()), by: options.by };
  const nodes: IngestCounts = { created: 0, updated: 0 };
  const createdIds = new Set<string>();
  const merge = async (statement: NodeStatement, nodeRows: NodeRow[]) => {
    const [row] = await tx.run(statement, { ...params, rows: nodeRows });
    nodes.created += row.created;
    nodes.updated += row.updated;
    for (const id of row.createdIds) createdIds.add(id);
  };
  await merge('mergeActors', kept(rows.actors));
  await merge('mergeLocations', kept(rows.locations));
  await merge('mergeSources', rows.sources);
  await merge('mergeDocuments', rows.documents);
  await merge('mergeEvents', kept(rows.events));
  await merge('mergeClaims', rows.claims);
  if (resolution.redirects.length > 0) {
    await tx.run('createRedirects', {
      ...params,
      redirects: resolution.redirects.map((r) => ({ ...r, targetId: via(r.targetId) })),
    });
    await tx.run('addNames', { ...params, rows: resolution.names });
  }
  // A link with an end this transaction created is new for sure; only links between older nodes need a look-up.
  const isNew = (link: { fromId: string; toId: string }) => createdIds.has(link.fromId) || createdIds.has(link.toId);
  const replacedLinks = bundleReplacedLinks.filter((link) => !createdIds.has(link.fromId));
  const [{ deleted }] = await tx.run('deleteReplacedLinks', { ...params, links: replacedLinks });
  const [{ created }] = await tx.run('createLinks', { ...params, links: bundleLinks.filter(isNew) });
  const [merged] = await tx.run('mergeLinks', { ...params, links: bundleLinks.filter((link) => !isNew(link)) });
  const links = { created: created + merged.created, updated: merged.updated, replaced: deleted };
  await tx.run('copyEventPoints', { eventIds: kept(rows.events).map((e) => e.id) });
  const newEvents = rows.events.map((e) => e.id).filter((id) => createdIds.has(id));
  if (reconcile && newEvents.length > 0) {
    const incidents = await matchIncidents(tx, newEvents, { ...params, matching: options.matching });
    for (const { eventId, incidentId } of incidents.joined) redirects.via.set(eventId, incidentId);
  }
  // What the bundle alone could not decide is checked against the graph: relays of claims outside it or about events
  // outside it, claims that were already there (claims outside the bundle may relay them), and events already there
  // that the bundle puts under a larger one. A bundle of new claims about its own events needs no look-up. It runs
  // after matching: a report joined into an incident is that incident, and a relay of a claim about it is consistent.
  await refuseRelaysAcrossEvents(
    tx,
    {
      claimIds: [
        ...new Set([
          ...relayEventCheck(bundle).undecided,
          ...rows.claims.map((c) => c.id).filter((id) => !createdIds.has(id)),
        ]),
      ],
      eventIds: (bundle.events ?? [])
        .filter((e) => e.partOfEventId && !createdIds.has(e.id) && !redirects.dropped.has(e.id))
        .map((e) => e.id),
    },
    (mismatch) => relayField(bundle, mismatch),
  );
  return { nodes, links, redirects: redirects.via };
}

/**
 * Fails before any write when a reference is missing or an id is taken by another kind of node.
 * Returns which ids exist, and the references to redirect ids (merged actors, places and events found to be existing
 * ones), each with the id it stands for.
 */
async function checkExistingIds(
  tx: WriteTransaction,
  check: ReturnType<typeof validateBundle>,
): Promise<{ existing: Set<string>; redirects: Redirects }> {
  const ids = [...new Set([...check.definedKinds.keys(), ...check.externalReferences.map((r) => r.id)])];
  const existing = new Map((await tx.run('findExistingNodes', { ids })).map((row) => [row.id, row]));
  const redirects: Redirects = { via: new Map(), dropped: new Set(), joinedEvents: new Set() };
  const follow = (id: string, row: { mergedIntoId: string | null; formerKind: string | null }) => {
    redirects.via.set(id, row.mergedIntoId as string);
    if (row.formerKind === 'Event') redirects.joinedEvents.add(id);
  };
  for (const [id, kind] of check.definedKinds) {
    const row = existing.get(id);
    if (row?.mergedIntoId && row.restatable && row.formerKind === kind) {
      // A place or event restated under an id that was found to be another: the definition goes to that one.
      follow(id, row);
      redirects.dropped.add(id);
      continue;
    }
    if (row?.mergedIntoId)
      throw new ConflictError(`id "${id}" was merged into "${row.mergedIntoId}"; write "${row.mergedIntoId}" instead`);
    if (row && !row.kinds.includes(kind))
      throw new ConflictError(
        `id "${id}" belongs to ${withArticle(row.kinds.join('/'))}, not ${withArticle(kind)}; choose another id`,
      );
  }
  for (const reference of check.externalReferences) {
    const row = existing.get(reference.id);
    if (!row) throw new NotFoundError(reference.kind, reference.id, reference.field);
    if (row.mergedIntoId && (reference.kind === 'Actor' || row.formerKind === reference.kind)) {
      follow(reference.id, row);
      continue;
    }
    if (!row.kinds.includes(reference.kind))
      throw new BadInputError(
        reference.field,
        `"${reference.id}" is ${withArticle(row.kinds.join('/'))}, not ${withArticle(reference.kind)}`,
      );
  }
  return { existing: new Set(existing.keys()), redirects };
}

/** The bundle field a relay across events is blamed on: the relaying claim's relaysClaimId, else the moved event's partOfEventId. */
function relayField(bundle: DocumentBundle, mismatch: RelayMismatch): string {
  const claims = bundle.claims ?? [];
  const relaying = claims.findIndex((claim) => claim.id === mismatch.claimId);
  if (relaying >= 0) return `claims[${relaying}].relaysClaimId`;
  const events = bundle.events ?? [];
  const moved = events.findIndex(
    (event) =>
      event.partOfEventId && (mismatch.eventPath.includes(event.id) || mismatch.relayedEventPath.includes(event.id)),
  );
  if (moved >= 0) return `events[${moved}].partOfEventId`;
  const relayed = claims.findIndex((claim) => claim.id === mismatch.relayedClaimId);
  return relayed >= 0 ? `claims[${relayed}].eventId` : 'claims';
}
