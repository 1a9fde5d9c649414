// Ingesting bundles: all or nothing, idempotent, and precise about what is wrong.
import { Database, type WriteTransaction } from '../../src/db/database';
import type { ParamsArgument, StatementName } from '../../src/db/statements';
import { ApiError } from '../../src/errors/ApiError';
import type { DocumentBundle } from '../../src/ingest/bundle.types';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { testGraph, type TestGraph } from '../support/testGraph';

let graph: TestGraph;

beforeAll(() => {
  graph = testGraph();
});
beforeEach(() => graph.reset());
afterAll(() => graph.close());

function validBundle(): DocumentBundle {
  return {
    documents: [{ id: 'doc:d', title: 'Report', publisherId: 'source:wire', publishedOn: '2020-03-03' }],
    actors: [
      { id: 'actor:air-force', name: 'Air Force', aliases: ['AF'], kind: 'MILITARY_UNIT' },
      { id: 'actor:army', name: 'Army', kind: 'ARMED_FORCES' },
    ],
    actorTies: [{ fromId: 'actor:air-force', toId: 'actor:army', kind: 'PART_OF' }],
    actorPlaceTies: [],
    locations: [{ id: 'loc:town', name: 'Town', kind: 'CITY', latitude: 30, longitude: 20, geoPrecision: 'CITY' }],
    sources: [{ id: 'source:wire', name: 'Wire', kind: 'WIRE_SERVICE' }],
    events: [
      {
        id: 'event:strike',
        kind: 'AIRSTRIKE',
        title: 'Strike',
        startDate: '2020-03-01',
        datePrecision: 'MONTH',
        locationId: 'loc:town',
      },
    ],
    claims: [
      {
        id: 'claim:c',
        kind: 'ATTRIBUTION',
        stance: 'ASSERTS',
        sourceId: 'source:wire',
        eventId: 'event:strike',
        actorId: 'actor:air-force',
        documentId: 'doc:d',
      },
    ],
  };
}

async function codeOf(work: Promise<unknown>): Promise<{ code: unknown; message: string }> {
  try {
    await work;
  } catch (error) {
    if (error instanceof ApiError) return { code: error.extensions.code, message: error.message };
    throw error;
  }
  throw new Error('expected the ingest to fail');
}

test('a bundle ingested twice creates its nodes once and changes nothing the second time', async () => {
  const first = await ingestBundle(graph.db, validBundle(), { by: 'test' });
  const countsAfterFirst = await graph.counts();
  const second = await ingestBundle(graph.db, validBundle(), { by: 'test' });
  expect(first.nodes).toEqual({ created: 7, updated: 0 });
  expect(second.nodes).toEqual({ created: 0, updated: 0 });
  expect(second.links).toEqual({ created: 0, updated: 0, replaced: 0 });
  expect(await graph.counts()).toEqual(countsAfterFirst);
});

test('a month-precise event covers the whole month', async () => {
  await ingestBundle(graph.db, validBundle(), { by: 'test' });
  const [event] = await graph.db.read('eventsByIds', { ids: ['event:strike'] });
  expect(event.event.startDate).toBe('2020-03-01');
  expect(event.event.endDate).toBe('2020-03-31');
});

test('a changed field updates that node only, and a new target replaces a single-valued link', async () => {
  await ingestBundle(graph.db, validBundle(), { by: 'test' });
  const changed = validBundle();
  changed.locations.push({
    id: 'loc:village',
    name: 'Village',
    kind: 'CITY',
    latitude: 31,
    longitude: 21,
    geoPrecision: 'EXACT',
  });
  changed.events[0] = { ...changed.events[0], title: 'Strike on the village', locationId: 'loc:village' };
  const result = await ingestBundle(graph.db, changed, { by: 'test' });
  expect(result.nodes).toEqual({ created: 1, updated: 1 });
  expect(result.links.replaced).toBe(1);
  const [row] = await graph.db.read('eventsByIds', { ids: ['event:strike'] });
  expect(row.event).toMatchObject({ title: 'Strike on the village', locationId: 'loc:village' });
});

