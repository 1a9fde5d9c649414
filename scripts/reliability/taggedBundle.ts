// Small bundles whose node ids all carry one tag, so a check can say whether a bundle landed whole, not at all, or in part.
import type { Database } from '../../src/db/database';
import type { DocumentBundle } from '../../src/ingest/bundle.types';

/** The ids of every node in `taggedBundle(tag)`. */
export function taggedIds(tag: string): string[] {
  return [`doc:${tag}`, `source:${tag}`, `loc:${tag}`, `actor:${tag}`, `event:${tag}`, `claim:${tag}`];
}

/** One document, source, place, actor, event and the claim that ties them: six nodes and their links. */
export function taggedBundle(tag: string): DocumentBundle {
  return {
    documents: [{ id: `doc:${tag}`, title: `Report ${tag}`, publisherId: `source:${tag}` }],
    sources: [{ id: `source:${tag}`, name: `Source ${tag}`, kind: 'NEWS_OUTLET' }],
    locations: [
      { id: `loc:${tag}`, name: `Place ${tag}`, kind: 'CITY', latitude: 32.76, longitude: 22.63, geoPrecision: 'CITY' },
    ],
    actors: [{ id: `actor:${tag}`, name: `Actor ${tag}`, kind: 'ARMED_GROUP' }],
    actorTies: [],
    actorPlaceTies: [],
    events: [
      {
        id: `event:${tag}`,
        kind: 'AIRSTRIKE',
        title: `Strike ${tag}`,
        startDate: '2020-01-02',
        datePrecision: 'DAY',
        locationId: `loc:${tag}`,
      },
    ],
    claims: [
      {
        id: `claim:${tag}`,
        kind: 'ATTRIBUTION',
        stance: 'ASSERTS',
        sourceId: `source:${tag}`,
        eventId: `event:${tag}`,
        actorId: `actor:${tag}`,
        documentId: `doc:${tag}`,
        quote: `${tag} did it`,
      },
    ],
  };
}

export interface BundlePresence {
  /** How many of the bundle's ids exist at least once. */
  found: number;
  /** Nodes found beyond one per id (should be 0: ids are unique). */
  duplicates: number;
}

export async function bundlePresence(db: Database, tag: string): Promise<BundlePresence> {
  const ids = taggedIds(tag);
  const rows = await db.read('findExistingNodes', { ids });
  const distinct = new Set(rows.map((row) => row.id)).size;
  return { found: distinct, duplicates: rows.length - distinct };
}
