// Writes a document bundle in one transaction: every node and link, or nothing.
import neo4j from 'neo4j-driver';
import type { Database, WriteTransaction } from '../db/database';
import type { StatementName } from '../db/statements';
import { BadInputError } from '../errors/BadInputError';
import { ConflictError } from '../errors/ConflictError';
import { NotFoundError } from '../errors/NotFoundError';
import type { DocumentBundle } from './bundle.types';
import { bundleRows, oneLinkPerKey, type BundleRows } from './bundleRows';
import { validateBundle, withArticle } from './validateBundle';

export interface IngestCounts {
  created: number;
  updated: number;
}

export interface IngestResult {
  nodes: IngestCounts;
  links: IngestCounts & { replaced: number };
}

interface CountRow {
  created: number;
  updated: number;
}

interface NodeCountRow extends CountRow {
  createdIds: string[];
}

type NodeStatement = Extract<StatementName, `merge${string}`>;

export interface IngestOptions {
  /** Who writes: an API key, a token subject, or `seed`. */
  by: string;
}

export async function ingestBundle(db: Database, bundle: DocumentBundle, options: IngestOptions): Promise<IngestResult> {
  const check = validateBundle(bundle);
  if (check.problems.length > 0) {
    const [first] = check.problems;
    const more = check.problems.length > 1 ? ` (and ${check.problems.length - 1} more problems)` : '';
    throw new BadInputError(first.field, `${first.problem}${more}`, { problems: check.problems });
  }
  const rows = bundleRows(bundle);
  return db.write(async (tx) => {
    const redirects = await checkExistingIds(tx, check);
    return writeBundleRows(tx, rows, { by: options.by, redirects });
  });
}

/**
 * Writes a bundle's rows inside a transaction already open: nodes merged by id, single-valued links replaced, links
 * merged (or created when an end is new). The caller has checked the references; `redirects` maps merged actors' old
 * ids to the actors they were merged into. Used by ingestBundle and by importers that write many bundles at once.
 */
export async function writeBundleRows(
  tx: WriteTransaction,
  rows: BundleRows,
  options: IngestOptions & { redirects?: Map<string, string>; now?: unknown },
): Promise<IngestResult> {
  const redirects = options.redirects ?? new Map<string, string>();
  // A reference to a merged actor's old id links to the actor it was merged into.
  const via = (id: string) => redirects.get(id) ?? id;
  const bundleLinks = redirects.size === 0 ? rows.links : oneLinkPerKey(rows.links.map((link) => ({ ...link, fromId: via(link.fromId), toId: via(link.toId) })));
  const bundleReplacedLinks = rows.replacedLinks.map((link) => ({ ...link, toId: via(link.toId) }));
  const params = { now: options.now ?? neo4j.types.DateTime.fromStandardDate(new Date()), by: options.by };
  const nodes: IngestCounts = { created: 0, updated: 0 };
  const createdIds = new Set<string>();
  const merge = async (statement: NodeStatement, nodeRows: unknown[]) => {
    const [row] = await tx.run<NodeCountRow>(statement, { ...params, rows: nodeRows });
    nodes.created += row.created;
    nodes.updated += row.updated;
    for (const id of row.createdIds) createdIds.add(id);
  };
  await merge('mergeActors', rows.actors);
  await merge('mergeLocations', rows.locations);
  await merge('mergeSources', rows.sources);
  await merge('mergeDocuments', rows.documents);
  await merge('mergeEvents', rows.events);
  await merge('mergeClaims', rows.claims);
  // A link with an end this transaction created is new for sure; only links between older nodes need a look-up.
  const isNew = (link: { fromId: string; toId: string }) => createdIds.has(link.fromId) || createdIds.has(link.toId);
  const replacedLinks = bundleReplacedLinks.filter((link) => !createdIds.has(link.fromId));
  const [{ deleted }] = await tx.run<{ deleted: number }>('deleteReplacedLinks', { ...params, links: replacedLinks });
  const [{ created }] = await tx.run<{ created: number }>('createLinks', { ...params, links: bundleLinks.filter(isNew) });
  const [merged] = await tx.run<CountRow>('mergeLinks', { ...params, links: bundleLinks.filter((link) => !isNew(link)) });
  const links = { created: created + merged.created, updated: merged.updated, replaced: deleted };
  await tx.run('copyEventPoints', { eventIds: rows.events.map((e) => e.id) });
  return { nodes, links };
}

/**
 * Fails before any write when a reference is missing or an id is taken by another kind of node.
 * Returns the references to merged actors' old ids, each with the id of the actor it was merged into.
 */
async function checkExistingIds(tx: WriteTransaction, check: ReturnType<typeof validateBundle>): Promise<Map<string, string>> {
  const ids = [...new Set([...check.definedKinds.keys(), ...check.externalReferences.map((r) => r.id)])];
  const existing = new Map(
    (await tx.run<{ id: string; kinds: string[]; mergedIntoId: string | null }>('findExistingNodes', { ids })).map((row) => [row.id, row]),
  );
  for (const [id, kind] of check.definedKinds) {
    const row = existing.get(id);
    if (row?.mergedIntoId) throw new ConflictError(`id "${id}" was merged into "${row.mergedIntoId}"; write "${row.mergedIntoId}" instead`);
    if (row && !row.kinds.includes(kind)) throw new ConflictError(`id "${id}" belongs to ${withArticle(row.kinds.join('/'))}, not ${withArticle(kind)}; choose another id`);
  }
  const redirects = new Map<string, string>();
  for (const reference of check.externalReferences) {
    const row = existing.get(reference.id);
    if (!row) throw new NotFoundError(reference.kind, reference.id, reference.field);
    if (row.mergedIntoId && reference.kind === 'Actor') {
      redirects.set(reference.id, row.mergedIntoId);
      continue;
    }
    if (!row.kinds.includes(reference.kind)) throw new BadInputError(reference.field, `"${reference.id}" is ${withArticle(row.kinds.join('/'))}, not ${withArticle(reference.kind)}`);
  }
  return redirects;
}
