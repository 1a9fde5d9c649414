// When Neo4j stops the API says so fast and stays up; when Neo4j returns the API recovers by itself.
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';

import { bundlePresence, taggedBundle } from '../../scripts/reliability/taggedBundle';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { applySchema } from '../../src/db/migrate';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { startLocalNeo4j, type LocalNeo4jHandle } from '../../src/localNeo4j/localNeo4j';
import { repoRoot } from '../../src/repoRoot';
import { freePort } from '../support/freePort';
import { startGuardedApi, type GuardedApi } from '../support/guardedApi';

let dataDir: string;
let port: number;
let neo4jHandle: LocalNeo4jHandle | undefined;
let driver: Driver;
let db: Database;
let api: GuardedApi;

const startNeo4j = async (): Promise<LocalNeo4jHandle> =>
  startLocalNeo4j({ dataDir, port, heap: '512m', pageCache: '64m', watchParent: true });

const eventQuery = { query: '{ event(id: "event:outage-before") { id title } }' };

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(repoRoot, '.neo4j', 'outage-'));
  port = await freePort();
  neo4jHandle = await startNeo4j();
  // The API's own bounds, short so that this test's outage answers come back quickly.
  driver = createDriver({
    uri: neo4jHandle.uri,
    user: 'neo4j',
    password: '',
    timeouts: { connectionTimeoutMs: 1_000, acquisitionTimeoutMs: 2_000, maxRetryTimeMs: 1_000 },
  });
  await applySchema(driver, 'neo4j');
  // Generous: a freshly started JVM on a busy machine is slow at first, and this test is about outages, not timeouts.
  db = new Database(driver, { database: 'neo4j', queryTimeoutMs: 60_000, maxRetryTimeMs: 1_000 });
  await ingestBundle(db, taggedBundle('outage-before'), { by: 'test' });
  api = await startGuardedApi(db);
});

afterAll(async () => {
  await api?.close();
  await driver?.close();
  await neo4jHandle?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function eventually<T>(attempt: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await attempt();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

test('Neo4j stopping, then returning: unready and DATABASE_UNAVAILABLE while down, answers again after, with no restart', async () => {
  expect((await api.send({ method: 'GET', path: '/health/ready' })).body).toEqual({ status: 'ready', database: 'up' });
  expect((await api.post(eventQuery)).body.data).toEqual({
    event: { id: 'event:outage-before', title: 'Strike outage-before' },
  });

  await neo4jHandle?.stop();
  neo4jHandle = undefined;

  const ready = await api.send({ method: 'GET', path: '/health/ready' });
  expect(ready.status).toBe(503);
  expect(ready.body).toEqual({ status: 'unready', database: 'down' });
  expect((await api.send({ method: 'GET', path: '/health/live' })).body).toEqual({ status: 'live' });

  const read = await api.post(eventQuery);
  expect(read.status).toBe(200);
  expect(read.body.data).toBeNull();
  expect(read.body.errors).toHaveLength(1);
  expect(read.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
  expect(read.body.errors[0].message).toMatch(
    /^The graph database is unavailable right now \([A-Z_]+\): .+; retry shortly\.$/,
  );
  expect(['UNREACHABLE', 'CONNECTION_LOST']).toContain(read.body.errors[0].extensions.reason);

  // A write while down is refused whole: nothing of it is there once Neo4j is back.
  await expect(ingestBundle(db, taggedBundle('outage-during'), { by: 'test' })).rejects.toMatchObject({
    extensions: { code: 'DATABASE_UNAVAILABLE' },
  });

  neo4jHandle = await startNeo4j();
  const recovered = await eventually(
    () => api.post(eventQuery),
    (response) => response.body.data?.event !== undefined,
    60_000,
  );
  expect(recovered.body).toMatchObject({ data: { event: { id: 'event:outage-before' } } });
  expect((await api.send({ method: 'GET', path: '/health/ready' })).status).toBe(200);
  expect(await bundlePresence(db, 'outage-during')).toEqual({ found: 0, duplicates: 0 });
  expect(await bundlePresence(db, 'outage-before')).toEqual({ found: 6, duplicates: 0 });

  // And writes work again through the same driver.
  await ingestBundle(db, taggedBundle('outage-after'), { by: 'test' });
  expect(await bundlePresence(db, 'outage-after')).toEqual({ found: 6, duplicates: 0 });
});

test('writes in flight when Neo4j stops each land whole or not at all, and every acknowledged one is there', async () => {
  // Four writers ingest bundles one after another; Neo4j is stopped once a few have landed, and each writer
  // makes a few more attempts during the outage.
  const tags: string[] = [];
  const acknowledged: string[] = [];
  let refusedDuringOutage = 0;
  let stopped = false;
  const writer = async (w: number): Promise<void> => {
    for (let i = 0, afterStop = 0; afterStop < 3; i += 1) {
      const tag = `outage-flight-${w}-${i}`;
      tags.push(tag);
      if (stopped) afterStop += 1;
      try {
        await ingestBundle(db, taggedBundle(tag), { by: 'test' });
        acknowledged.push(tag);
      } catch (error) {
        expect(error).toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
        refusedDuringOutage += 1;
      }
    }
  };
  const writes = Promise.all([0, 1, 2, 3].map(writer));
  await eventually(
    async () => acknowledged.length,
    (count) => count >= 6,
    60_000,
  );
  const stopping = neo4jHandle?.stop();
  stopped = true;
  await stopping;
  neo4jHandle = undefined;
  await writes;
  neo4jHandle = await startNeo4j();
  await eventually(
    () => db.ping(),
    (up) => up,
    60_000,
  );

  // One tag after another: all at once asked the freshly restarted Neo4j for a connection each, more than the pool has.
  const presence: { tag: string; found: number; duplicates: number }[] = [];
  for (const tag of tags) presence.push({ tag, ...(await bundlePresence(db, tag)) });
  expect(presence.filter((bundle) => bundle.found !== 0 && bundle.found !== 6)).toEqual([]);
  expect(presence.filter((bundle) => bundle.duplicates !== 0)).toEqual([]);
  expect(presence.filter((bundle) => acknowledged.includes(bundle.tag) && bundle.found !== 6)).toEqual([]);
  // The outage really cut the load in two: some writes landed before it and some were refused during it.
  expect(acknowledged.length).toBeGreaterThanOrEqual(6);
  expect(refusedDuringOutage).toBeGreaterThan(0);
});
