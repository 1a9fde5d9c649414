// Starts the benchmark's Neo4j for one size (its own data dir under .neo4j/bench-<size>, its own port) and loads the
// generated graph into it once, in batches through ingestBundle. A loaded size is reused by later runs, and the load
// that filled it is recorded beside its data (bench-load.json), so every run can report it.
// `npm run bench:load -- 10k [100k 1m]` loads and stops; `--again` first deletes those sizes' data, to measure the
// load anew. bench/run.ts calls openBenchGraph.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';

import { Database } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { applySchema } from '../src/db/migrate';
import { ingestBundle } from '../src/ingest/ingestBundle';
import { localNeo4jStatus, startLocalNeo4j, type LocalNeo4jHandle } from '../src/localNeo4j/localNeo4j';
import { repoRoot } from '../src/repoRoot';
import { baseBundle, eventCountFor, eventsBundle } from './generate';
import { loadCell, readLoadRecord, recordOfLoad, writeLoadRecord, type LoadRecord } from './loadRecord';

export const sizes = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 } as const;
export type SizeName = keyof typeof sizes;
const ports: Record<SizeName, number> = { '10k': 7810, '100k': 7811, '1m': 7812 };
export const SEED = 20261124;
const EVENTS_PER_BATCH = 1000;

export interface BenchGraph {
  size: SizeName;
  neo4j: LocalNeo4jHandle;
  driver: Driver;
  db: Database;
  /** Seconds the load took in this run; null when the size was already loaded. */
  loadSeconds: number | null;
  /** The load that filled this size, in this run or an earlier one; null when none was recorded (an older or resumed load). */
  load: LoadRecord | null;
  counts: { events: number; claims: number; nodes: number };
  close(): Promise<void>;
}

const say = (line: string) => process.stdout.write(line);

const dataDirOf = (size: SizeName) => path.join(repoRoot, '.neo4j', `bench-${size}`);
const loadRecordOf = (size: SizeName) => path.join(dataDirOf(size), 'bench-load.json');

function currentCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

export async function openBenchGraph(size: SizeName): Promise<BenchGraph> {
  const big = size === '1m';
  const neo4j = await startLocalNeo4j({
    dataDir: dataDirOf(size),
    port: ports[size],
    heap: big ? '3g' : '2g',
    pageCache: big ? '3g' : '1g',
    watchParent: true,
  });
  const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: '' });
  const db = new Database(driver, { database: 'neo4j', queryTimeoutMs: 600_000 });
  await applySchema(driver, 'neo4j');
  const eventTotal = eventCountFor(sizes[size]);
  let loadSeconds: number | null = null;
  const eventsBefore = await countOf(driver, 'Event');
  if (eventsBefore < eventTotal) loadSeconds = await load(db, driver, size, eventTotal);
  const counts = {
    events: await countOf(driver, 'Event'),
    claims: await countOf(driver, 'Claim'),
    nodes: await countOf(driver, 'Entity'),
  };
  const record = recordOfLoad({ seconds: loadSeconds, eventsBefore, counts }, new Date(), currentCommit);
  if (record) writeLoadRecord(loadRecordOf(size), record);
  return {
    size,
    neo4j,
    driver,
    db,
    loadSeconds,
    counts,
    load: record ?? readLoadRecord(loadRecordOf(size)),
    close: async () => {
      await driver.close();
      await neo4j.stop();
    },
  };
}

async function countOf(driver: Driver, label: 'Event' | 'Claim' | 'Entity'): Promise<number> {
  // Labels cannot be parameters; the three are fixed strings from this file, never input.
  const queries = {
    Event: 'MATCH (n:Event) RETURN count(n) AS n',
    Claim: 'MATCH (n:Claim) RETURN count(n) AS n',
    Entity: 'MATCH (n:Entity) RETURN count(n) AS n',
  };
  const result = await driver.executeQuery(queries[label]);
  return Number(result.records[0].get('n'));
}

async function load(db: Database, driver: Driver, size: SizeName, eventTotal: number): Promise<number> {
  const started = performance.now();
  say(`loading ${size}: ${eventTotal} events (~${sizes[size]} claims) in batches of ${EVENTS_PER_BATCH}\n`);
  // The synthetic graph is the same on every commit: its events are distinct by construction, so nothing is reconciled
  // (matching would join neighbouring synthetic strikes, and the graph would change with the matching rules).
  await ingestBundle(db, baseBundle(), { by: 'bench', reconcile: false });
  // Resume where an interrupted load stopped: batches are idempotent (MERGE), so redoing the last is harmless.
  const done = await countOf(driver, 'Event');
  let claims = 0;
  for (let from = Math.max(0, done - EVENTS_PER_BATCH); from < eventTotal; from += EVENTS_PER_BATCH) {
    const bundle = eventsBundle(SEED, from, Math.min(eventTotal, from + EVENTS_PER_BATCH));
    await ingestBundle(db, bundle, { by: 'bench', reconcile: false });
    claims += bundle.claims.length;
    const seconds = (performance.now() - started) / 1000;
    const line = `  ${Math.min(eventTotal, from + EVENTS_PER_BATCH)}/${eventTotal} events, ${Math.round(claims / seconds)} claims/s`;
    if (process.stdout.isTTY) say(`\r${line}`);
    else if ((from / EVENTS_PER_BATCH) % 10 === 0) say(`${line}\n`);
  }
  const seconds = (performance.now() - started) / 1000;
  say(`\nloaded ${size} in ${seconds.toFixed(1)} s\n`);
  return Math.round(seconds * 10) / 10;
}

if (require.main === module) {
  (async () => {
    const args = process.argv.slice(2);
    const again = args.includes('--again');
    for (const arg of args.filter((a) => a !== '--again')) {
      if (!(arg in sizes)) throw new Error(`unknown size "${arg}"; use 10k, 100k or 1m (and --again to load anew)`);
      // The data is the generator's, the same for the same seed: deleting it loses nothing but the time to load it.
      if (again) {
        if ((await localNeo4jStatus(dataDirOf(arg as SizeName))).running)
          throw new Error(`the ${arg} bench Neo4j is running (a bench in progress?); stop it before loading anew`);
        rmSync(dataDirOf(arg as SizeName), { recursive: true, force: true });
      }
      const graph = await openBenchGraph(arg as SizeName);
      say(`${arg}: ${JSON.stringify(graph.counts)}; load ${loadCell(graph)}\n`);
      await graph.close();
    }
  })().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
