// The ACLED import's throughput (issue 23): a generated ACLED export (scripts/generateAcledCsv.ts, realistic in shape)
// imported into an empty graph, then imported again unchanged, through the same code as `npm run import:acled`, against
// its own Neo4j (.neo4j/bench-acled, emptied first; the bench sizes' heap and page cache). Memory: the bench process's
// RSS, sampled while it imports, at each quarter of the file; flat means memory does not grow with the file.
// bench/run.ts runs it after the query bench (BENCH_ACLED_ROWS, default 100000; 0 skips it).
// `npm run bench:acled [-- rows]` runs it alone and writes its figures into the latest results file and docs/performance.md.
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { writeAcledCsv } from '../scripts/generateAcledCsv';
import { importAcledCsv, type AcledImportReport } from '../src/acled/importAcledCsv';
import { Database } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { applySchema } from '../src/db/migrate';
import { startLocalNeo4j } from '../src/localNeo4j/localNeo4j';
import { repoRoot } from '../src/repoRoot';
import { renderMarkdown } from './report';
import type { AcledImportBench, BenchResults } from './results';

const SEED = 2017;
const PORT = 7813;
const say = (line: string) => process.stdout.write(`${line}\n`);

/** CPU seconds a process has used (user + system), from /proc; null where there is no /proc. */
function cpuSecondsOf(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;

interface Run {
  seconds: number;
  report: AcledImportReport;
  neo4jCpuSeconds: number | null;
  importerCpuSeconds: number;
  rssMbByQuarter: number[];
  peakRssMb: number;
  loadAverage: [number, number];
}

async function timedImport(db: Database, file: string, neo4jPid: number): Promise<Run> {
  const size = statSync(file).size;
  const stream = createReadStream(file);
  const rss: number[] = [];
  const quarters: number[] = [];
  let peak = 0;
  const sampler = setInterval(() => {
    const mb = process.memoryUsage().rss / 2 ** 20;
    peak = Math.max(peak, mb);
    rss.push(mb);
    // The RSS when each quarter of the file has been read.
    while (quarters.length < 4 && stream.bytesRead >= ((quarters.length + 1) / 4) * size) quarters.push(Math.round(mb));
  }, 200);
  const loadBefore = os.loadavg()[0];
  const neo4jBefore = cpuSecondsOf(neo4jPid);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const report = await importAcledCsv(db, stream, { by: 'bench' });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpuBefore);
  const neo4jAfter = cpuSecondsOf(neo4jPid);
  while (quarters.length < 4) quarters.push(Math.round(process.memoryUsage().rss / 2 ** 20));
  return {
    seconds: round1(seconds),
    report,
    neo4jCpuSeconds: neo4jBefore === null || neo4jAfter === null ? null : round1(neo4jAfter - neo4jBefore),
    importerCpuSeconds: round1((cpu.user + cpu.system) / 1e6),
    rssMbByQuarter: quarters,
    peakRssMb: Math.round(Math.max(peak, ...rss)),
    loadAverage: [round1(loadBefore), round1(os.loadavg()[0])],
  };
}

