// Bounds on database queries at once, and the database's time shared between callers: a lone caller may take every
// place; with others present, a caller runs at most its per-caller bound and no more than the busiest of them has used;
// free places go to the caller that used least; a query that waits too long gets DATABASE_UNAVAILABLE (BUSY); a request
// runs at most its own bound, the rest queued inside it.
import {
  callerPresenceMs,
  FairQueryGate,
  RequestQueryLane,
  usageFadeMs,
  type Release,
} from '../../../src/db/queryGate';
import { DatabaseUnavailableError } from '../../../src/errors/DatabaseUnavailableError';

/** Lets promise callbacks that are ready run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A gate on a clock the test moves. */
function gate(perCaller: number, total: number, queueTimeoutMs = 60_000) {
  const clock = { now: 0 };
  return Object.assign(new FairQueryGate({ perCaller, total, queueTimeoutMs }, () => clock.now), { clock });
}

type TestGate = ReturnType<typeof gate>;

/** Enters the gate and notes, in `order`, when the place is granted. */
function enter(g: FairQueryGate, caller: string, order: string[], label = caller): Promise<Release> {
  return g.enter(caller).then((release) => {
    order.push(label);
    return release;
  });
}

/** One query of `caller` that holds its place for `ms` on the test's clock. */
async function query(g: TestGate, caller: string, ms: number): Promise<void> {
  const release = await g.enter(caller);
  g.clock.now += ms;
  release();
}

afterEach(() => {
  jest.useRealTimers();
});

test('a lone caller may take every place; once another caller is present it gets the next free place, and the first no more than its bound', async () => {
  const g = gate(2, 4);
  const order: string[] = [];
  const flood = [
    await enter(g, 'flood', order),
    await enter(g, 'flood', order),
    await enter(g, 'flood', order),
    await enter(g, 'flood', order),
  ];
  const queued = enter(g, 'flood', order, 'flood 5');
  await settle();
  expect(g.load()).toEqual({ running: 4, waiting: 1, callers: 1 });
  // Another caller arrives: the next free place is its, though the flood asked first.
  const other = enter(g, 'other', order);
  flood[0]();
  const otherRelease = await other;
  // A place is free, but the flood runs two, its bound now that it is not alone.
  flood[1]();
  await settle();
  expect(order.slice(4)).toEqual(['other']);
  expect(g.load()).toEqual({ running: 3, waiting: 1, callers: 2 });
  flood[2]();
  const fifth = await queued;
  expect(order.slice(4)).toEqual(['other', 'flood 5']);
  for (const release of [flood[3], fifth, otherRelease]) release();
});

test('with places free, a caller that used the database more than every other present caller waits until one of them catches up', async () => {
  const g = gate(4, 10);
  await query(g, 'quiet', 10);
  // The flood may start (it has used nothing yet) and holds its place ten times longer.
  await query(g, 'flood', 100);
  const order: string[] = [];
  const waiting = enter(g, 'flood', order, 'flood again');
  await settle();
  expect(order).toEqual([]);
  expect(g.load()).toEqual({ running: 0, waiting: 1, callers: 2 });
  expect(g.usageOf('flood')).toBeGreaterThan(g.usageOf('quiet'));
  // The quiet caller asks more than the flood has used: the flood's query may start.
  await query(g, 'quiet', 200);
  (await waiting)();
  expect(order).toEqual(['flood again']);
});

test('what a caller ran while alone is not held against it when another comes', async () => {
  const g = gate(4, 10);
  await query(g, 'batch', 5_000);
  (await g.enter('other'))();
  expect(g.usageOf('batch')).toBe(0);
  const release = await g.enter('batch');
  release();
});

test('use fades: a query that held its place counts e times less after usageFadeMs', async () => {
  const g = gate(4, 10);
  (await g.enter('other'))();
  await query(g, 'a', 1_000);
  g.clock.now += usageFadeMs;
  expect(g.usageOf('a')).toBeCloseTo(1_000 / Math.E, 5);
});

test('a freed place goes to the waiting caller that used the database least, not to the one that asked first', async () => {
  const g = gate(10, 2);
  await query(g, 'light', 1);
  await query(g, 'heavy', 50);
  const held = [await g.enter('x'), await g.enter('y')];
  const order: string[] = [];
  const heavyWaits = enter(g, 'heavy', order);
  const lightWaits = enter(g, 'light', order);
  await settle();
  held[0]();
  const light = await lightWaits;
  expect(order).toEqual(['light']);
  held[1]();
  light();
  // The heavy caller has used more than any other present: it waits, places free, until they are gone.
  await settle();
  expect(order).toEqual(['light']);
  g.clock.now += callerPresenceMs;
  expect(g.load()).toEqual({ running: 1, waiting: 0, callers: 1 });
  (await heavyWaits)();
  expect(order).toEqual(['light', 'heavy']);
});

test('among callers that used the database alike, the one waiting longest goes first; within a caller, in order of arrival', async () => {
  const g = gate(10, 2);
  const order: string[] = [];
  const held = [await enter(g, 'x', order), await enter(g, 'y', order)];
  const waits = [enter(g, 'b', order, 'b1'), enter(g, 'c', order, 'c1'), enter(g, 'b', order, 'b2')];
  await settle();
  held[0]();
  const b1 = await waits[0];
  held[1]();
  const c1 = await waits[1];
  expect(order.slice(2)).toEqual(['b1', 'c1']);
  expect(g.load().waiting).toBe(1);
  b1();
  (await waits[2])();
  c1();
});

