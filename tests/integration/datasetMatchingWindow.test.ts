// A dataset's bulk import looks for incidents to join among the other origins' events in a batch's dates, and never
// reads its own: in a graph of one dataset's hundreds of thousands of rows those would be nearly every event in the
// window, read again by every batch (the import slowed with the square of the file). Each event records its origin,
// and the event_origin_start index puts it before the date.
import type { Driver } from 'neo4j-driver';

import { CypherRegistry } from '../../src/db/cypherRegistry';
import type { DocumentBundle } from '../../src/ingest/bundle.types';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { datasetEventIdPrefixes, EventOrigin, originsOtherThan } from '../../src/vocabulary/EventOrigin';
import { syntheticBundle } from '../support/syntheticGraph';
import { testGraph, type TestGraph } from '../support/testGraph';

let graph: TestGraph;

/** The synthetic graph's events renamed into a dataset's namespace, as its importer names them. */
function asDataset(bundle: DocumentBundle, prefix: string): DocumentBundle {
  return JSON.parse(JSON.stringify(bundle).replace(/"event:syn-/g, `"${prefix}syn-`)) as DocumentBundle;
}

/** One article's report of a strike in 2015, in a place of the synthetic graph. */
const articleEvent: DocumentBundle = {
  ...syntheticBundle(0),
  events: [
    {
      id: 'event:article-strike-2015',
      kind: 'AIRSTRIKE',
      title: 'An article’s strike',
      startDate: '2015-06-02',
      datePrecision: 'DAY',
      locationId: 'loc:syn-district-3',
    },
  ],
  claims: [],
};

beforeAll(async () => {
  graph = testGraph();
  await graph.reset();
  const acled = asDataset(syntheticBundle(600), datasetEventIdPrefixes[0].prefix);
  await ingestBundle(graph.db, acled, { by: 'test', matching: { enabled: false } });
  await ingestBundle(graph.db, articleEvent, { by: 'test', matching: { enabled: false } });
});
afterAll(() => graph.close());

async function rows<T>(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

interface PlanNode {
  operatorType: string;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** The rows each index seek of the plan produced, by the index it used. */
function seekRows(plan: PlanNode): { details: string; rows: number }[] {
  const own = /IndexSeek/.test(plan.operatorType)
    ? [{ details: String(plan.arguments.Details ?? ''), rows: plan.rows }]
    : [];
  return [...own, ...plan.children.flatMap(seekRows)];
}

/**
 * The candidates a batch of 2015's ACLED events finds, and what the seeks read to find them. `cluster`: only the
 * events of one of the synthetic graph's five clusters of places (event n is in cluster n % 5, 550 km apart).
 */
async function windowOf2015(origins: string[], cluster?: number) {
  const batch = (
    await rows<{ id: string }>(
      graph.driver,
      `MATCH (e:Event) WHERE e.id STARTS WITH 'event:acled-' AND e.startDate.year = 2015
         AND ($cluster IS NULL OR toInteger(split(e.id, '-')[2]) % 5 = $cluster) RETURN e.id AS id`,
      { cluster: cluster ?? null },
    )
  ).map(({ id }) => id);
  const result = await graph.driver.executeQuery(
    `PROFILE ${CypherRegistry.load().text('eventsOfOtherSourcesInWindow')}`,
    { eventIds: batch, origins, windowDays: 1, longestSpanDays: 366, marginKm: 300 },
  );
  return {
    batch,
    candidates: result.records.map((record) => record.get('id') as string),
    originSeeks: seekRows(result.summary.profile as unknown as PlanNode).filter(({ details }) =>
      details.includes('origin'),
    ),
  };
}

test('every event records its origin: a dataset by its id namespace, anything else a document', async () => {
  const origins = await rows<{ origin: string; events: number }>(
    graph.driver,
    'MATCH (e:Event) RETURN e.origin AS origin, count(*) AS events ORDER BY origin',
  );
  expect(origins).toEqual([
    { origin: EventOrigin.ACLED, events: 600 },
    { origin: EventOrigin.DOCUMENT, events: 1 },
  ]);
});

test("a dataset's batch finds the other origins' events in its dates without reading its own", async () => {
  const { batch, candidates, originSeeks } = await windowOf2015(originsOtherThan(EventOrigin.ACLED));
  expect(batch.length).toBeGreaterThan(40);
  expect(candidates).toEqual(['event:article-strike-2015']);
  expect(originSeeks.length).toBeGreaterThan(0);
  expect(originSeeks.reduce((sum, seek) => sum + seek.rows, 0)).toBe(1);
});

test("a batch from one region leaves out the other origins' events of its dates far from all its points", async () => {
  const far = await windowOf2015(originsOtherThan(EventOrigin.ACLED), 0);
  expect(far.batch.length).toBeGreaterThan(5);
  expect(far.candidates).toEqual([]);
  const near = await windowOf2015(originsOtherThan(EventOrigin.ACLED), 3);
  expect(near.candidates).toEqual(['event:article-strike-2015']);
});

test('the check can see a seek that reads the batch’s own dataset: asked for ACLED too, it reads its events', async () => {
  const { batch, candidates, originSeeks } = await windowOf2015(Object.values(EventOrigin));
  expect(candidates.length).toBeGreaterThan(batch.length);
  expect(originSeeks.reduce((sum, seek) => sum + seek.rows, 0)).toBeGreaterThan(batch.length);
});

test('events stored before origins existed get the same origins from the migration, redirects included', async () => {
  const read = () =>
    rows<{ id: string; origin: string }>(
      graph.driver,
      'MATCH (e:Entity) WHERE e:Event OR e.formerKind = $event RETURN e.id AS id, e.origin AS origin ORDER BY id',
      { event: 'Event' },
    );
  const before = await read();
  await graph.driver.executeQuery(
    "MATCH (e:Event {id: 'event:acled-syn-7'}) REMOVE e:Event SET e:Redirect, e.formerKind = 'Event'",
  );
  await graph.driver.executeQuery('MATCH (e:Entity) WHERE e:Event OR e.formerKind = $event REMOVE e.origin', {
    event: 'Event',
  });
  const session = graph.driver.session();
  try {
    await session.run(CypherRegistry.load().text('backfillEventOrigins'), {
      prefixes: datasetEventIdPrefixes,
      otherwise: EventOrigin.DOCUMENT,
    });
  } finally {
    await session.close();
  }
  expect(await read()).toEqual(before);
  await graph.driver.executeQuery(
    "MATCH (e:Redirect {id: 'event:acled-syn-7'}) REMOVE e:Redirect, e.formerKind SET e:Event",
  );
});
