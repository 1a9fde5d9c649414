// The `ingestBundle` mutation's work: the GraphQL input made a plain bundle, bounded, checked and written by ingestBundle.
import type { Database } from '../db/database';
import { BadInputError } from '../errors/BadInputError';
import { maxBundleEntries, type DocumentBundleInput } from '../schema/bundle/documentBundle.input';
import { IngestResult } from '../schema/bundle/ingestResult.type';
import type { DocumentBundle } from './bundle.types';
import { ingestBundle } from './ingestBundle';
import { validateBundle } from './validateBundle';

/** GraphQL hands explicit nulls through; the bundle model knows only absent fields. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, inner]) => inner !== null && inner !== undefined)
        .map(([key, inner]) => [key, withoutNulls(inner)]),
    );
  }
  return value;
}

export function toDocumentBundle(input: DocumentBundleInput): DocumentBundle {
  const plain = withoutNulls(input) as Partial<DocumentBundle>;
  return {
    documents: plain.documents ?? [],
    actors: plain.actors ?? [],
    actorTies: plain.actorTies ?? [],
    actorPlaceTies: plain.actorPlaceTies ?? [],
    locations: plain.locations ?? [],
    sources: plain.sources ?? [],
    events: plain.events ?? [],
    claims: plain.claims ?? [],
  };
}

export function bundleEntryCount(bundle: DocumentBundle): number {
  return Object.values(bundle).reduce((sum: number, entries: unknown[]) => sum + entries.length, 0);
}

/** Writes the bundle as `by`; fields in errors are paths under the `bundle` argument, e.g. `bundle.claims[0].confidence`. */
export async function ingestBundleInput(db: Database, input: DocumentBundleInput, by: string): Promise<IngestResult> {
  const bundle = toDocumentBundle(input);
  const entries = bundleEntryCount(bundle);
  if (entries > maxBundleEntries)
    throw new BadInputError(
      'bundle',
      `holds ${entries} entries; at most ${maxBundleEntries} per bundle, so split it into several bundles`,
    );
  const { problems } = validateBundle(bundle);
  if (problems.length > 0) {
    const located = problems.map((p) => ({ field: `bundle.${p.field}`, problem: p.problem }));
    const more = located.length > 1 ? ` (and ${located.length - 1} more problems)` : '';
    throw new BadInputError(located[0].field, `${located[0].problem}${more}`, { problems: located });
  }
  const result = await ingestBundle(db, bundle, { by });
  return Object.assign(new IngestResult(), {
    nodesCreated: result.nodes.created,
    nodesUpdated: result.nodes.updated,
    linksCreated: result.links.created,
    linksUpdated: result.links.updated,
    linksReplaced: result.links.replaced,
  });
}
