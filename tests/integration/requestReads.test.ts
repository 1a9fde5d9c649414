// Within one request, a statement with the same parameters runs once, however many fields ask for it: while it runs and
// for the request's latest answered reads; a write, or a failure, forgets. Against the real Neo4j.
import { answeredReadsKept, Database, RoundTripCounter } from '../../src/db/database';
import { FairQueryGate, RequestQueryLane } from '../../src/db/queryGate';
import { loadSeed } from '../../src/seed/loadSeed';
import { testGraph, type TestGraph } from '../support/testGraph';

let graph: TestGraph;

beforeAll(async () => {
  graph = testGraph();
  await graph.reset();
  await loadSeed(graph.db);
});

afterAll(() => graph.close());

function request(): { db: Database; counter: RoundTripCounter } {
  const counter = new RoundTripCounter();
  return { db: graph.db.forRequest({ counter }), counter };
}

const egypt = { ids: ['actor:egypt'] };

test('the same statement with the same parameters, asked at once or later, is sent once and answers alike', async () => {
  const { db, counter } = request();
  const [first, second] = await Promise.all([db.read('actorsByIds', egypt), db.read('actorsByIds', { ...egypt })]);
  const later = await db.read('actorsByIds', egypt);
  expect(counter.count).toBe(1);
  expect(second).toEqual(first);
  expect(later).toEqual(first);
  expect(first).toHaveLength(1);
  // Each caller gets its own list of the shared rows.
  expect(second).not.toBe(first);
});

test('other parameters, another statement, or another request are sent on their own', async () => {
  const { db, counter } = request();
  await Promise.all([
    db.read('actorsByIds', egypt),
    db.read('actorsByIds', { ids: ['actor:dmsc'] }),
    db.read('sourcesByIds', egypt),
  ]);
  expect(counter.count).toBe(3);
  const other = request();
  await other.db.read('actorsByIds', egypt);
  expect(other.counter.count).toBe(1);
});

test('a write forgets what the request read: the same read afterwards is sent again', async () => {
  const { db, counter } = request();
  await db.read('countGraph');
  await db.write(async () => undefined);
  await db.read('countGraph');
  expect(counter.count).toBe(2);
});

test('a failed read is forgotten: asked again, it is sent again', async () => {
  const { db, counter } = request();
  // @ts-expect-error: the parameter is left out on purpose, so that Neo4j refuses the read
  await expect(db.read('actorsByIds', {})).rejects.toMatchObject({
    code: 'Neo.ClientError.Statement.ParameterMissing',
  });
  // @ts-expect-error: as above
  await expect(db.read('actorsByIds', {})).rejects.toMatchObject({
    code: 'Neo.ClientError.Statement.ParameterMissing',
  });
  expect(counter.count).toBe(2);
});

test(`only the ${answeredReadsKept} latest answered reads are kept`, async () => {
  const { db, counter } = request();
  await db.read('actorsByIds', { ids: ['first'] });
  for (let i = 0; i < answeredReadsKept; i += 1) await db.read('actorsByIds', { ids: [`other-${i}`] });
  expect(counter.count).toBe(answeredReadsKept + 1);
  await db.read('actorsByIds', { ids: [`other-${answeredReadsKept - 1}`] });
  expect(counter.count).toBe(answeredReadsKept + 1);
  await db.read('actorsByIds', { ids: ['first'] });
  expect(counter.count).toBe(answeredReadsKept + 2);
});

test('reads through a request’s lane all answer, at most its bound at once', async () => {
  const gate = new FairQueryGate({ perCaller: 2, total: 4, queueTimeoutMs: 10_000 });
  let most = 0;
  const counter = new RoundTripCounter();
  const db = graph.db.forRequest({ counter, lane: new RequestQueryLane(gate, 'caller', 2) });
  const watch = setInterval(() => (most = Math.max(most, gate.load().running)), 1);
  try {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => db.read('actorsByIds', { ids: [`actor-${i}`] })),
    );
    expect(answers.every((rows) => rows.length === 0)).toBe(true);
  } finally {
    clearInterval(watch);
  }
  expect(counter.count).toBe(12);
  expect(most).toBeLessThanOrEqual(2);
  expect(gate.load()).toMatchObject({ running: 0, waiting: 0 });
});