test('a reference to a node that exists nowhere fails with NOT_FOUND and writes nothing', async () => {
  await ingestBundle(graph.db, validBundle(), { by: 'test' });
  const before = await graph.counts();
  const broken = validBundle();
  broken.actors.push({ id: 'actor:new', name: 'New', kind: 'ARMED_GROUP' });
  broken.claims.push({
    id: 'claim:orphan',
    kind: 'ATTRIBUTION',
    stance: 'ASSERTS',
    sourceId: 'source:missing',
    eventId: 'event:strike',
    actorId: 'actor:new',
  });
  expect(await codeOf(ingestBundle(graph.db, broken, { by: 'test' }))).toEqual({
    code: 'NOT_FOUND',
    message: expect.stringContaining('Source "source:missing" does not exist (argument claims[1].sourceId)'),
  });
  expect(await graph.counts()).toEqual(before);
});

test('an id already used by another kind of node is a CONFLICT, and nothing is written', async () => {
  await ingestBundle(graph.db, validBundle(), { by: 'test' });
  const before = await graph.counts();
  const clash = validBundle();
  clash.sources.push({ id: 'actor:army', name: 'Army press office', kind: 'OFFICIAL' });
  clash.claims[0] = { ...clash.claims[0], sourceId: 'actor:army' };
  const clashing: DocumentBundle = {
    ...clash,
    actors: clash.actors.filter((a) => a.id !== 'actor:army'),
    actorTies: [],
  };
  expect((await codeOf(ingestBundle(graph.db, clashing, { by: 'test' }))).code).toBe('CONFLICT');
  expect(await graph.counts()).toEqual(before);
});

test('a failure after some statements have run rolls the whole bundle back', async () => {
  await ingestBundle(graph.db, validBundle(), { by: 'test' });
  const before = await graph.counts();
  const bigger = validBundle();
  bigger.actors.push({ id: 'actor:brand-new', name: 'Brand new', kind: 'ARMED_GROUP' });
  bigger.claims.push({
    id: 'claim:new',
    kind: 'ATTRIBUTION',
    stance: 'ASSERTS',
    sourceId: 'source:wire',
    eventId: 'event:strike',
    actorId: 'actor:brand-new',
  });
  // The real statements run against Neo4j; the transaction breaks when it reaches the claims,
  // after actors, locations, sources, documents and events were written.
  const breaksAtClaims = new (class extends Database {
    override write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
      return super.write((tx) =>
        work({
          run: <N extends StatementName>(name: N, ...params: ParamsArgument<N>) => {
            if (name === 'mergeClaims') throw new Error('connection lost halfway through the bundle');
            return tx.run(name, ...params);
          },
        } as unknown as WriteTransaction),
      );
    }
  })(graph.driver, { database: 'neo4j', queryTimeoutMs: 30_000 });
  await expect(ingestBundle(breaksAtClaims, bigger, { by: 'test' })).rejects.toThrow('connection lost halfway');
  expect(await graph.counts()).toEqual(before);
  expect(await graph.db.read('actorsByIds', { ids: ['actor:brand-new'] })).toEqual([]);
});

test('invalid fields are BAD_USER_INPUT listing every problem', async () => {
  const bad = validBundle();
  bad.locations[0] = { ...bad.locations[0], latitude: 123 };
  bad.claims[0] = { ...bad.claims[0], confidence: 7 };
  const error = await ingestBundle(graph.db, bad, { by: 'test' }).catch((e: ApiError) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'locations[0].latitude',
    problems: [
      { field: 'locations[0].latitude', problem: '123 is not a latitude between -90 and 90' },
      { field: 'claims[0].confidence', problem: '7 is not a number between 0 and 1' },
    ],
  });
  expect(await graph.counts()).toEqual({ nodes: 0, relationships: 0 });
});
