// One caller's flood of heavy queries over real HTTP: it gets clean answers (or a clean refusal with a stable code, never
// INTERNAL_SERVER_ERROR, never a stack trace), identical statements of one request run once, and another caller's
// plain query is answered while the flood is still going. Pool exhaustion and a crash of a resolver are answered
// cleanly too. Behaviour only: the timing targets are the reliability script's (scripts/reliability/noisyNeighbour.ts).
import neo4j from 'neo4j-driver';

import { floodQueries } from '../../scripts/reliability/noisyNeighbour';
import { ApiKeyService } from '../../src/auth/ApiKeyService';
import { Role } from '../../src/auth/Role';
import { Database } from '../../src/db/database';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { loadSeed } from '../../src/seed/loadSeed';
import { startGuardedApi, type GuardedApi, type RawResponse } from '../support/guardedApi';
import { syntheticBundle } from '../support/syntheticGraph';
import { testGraph, type TestGraph } from '../support/testGraph';

let graph: TestGraph;
let api: GuardedApi;
let flooder: Record<string, string>;
let neighbour: Record<string, string>;
const nodeEnv = process.env.NODE_ENV;

const plainQuery = '{ event(id: "event:derna-airstrikes-2017-10-30") { kind startDate } }';
const plainAnswer = { event: { kind: 'AIRSTRIKE', startDate: '2017-10-30' } };
const { sameList, distinctLists } = floodQueries(200);

interface ErrorShape {
  message: string;
  extensions?: Record<string, unknown>;
}

/** Every error has a stable code other than INTERNAL_SERVER_ERROR, and none carries a stack trace. */
function expectClean(
  response: RawResponse,
  allowedCodes: RegExp = /^(DATABASE_UNAVAILABLE|QUERY_TOO_COMPLEX|RATE_LIMITED|QUERY_TIMEOUT)$/,
): void {
  expect(response.status === 200 || response.status === 503).toBe(true);
  const errors: ErrorShape[] = response.body.errors ?? [];
  for (const error of errors) {
    expect(error.extensions?.code).toMatch(allowedCodes);
    expect(error.extensions).not.toHaveProperty('stacktrace');
  }
}

beforeAll(async () => {
  // Apollo shows stack traces by default under NODE_ENV=development; the API must not.
  process.env.NODE_ENV = 'development';
  graph = testGraph();
  await graph.reset();
  await loadSeed(graph.db);
  // Enough events that every list fills its page of 100.
  await ingestBundle(graph.db, syntheticBundle(150), { by: 'test' });
  const keys = new ApiKeyService(graph.db);
  const bearer = async (name: string) => ({
    authorization: `Bearer ${(await keys.create(name, [Role.READER], 'test')).secret}`,
  });
  flooder = await bearer('flooder');
  neighbour = await bearer('neighbour');
  // The shipped bounds (defaultQueryConcurrency); anonymous callers get no role, so each request is a keyed caller.
  api = await startGuardedApi(graph.db, { anonymousRole: null });
});

afterAll(async () => {
  process.env.NODE_ENV = nodeEnv;
  await api.close();
  await graph.close();
});

test('200 aliases of one list run its statement once and all answer alike', async () => {
  const response = await api.post({ query: sameList }, flooder);
  expectClean(response);
  expect(response.body.errors).toBeUndefined();
  const totals = new Set(
    Object.values(response.body.data as Record<string, { totalCount: number }>).map((list) => list.totalCount),
  );
  expect(totals.size).toBe(1);
  expect([...totals][0]).toBeGreaterThan(150);
  expect(response.body.extensions.cypherRoundTrips).toBe(1);
});

test('200 different lists in one request run one statement each, all answered, none refused', async () => {
  const response = await api.post({ query: distinctLists }, flooder);
  expectClean(response);
  expect(response.body.errors).toBeUndefined();
  expect(Object.keys(response.body.data)).toHaveLength(200);
  expect(response.body.extensions.cypherRoundTrips).toBe(200);
});

test('during a flood of such requests from one caller, another caller is answered first, and the flood gets clean answers', async () => {
  const finished: string[] = [];
  const flood = Array.from({ length: 4 }, (_, i) =>
    api.post({ query: i % 2 === 0 ? distinctLists : sameList }, flooder).then((response) => {
      finished.push('flood');
      return response;
    }),
  );
  // The flood's first queries are running by now.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const plain = await api.post({ query: plainQuery }, neighbour);
  finished.push('neighbour');
  expect(plain.status).toBe(200);
  expect(plain.body.errors).toBeUndefined();
  expect(plain.body.data).toEqual(plainAnswer);
  for (const response of await Promise.all(flood)) expectClean(response);
  // The neighbour's answer came while flood requests were still waiting for theirs.
  expect(finished.indexOf('neighbour')).toBeLessThan(finished.length - 1);
  expect(finished.filter((who) => who === 'flood').length).toBe(4);
});

test('an exhausted connection pool answers DATABASE_UNAVAILABLE with reason POOL_EXHAUSTED, without a stack trace', async () => {
  // A driver with one pooled connection, held by an open transaction: the API's query cannot get one.
  const uri = process.env.TEST_NEO4J_URI as string;
  const tiny = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), {
    maxConnectionPoolSize: 1,
    connectionAcquisitionTimeout: 300,
    disableLosslessIntegers: true,
  });
  const holder = tiny.session();
  const tx = await holder.beginTransaction();
  await tx.run('RETURN 1');
  const starved = await startGuardedApi(new Database(tiny, { database: 'neo4j', queryTimeoutMs: 30_000 }));
  try {
    const response = await starved.post({ query: plainQuery });
    expectClean(response, /^DATABASE_UNAVAILABLE$/);
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors[0].extensions.reason).toBe('POOL_EXHAUSTED');
    expect(response.body.errors[0].message).toMatch(/within 300 ms \(NEO4J_ACQUISITION_TIMEOUT_MS\); retry shortly/);
    expect(response.body.data).toBeNull();
  } finally {
    await starved.close();
    await tx.rollback();
    await holder.close();
    await tiny.close();
  }
});

test('a failure no mapping knows is the masked INTERNAL_SERVER_ERROR with the request id, never the error itself or a stack trace', async () => {
  class Broken extends Database {
    override forRequest(): Database {
      return this;
    }
    override read<Row>(): Promise<Row[]> {
      return Promise.reject(new TypeError("Cannot read properties of undefined (reading 'records')"));
    }
  }
  const broken = await startGuardedApi(new Broken(graph.driver, { database: 'neo4j', queryTimeoutMs: 30_000 }));
  try {
    const response = await broken.post({ query: plainQuery });
    expect(response.status).toBe(200);
    expect(response.body.errors).toEqual([
      {
        message: 'Internal server error; the request id in the response extensions identifies it in the logs.',
        locations: [{ line: 1, column: 3 }],
        path: ['event'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(typeof response.body.extensions.requestId).toBe('string');
  } finally {
    await broken.close();
  }
});

test('stack traces are answered only when explicitly asked for', async () => {
  const verbose = await startGuardedApi(graph.db, { errorStacktraces: true });
  try {
    const unknownField = { query: '{ nothingHere }' };
    expect((await verbose.post(unknownField)).body.errors[0].extensions.stacktrace).toEqual(expect.any(Array));
    expect((await api.post(unknownField, flooder)).body.errors[0].extensions).not.toHaveProperty('stacktrace');
  } finally {
    await verbose.close();
  }
});
