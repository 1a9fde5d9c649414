// The caller's W3C traceparent travels with every statement a request sends, GraphQL and exports alike, as the
// metadata Neo4j shows in SHOW TRANSACTIONS; a malformed one is dropped, per the spec.
import type { Driver, Session } from 'neo4j-driver';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { loadSeed } from '../../src/seed/loadSeed';
import { startTestApi, type TestApi } from '../support/testApi';
import { testGraph, type TestGraph } from '../support/testGraph';

const valid = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

/** Every statement's transaction metadata, as handed to the driver (which sends it to Neo4j with RUN). */
const sent: (Record<string, unknown> | undefined)[] = [];

/** A real driver whose sessions note the metadata of each statement before running it against the test Neo4j. */
function notingDriver(): Driver {
  const driver = createDriver({ uri: process.env.TEST_NEO4J_URI!, user: 'neo4j', password: '' });
  const openSession = driver.session.bind(driver);
  driver.session = (config) => {
    const session: Session = openSession(config);
    const run = session.run.bind(session);
    session.run = ((query: string, parameters?: Record<string, unknown>, transactionConfig?: { metadata?: Record<string, unknown> }) => {
      sent.push(transactionConfig?.metadata);
      return run(query, parameters, transactionConfig);
    }) as Session['run'];
    return session;
  };
  return driver;
}

let graph: TestGraph;
let driver: Driver;
let api: TestApi;

beforeAll(async () => {
  graph = testGraph();
  await graph.reset();
  await loadSeed(graph.db);
  driver = notingDriver();
  api = await startTestApi(new Database(driver, { database: 'neo4j', queryTimeoutMs: 30_000 }));
});

afterAll(async () => {
  await api.close();
  await driver.close();
  await graph.close();
});

beforeEach(() => {
  sent.length = 0;
});

async function askWith(traceparent: string): Promise<void> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', traceparent },
    body: JSON.stringify({ query: '{ event(id: "event:derna-airstrikes-2017-10-30") { id attributions { actor { name } } } }' }),
  });
  expect(response.status).toBe(200);
  expect(((await response.json()) as { data: { event: { id: string } } }).data.event.id).toBe('event:derna-airstrikes-2017-10-30');
}

test('tags every statement of a GraphQL request with the caller’s traceparent', async () => {
  await askWith(valid);
  expect(sent).toHaveLength(2);
  expect(sent).toEqual([{ traceparent: valid }, { traceparent: valid }]);
});

test('sends no metadata for a malformed traceparent, and keeps one request’s traceparent out of the next', async () => {
  await askWith(valid);
  sent.length = 0;
  await askWith('00-not-a-trace-01');
  expect(sent).toHaveLength(2);
  expect(sent).toEqual([undefined, undefined]);
});

test('tags an export’s statements too', async () => {
  const response = await fetch(`${api.baseUrl}/export/events.csv?limit=5`, { headers: { traceparent: valid } });
  expect(response.status).toBe(200);
  expect(sent.length).toBeGreaterThan(0);
  expect(sent.every((metadata) => metadata?.traceparent === valid)).toBe(true);
});
