// The `ingestBundle` mutation's work: the bundle as GraphQL hands it made a plain bundle, bounded, checked and written
// by ingestBundle.
import type { Database } from '../db/database';
import { BadInputError } from '../errors/BadInputError';
import { maxBundleEntries } from '../vocabulary/maxBundleEntries';
import type { DocumentBundle } from './bundle.types';
import { ingestBundle } from './ingestBundle';
import { validateBundle } from './validateBundle';

/**
 * A bundle as the GraphQL input (DocumentBundleInput) hands it: a section or a field may be an explicit null, which the
 * bundle model knows only as absent.
 */
export type BundleInput = { [Section in keyof DocumentBundle]?: readonly object[] | null };

/** What a bundle changed in the graph (the GraphQL IngestResult is of this shape). */
export interface IngestCounts {
  nodesCreated: number;
  nodesUpdated: number;
  linksCreated: number;
  linksUpdated: number;
  linksReplaced: number;
}

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

export function toDocumentBundle(input: BundleInput): DocumentBundle {
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
export async function ingestBundleInput(db: Database, input: BundleInput, by: string): Promise<IngestCounts> {
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
  return {
    nodesCreated: result.nodes.created,
    nodesUpdated: result.nodes.updated,
    linksCreated: result.links.created,
    linksUpdated: result.links.updated,
    linksReplaced: result.links.replaced,
  };
}
