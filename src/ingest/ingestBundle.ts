// Writes a document bundle in one transaction: every node and link, or nothing.
import neo4j from 'neo4j-driver';
import type { Database, WriteTransaction } from '../db/database';
import type { StatementName } from '../db/statements';
import { BadInputError } from '../errors/BadInputError';
import { ConflictError } from '../errors/ConflictError';
import { NotFoundError } from '../errors/NotFoundError';
import type { DocumentBundle } from './bundle.types';
import { bundleRows } from './bundleRows';
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
    await checkExistingIds(tx, check);
    const params = { now: neo4j.types.DateTime.fromStandardDate(new Date()), by: options.by };
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
    const replacedLinks = rows.replacedLinks.filter((link) => !createdIds.has(link.fromId));
    const [{ deleted }] = await tx.run<{ deleted: number }>('deleteReplacedLinks', { ...params, links: replacedLinks });
    const [{ created }] = await tx.run<{ created: number }>('createLinks', { ...params, links: rows.links.filter(isNew) });
    const [merged] = await tx.run<CountRow>('mergeLinks', { ...params, links: rows.links.filter((link) => !isNew(link)) });
    const links = { created: created + merged.created, updated: merged.updated, replaced: deleted };
    await tx.run('copyEventPoints', { eventIds: rows.events.map((e) => e.id) });
    return { nodes, links };
  });
}

/** Fails before any write when a reference is missing or an id is taken by another kind of node. */
async function checkExistingIds(tx: WriteTransaction, check: ReturnType<typeof validateBundle>): Promise<void> {
  const ids = [...new Set([...check.definedKinds.keys(), ...check.externalReferences.map((r) => r.id)])];
  const existing = new Map(
    (await tx.run<{ id: string; kinds: string[] }>('findExistingNodes', { ids })).map((row) => [row.id, row.kinds]),
  );
  for (const [id, kind] of check.definedKinds) {
    const kinds = existing.get(id);
    if (kinds && !kinds.includes(kind)) throw new ConflictError(`id "${id}" belongs to ${withArticle(kinds.join('/'))}, not ${withArticle(kind)}; choose another id`);
  }
  for (const reference of check.externalReferences) {
    const kinds = existing.get(reference.id);
    if (!kinds) throw new NotFoundError(reference.kind, reference.id, reference.field);
    if (!kinds.includes(reference.kind)) throw new BadInputError(reference.field, `"${reference.id}" is ${withArticle(kinds.join('/'))}, not ${withArticle(reference.kind)}`);
  }
}
