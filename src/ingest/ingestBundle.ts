// Writes a document bundle in one transaction: every node and link, or nothing.
import neo4j from 'neo4j-driver';
import type { Database, WriteTransaction } from '../db/database';
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
    const add = (into: IngestCounts, [row]: CountRow[]) => {
      into.created += row.created;
      into.updated += row.updated;
    };
    add(nodes, await tx.run<CountRow>('mergeActors', { ...params, rows: rows.actors }));
    add(nodes, await tx.run<CountRow>('mergeLocations', { ...params, rows: rows.locations }));
    add(nodes, await tx.run<CountRow>('mergeSources', { ...params, rows: rows.sources }));
    add(nodes, await tx.run<CountRow>('mergeDocuments', { ...params, rows: rows.documents }));
    add(nodes, await tx.run<CountRow>('mergeEvents', { ...params, rows: rows.events }));
    add(nodes, await tx.run<CountRow>('mergeClaims', { ...params, rows: rows.claims }));
    const [{ deleted }] = await tx.run<{ deleted: number }>('deleteReplacedLinks', { ...params, links: rows.replacedLinks });
    const links = { created: 0, updated: 0, replaced: deleted };
    add(links, await tx.run<CountRow>('mergeLinks', { ...params, links: rows.links }));
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
