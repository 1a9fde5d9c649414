// A GraphQL query travels HTTP -> resolver -> Cypher file -> Neo4j and back.
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { startTestApi, type TestApi } from '../support/testApi';
import { testGraph, type TestGraph } from '../support/testGraph';

let graph: TestGraph;
let api: TestApi;

beforeAll(async () => {
  graph = testGraph();
  await graph.reset();
  api = await startTestApi(graph.db);
  await ingestBundle(
    graph.db,
    {
      documents: [],
      actors: [{ id: 'actor:test-air-force', name: 'Test Air Force', kind: 'MILITARY_UNIT' }],
      actorTies: [],
      actorPlaceTies: [],
      locations: [
        {
          id: 'loc:test-town',
          name: 'Test Town',
          kind: 'CITY',
          latitude: 32.76,
          longitude: 22.64,
          geoPrecision: 'CITY',
        },
      ],
      sources: [{ id: 'source:test-wire', name: 'Test Wire', kind: 'WIRE_SERVICE' }],
      events: [
        {
          id: 'event:test-strike',
          kind: 'AIRSTRIKE',
          title: 'Strike on Test Town',
          startDate: '2020-03-02',
          locationId: 'loc:test-town',
        },
      ],
      claims: [
        {
          id: 'claim:wire-blames-air-force',
          kind: 'ATTRIBUTION',
          stance: 'ASSERTS',
          sourceId: 'source:test-wire',
          eventId: 'event:test-strike',
          actorId: 'actor:test-air-force',
          quote: 'jets of the Test Air Force',
        },
      ],
    },
    { by: 'test' },
  );
});

afterAll(async () => {
  await api.close();
  await graph.close();
});

test('an event query returns what was ingested, through HTTP and Neo4j', async () => {
  const response = await api.gql(
    `query ($id: ID!) {
    event(id: $id) { title kind startDate location { name latitude longitude } claims { quote source { name } actor { name } } }
  }`,
    { id: 'event:test-strike' },
  );
  expect(response.status).toBe(200);
  expect(response.errors).toBeUndefined();
  expect(response.data?.event).toEqual({
    title: 'Strike on Test Town',
    kind: 'AIRSTRIKE',
    startDate: '2020-03-02',
    location: { name: 'Test Town', latitude: 32.76, longitude: 22.64 },
    claims: [{ quote: 'jets of the Test Air Force', source: { name: 'Test Wire' }, actor: { name: 'Test Air Force' } }],
  });
  expect(typeof response.extensions?.requestId).toBe('string');
});

test('an unknown event id is NOT_FOUND, naming the id', async () => {
  const response = await api.gql('{ event(id: "event:nope") { id } }');
  expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect(response.errors?.[0].message).toContain('event:nope');
});

test('/health/live and /health/ready answer while Neo4j is up', async () => {
  const live = await fetch(`${api.baseUrl}/health/live`);
  const ready = await fetch(`${api.baseUrl}/health/ready`);
  expect(live.status).toBe(200);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready', database: 'up' });
});