test('a caller stays present for a while after its last query; once it is forgotten, the other may run as if alone', async () => {
  const g = gate(1, 10);
  (await g.enter('other'))();
  g.clock.now = callerPresenceMs - 1;
  const first = await g.enter('flood');
  const second = g.enter('flood');
  await settle();
  expect(g.load()).toEqual({ running: 1, waiting: 1, callers: 2 });
  g.clock.now = callerPresenceMs * 2;
  // Alone again: its waiting query runs, and a third one at once.
  expect(g.load()).toEqual({ running: 2, waiting: 0, callers: 1 });
  const third = await g.enter('flood');
  expect(g.load()).toEqual({ running: 3, waiting: 0, callers: 1 });
  for (const release of [first, await second, third]) release();
});

test('a query held back by a caller who has since gone starts without anything else happening', async () => {
  jest.useFakeTimers();
  const g = gate(4, 10);
  (await g.enter('other'))();
  await query(g, 'flood', 100);
  const order: string[] = [];
  const held = enter(g, 'flood', order);
  await Promise.resolve();
  expect(order).toEqual([]);
  // No query starts or ends; the other caller's presence runs out.
  g.clock.now += callerPresenceMs;
  jest.advanceTimersByTime(callerPresenceMs);
  (await held)();
  expect(order).toEqual(['flood']);
});

test('never runs more than the total, however many callers ask', async () => {
  const g = gate(3, 5);
  let running = 0;
  let most = 0;
  const work = async (caller: string) => {
    const release = await g.enter(caller);
    running += 1;
    most = Math.max(most, running);
    await settle();
    running -= 1;
    release();
  };
  await Promise.all(Array.from({ length: 60 }, (_, i) => work(`caller ${i % 7}`)));
  expect(most).toBe(5);
  expect(g.load()).toEqual({ running: 0, waiting: 0, callers: 7 });
  g.clock.now = callerPresenceMs;
  expect(g.load()).toEqual({ running: 0, waiting: 0, callers: 0 });
});

test('a query that waits past the queue timeout fails with DATABASE_UNAVAILABLE, reason BUSY, and leaves the queue', async () => {
  jest.useFakeTimers();
  const g = gate(1, 1, 500);
  const held = await g.enter('a');
  const waiting = g.enter('b');
  jest.advanceTimersByTime(499);
  expect(g.load().waiting).toBe(1);
  jest.advanceTimersByTime(1);
  const error = await waiting.catch((failure: unknown) => failure);
  expect(error).toBeInstanceOf(DatabaseUnavailableError);
  expect(error).toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE', reason: 'BUSY' } });
  expect((error as Error).message).toMatch(/waited 500 ms \(DB_QUEUE_TIMEOUT_MS\)/);
  expect(g.load()).toMatchObject({ running: 1, waiting: 0 });
  held();
  expect(g.load()).toMatchObject({ running: 0, waiting: 0 });
});

test('releasing twice frees one place only', async () => {
  const g = gate(5, 5);
  const release = await g.enter('a');
  const other = await g.enter('a');
  release();
  release();
  expect(g.load().running).toBe(1);
  other();
});

test('a request runs at most its bound of queries at once, the others in order of arrival, and every one completes', async () => {
  const lane = new RequestQueryLane(gate(100, 100), 'a', 3);
  let running = 0;
  let most = 0;
  const started: number[] = [];
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      lane.run(async () => {
        started.push(i);
        running += 1;
        most = Math.max(most, running);
        await settle();
        running -= 1;
        return i * 2;
      }),
    ),
  );
  expect(most).toBe(3);
  expect(started).toEqual(Array.from({ length: 20 }, (_, i) => i));
  expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
});

test('a failing query gives its places back, in the request and in the gate', async () => {
  const g = gate(1, 1);
  const lane = new RequestQueryLane(g, 'a', 1);
  await expect(lane.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  await expect(lane.run(() => Promise.resolve('after'))).resolves.toBe('after');
  expect(g.load()).toMatchObject({ running: 0, waiting: 0 });
});

test('two requests of one caller share its bound; a request of another caller is not held up by them', async () => {
  const g = gate(2, 10);
  // Another caller was here a moment ago.
  (await g.enter('other'))();
  const flood = [new RequestQueryLane(g, 'flood', 2), new RequestQueryLane(g, 'flood', 2)];
  const blockers: (() => void)[] = [];
  const block = () => new Promise<void>((resolve) => blockers.push(resolve));
  const floodQueries = flood.flatMap((lane) => [lane.run(block), lane.run(block)]);
  await settle();
  expect(blockers).toHaveLength(2);
  expect(g.load()).toMatchObject({ running: 2, waiting: 2 });
  await expect(new RequestQueryLane(g, 'other', 2).run(() => Promise.resolve('answered'))).resolves.toBe('answered');
  // The flood's queries held their places no time on the test's clock: it has used no more than the other.
  while (blockers.length > 0) {
    blockers.shift()?.();
    await settle();
  }
  await Promise.all(floodQueries);
});
