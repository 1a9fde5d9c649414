// The per-query Neo4j transaction timeout (NEO4J_QUERY_TIMEOUT_MS): a read or a write running past it is stopped,
// reported as QUERY_TIMEOUT naming the limit and its value, changes nothing, and leaves the server answering.
// How long a query takes depends on the machine and on what Neo4j has already planned, so the tests make the
// hurried statements wait on a lock another transaction holds: they run past the timeout on any machine.
import type { Transaction } from 'neo4j-driver';

import { Database } from '../../src/db/database';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { syntheticBundle } from '../support/syntheticGraph';
import { startTestApi, type TestApi } from '../support/testApi';
import { testGraph, type TestGraph } from '../support/testGraph';

const tinyTimeoutMs = 1;

let graph: TestGraph;
let hurried: TestApi;
let normal: TestApi;

beforeAll(async () => {
  graph = testGraph();
  await graph.reset();
  await ingestBundle(graph.db, syntheticBundle(300), { by: 'test' });
  hurried = await startTestApi(new Database(graph.driver, { database: 'neo4j', queryTimeoutMs: tinyTimeoutMs }));
  normal = await startTestApi(graph.db);
});

afterAll(async () => {
  await hurried.close();
  await normal.close();
  await graph.reset();
  await graph.close();
});

/**
 * Runs `work` while another transaction holds `lock`, then rolls that transaction back, leaving the graph as it was.
 * Reads through an index take a shared lock on the index's label, so an uncommitted index on :Event holds them up;
 * a MERGE on an id waits for an uncommitted node with the same id.
 */
async function whileLocked<T>(lock: string, work: () => Promise<T>): Promise<T> {
  const session = graph.driver.session();
  let tx: Transaction | undefined;
  try {
    tx = session.beginTransaction();
    await tx.run(lock);
    return await work();
  } finally {
    await tx?.rollback();
    await session.close();
  }
}

const lockEventLabel = 'CREATE INDEX query_timeout_test_lock FOR (e:Event) ON (e.queryTimeoutTestLock)';
const lockTimeoutActor = "CREATE (:Actor {id: 'actor:timeout-0', name: 'Held by the test'})";

const bigRead = '{ events(first: 100) { totalCount edges { node { id title claims { id source { name } } } } } }';

const ingest = 'mutation ($bundle: DocumentBundleInput!) { ingestBundle(bundle: $bundle) { nodesCreated } }';

/** New actors and sources, none of which the graph holds yet. */
function freshBundle() {
  return {
    documents: [],
    actors: Array.from({ length: 450 }, (_, i) => ({
      id: `actor:timeout-${i}`,
      name: `Timeout Actor ${i}`,
      kind: 'ARMED_GROUP',
    })),
    actorTies: [],
    actorPlaceTies: [],
    locations: [],
    sources: Array.from({ length: 450 }, (_, i) => ({
      id: `source:timeout-${i}`,
      name: `Timeout Source ${i}`,
      kind: 'NEWS_OUTLET',
    })),
    events: [],
    claims: [],
  };
}

function expectTimeout(response: Awaited<ReturnType<TestApi['gql']>>): void {
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error.extensions?.code).toBe('QUERY_TIMEOUT');
  expect(error.extensions).toMatchObject({ limit: 'NEO4J_QUERY_TIMEOUT_MS', timeoutMs: tinyTimeoutMs });
  expect(error.message).toBe(
    `The query took longer than the database timeout (NEO4J_QUERY_TIMEOUT_MS) of ${tinyTimeoutMs} ms and was stopped, changing nothing; narrow the filters or ask for a smaller page.`,
  );
}

test('a read past the timeout is QUERY_TIMEOUT naming NEO4J_QUERY_TIMEOUT_MS and its value, and the server answers the next request', async () => {
  const response = await whileLocked(lockEventLabel, () => hurried.gql(bigRead));
  expectTimeout(response);
  expect(response.data?.events ?? null).toBeNull();

  // The same server answers what needs no database, and the database answers the next request at once.
  expect((await hurried.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  const next = await normal.gql('{ event(id: "event:syn-7") { title } }');
  expect(next.errors).toBeUndefined();
  expect(next.data!.event).toEqual({ title: 'Synthetic event 7' });
});

test('the same read answers under the normal timeout, so what stopped it above was the timeout', async () => {
  const response = await normal.gql(bigRead);
  expect(response.errors).toBeUndefined();
  expect(response.data!.events.totalCount).toBe(300);
  expect(response.data!.events.edges).toHaveLength(100);
});

test('a bundle ingest past the timeout is QUERY_TIMEOUT and writes nothing; the same bundle under the normal timeout writes', async () => {
  const before = await graph.counts();
  expectTimeout(await whileLocked(lockTimeoutActor, () => hurried.gql(ingest, { bundle: freshBundle() })));
  expect(await graph.counts()).toEqual(before);

  const written = await normal.gql(ingest, { bundle: freshBundle() });
  expect(written.errors).toBeUndefined();
  expect(written.data!.ingestBundle.nodesCreated).toBe(900);
  expect((await graph.counts()).nodes).toBe(before.nodes + 900);
});