/** Generates the file (kept in bench/data for later runs), imports it into an empty graph, then again. */
export async function measureAcledImport(rows: number): Promise<AcledImportBench> {
  const dataDir = path.join(repoRoot, 'bench', 'data');
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, `acled-${rows}-seed${SEED}.csv`);
  if (!existsSync(file)) {
    say(`generating ${rows} ACLED rows into ${path.relative(repoRoot, file)}…`);
    await writeAcledCsv(rows, file, SEED);
  }
  const neo4jDir = path.join(repoRoot, '.neo4j', 'bench-acled');
  rmSync(neo4jDir, { recursive: true, force: true });
  const neo4j = await startLocalNeo4j({
    dataDir: neo4jDir,
    port: PORT,
    heap: '2g',
    pageCache: '1g',
    watchParent: true,
  });
  const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: '' });
  const db = new Database(driver, { database: 'neo4j', queryTimeoutMs: 600_000 });
  try {
    await applySchema(driver, 'neo4j');
    say(`importing ${rows} ACLED rows into an empty graph…`);
    const first = await timedImport(db, file, neo4j.pid);
    say(
      `  ${first.seconds} s: created ${first.report.created}, rejected ${first.report.rejected.length}; CPU Neo4j ${first.neo4jCpuSeconds} s, importer ${first.importerCpuSeconds} s; peak RSS ${first.peakRssMb} MB; load average ${first.loadAverage.join(' → ')}`,
    );
    say('importing the same file again…');
    const again = await timedImport(db, file, neo4j.pid);
    say(
      `  ${again.seconds} s: unchanged ${again.report.unchanged}, updated ${again.report.updated}; CPU Neo4j ${again.neo4jCpuSeconds} s, importer ${again.importerCpuSeconds} s; load average ${again.loadAverage.join(' → ')}`,
    );
    const counts = (
      await driver.executeQuery(
        'MATCH (n:Entity) RETURN count(n) AS nodes, count{ MATCH (:Event) } AS events, count{ MATCH (:Claim) } AS claims, count{ ()-[]->() } AS relationships',
      )
    ).records[0].toObject();
    const of = (run: Run) => ({
      seconds: run.seconds,
      rowsPerSecond: Math.round(rows / run.seconds),
      created: run.report.created,
      updated: run.report.updated,
      unchanged: run.report.unchanged,
      stale: run.report.stale,
      rejected: run.report.rejected.length,
      batches: run.report.batches,
      neo4jCpuSeconds: run.neo4jCpuSeconds,
      importerCpuSeconds: run.importerCpuSeconds,
      peakRssMb: run.peakRssMb,
      rssMbByQuarter: run.rssMbByQuarter,
      loadAverage: run.loadAverage,
    });
    return {
      rows,
      file: path.relative(repoRoot, file),
      fileMb: round1(statSync(file).size / 2 ** 20),
      seed: SEED,
      import: of(first),
      reimport: of(again),
      graph: Object.fromEntries(
        Object.entries(counts).map(([key, value]) => [key, Number(value)]),
      ) as AcledImportBench['graph'],
    };
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}

/** The latest results file of the query bench (bench/results/<date>[-<time>].json, floor files apart). */
function latestResultsFile(dir: string): string | null {
  const files = readdirSync(dir)
    .filter((name) => /^\d{4}-\d{2}-\d{2}.*\.json$/.test(name))
    .map((name) => ({
      name,
      date: (JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { date?: string }).date ?? '',
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
  return files.length > 0 ? path.join(dir, files[files.length - 1].name) : null;
}

if (require.main === module) {
  (async () => {
    const rows = Number(process.argv[2] ?? process.env.BENCH_ACLED_ROWS ?? 100_000);
    if (!Number.isInteger(rows) || rows <= 0) throw new Error('usage: npm run bench:acled [-- rows]');
    const measured = await measureAcledImport(rows);
    const dir = path.join(repoRoot, 'bench', 'results');
    const file = latestResultsFile(dir);
    if (!file)
      throw new Error('no results file in bench/results: run `npm run bench` once (it measures the import too)');
    const results = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
    results.importRowsPerSecond = measured.import.rowsPerSecond;
    results.reimportRowsPerSecond = measured.reimport.rowsPerSecond;
    results.acledImport = { ...measured, measuredAt: new Date().toISOString(), measuredBy: 'npm run bench:acled' };
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(path.join(repoRoot, 'docs', 'performance.md'), renderMarkdown(results));
    say(
      `importRowsPerSecond ${measured.import.rowsPerSecond}, reimportRowsPerSecond ${measured.reimport.rowsPerSecond}: written to ${path.relative(repoRoot, file)} and docs/performance.md`,
    );
  })().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
