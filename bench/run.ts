// `npm run bench` (issue 7): the same five questions (the canonical one with and without its total) three ways on the
// same local Neo4j and data — this API over HTTP (built, run from dist/), an @neo4j/graphql API over HTTP
// (bench/neo4jGraphqlServer.ts), and hand-written Cypher through neo4j-driver — at concurrency 1 and 32, alternating
// the systems in rounds to cancel machine drift.
// Writes bench/results/<date>.json (moving an earlier run of the day aside) and docs/performance.md. Settings: BENCH_SIZES (default 10k,100k; add 1m),
// BENCH_SECONDS per question, system, concurrency and round (default 3), BENCH_ROUNDS (default 6: on shared cores,
// more and shorter rounds cancel drift better than fewer and longer, bench/findings.md),
// BENCH_WARMUP_SECONDS per question and system before measuring (default 2),
// BENCH_QUESTIONS (default all), BENCH_1M_QUESTIONS (questions at 1m, default canonical), BENCH_ACLED_ROWS (rows of the
// generated ACLED file imported into an empty graph and again, bench/acledImport.ts; default 100000, 0 skips it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';

import { repoRoot } from '../src/repoRoot';
import { freePort } from '../tests/support/freePort';
import { measureAcledImport } from './acledImport';
import { closedLoop, postGraphql, rssMb, startApi, startChild, type Ask, type Child } from './benchProcesses';
import { openBenchGraph, sizes, type SizeName } from './load';
import { loadCell } from './loadRecord';
import { questions, type Question, type QuestionName } from './questions';
import { renderMarkdown } from './report';
import {
  headlineRatios,
  summarize,
  type BenchResults,
  type Measurement,
  type SizeResults,
  type SystemName,
} from './results';
import { resultsFileFor } from './resultsFile';

const settings = {
  sizes: (process.env.BENCH_SIZES ?? '10k,100k').split(',').map((s) => s.trim()) as SizeName[],
  seconds: Number(process.env.BENCH_SECONDS ?? 3),
  warmupSeconds: Number(process.env.BENCH_WARMUP_SECONDS ?? 2),
  rounds: Number(process.env.BENCH_ROUNDS ?? 6),
  concurrencies: [1, 32],
  questions: process.env.BENCH_QUESTIONS
    ? (process.env.BENCH_QUESTIONS.split(',') as QuestionName[])
    : questions.map((q) => q.name),
  questionsAt1m: (process.env.BENCH_1M_QUESTIONS ?? 'canonical').split(',') as QuestionName[],
  requestTimeoutMs: 30_000,
  acledRows: Number(process.env.BENCH_ACLED_ROWS ?? 100_000),
};

const say = (line: string) => process.stdout.write(`${line}\n`);

async function startNeo4jGraphql(neo4jUri: string): Promise<Child> {
  const port = await freePort();
  return startChild(
    'the @neo4j/graphql API',
    ['--import', 'tsx', path.join(repoRoot, 'bench', 'neo4jGraphqlServer.ts')],
    {
      NODE_ENV: 'production',
      PORT: String(port),
      NEO4J_URI: neo4jUri,
    },
    /ready (\S+)/,
  );
}

function askers(
  question: Question,
  apiUrl: string,
  ngUrl: string,
  driver: Driver,
): Record<SystemName, { ask: Ask; answer: (round: number) => Promise<unknown> } | null> {
  const viaHttp = (url: string, make: (round: number) => { query: string; variables: Record<string, unknown> }) => {
    const answer = (round: number) => postGraphql(url, make(round), settings.requestTimeoutMs);
    return { ask: async (round: number) => void (await answer(round)), answer };
  };
  const cypherAnswer = async (round: number) => {
    const { text, params } = question.cypher(round);
    const result = await driver.executeQuery(text, params, { routing: 'READ', database: 'neo4j' });
    return result.records.map((record) => record.toObject());
  };
  return {
    api: viaHttp(apiUrl, question.api),
    neo4jGraphql: question.neo4jGraphql ? viaHttp(ngUrl, question.neo4jGraphql) : null,
    cypher: { ask: async (round) => void (await cypherAnswer(round)), answer: cypherAnswer },
  };
}

/** Page sizes and totals, for the check that the three systems answer the same question. */
function answerShape(system: SystemName, question: QuestionName, data: unknown): string {
  const d = data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    if (system === 'cypher') {
      const rows = d as unknown as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
      if (question === 'attributions') return `${rows.length} actors`;
      if (question === 'search') return `total ${rows[0]?.totalCount}`;
      if (question === 'canonical')
        return `page ${Math.min(rows.length, 20)}, more ${rows.length > 20}, first ${rows[0]?.event.id}, last ${rows[Math.min(rows.length, 20) - 1]?.event.id}`;
      return `total ${rows[0]?.totalCount ?? 0}, page ${rows.length}`;
    }
    if (question === 'canonical') {
      const c = system === 'api' ? d.eventsAttributedTo : d.eventsConnection;
      const ids = c.edges.map((edge: { node: { id: string } }) => edge.node.id);
      return `page ${ids.length}, more ${c.pageInfo.hasNextPage}, first ${ids[0]}, last ${ids[ids.length - 1]}`;
    }
    if (question === 'canonicalTotal') {
      const c = system === 'api' ? d.eventsAttributedTo : d.eventsConnection;
      return `total ${c.totalCount}, page ${c.edges.length}`;
    }
    if (question === 'nearPoint') {
      const c = system === 'api' ? d.events : d.eventsConnection;
      return `total ${c.totalCount}, page ${c.edges.length}`;
    }
    if (question === 'attributions') {
      if (system === 'api') return `${d.event.attributions.length} actors`;
      return `${new Set(d.events[0].claims.map((c: { actor: { id: string }[] }) => c.actor[0]?.id)).size} actors`;
    }
    return `total ${(system === 'api' ? d.search : d.eventsFulltext).totalCount}`;
  } catch (error) {
    return `unreadable (${String(error)})`;
  }
}

async function benchSize(size: SizeName): Promise<SizeResults> {
  say(`\n== ${size} ==`);
  const graph = await openBenchGraph(size);
  say(`graph: ${JSON.stringify(graph.counts)}; load ${loadCell(graph)}`);
  const api = await startApi(graph.neo4j.uri);
  const ng = await startNeo4jGraphql(graph.neo4j.uri);
  const measurements: Measurement[] = [];
  let orphansEnded = 0;
  const answers: Record<string, Record<string, string>> = {};
  const memory = {
    api: { idleMb: rssMb(api.process.pid), peakMb: 0 },
    neo4jGraphql: { idleMb: rssMb(ng.process.pid), peakMb: 0 },
  };
  try {
    const asked = questions.filter(
      (q) => settings.questions.includes(q.name) && (size !== '1m' || settings.questionsAt1m.includes(q.name)),
    );
    for (const question of asked) {
      const systems = askers(question, `${api.url}`, `${ng.url}`, graph.driver);
      const names = (Object.keys(systems) as SystemName[]).filter((name) => systems[name] !== null);
      answers[question.name] = {};
      // Warm-up (plans cached, JIT compiled, pages cached, pools open), and the answers' shapes, to see that all three
      // answer alike. A few requests were not enough: a freshly started Neo4j over the 1M graph kept the first
      // system measured slow for seconds.
      for (const name of names) {
        try {
          answers[question.name][name] = answerShape(name, question.name, await systems[name]!.answer(0));
          await closedLoop(systems[name]!.ask, 1, settings.warmupSeconds, 1);
        } catch (error) {
          answers[question.name][name] = `error: ${String(error).slice(0, 300)}`;
        }
      }
      say(`${question.name}: ${JSON.stringify(answers[question.name])}`);
      for (const concurrency of settings.concurrencies) {
        const pooled: Record<string, { rounds: number[][]; errors: number; elapsedS: number }> = {};
        for (let round = 0; round < settings.rounds; round += 1) {
          // Rotate the order each round so no system always runs first or last.
          const order = names.map((_, i) => names[(i + round) % names.length]);
          for (const name of order) {
            const sampler = setInterval(() => {
              memory.api.peakMb = Math.max(memory.api.peakMb, rssMb(api.process.pid) ?? 0);
              memory.neo4jGraphql.peakMb = Math.max(memory.neo4jGraphql.peakMb, rssMb(ng.process.pid) ?? 0);
            }, 200);
            const run = await closedLoop(systems[name]!.ask, concurrency, settings.seconds, round * 100_000);
            clearInterval(sampler);
            if (run.errors > 0) orphansEnded += await endOrphanedTransactions(graph.driver);
            const into = (pooled[name] ??= { rounds: [], errors: 0, elapsedS: 0 });
            into.rounds.push(run.latencies);
            into.errors += run.errors;
            into.elapsedS += run.elapsedS;
          }
        }
        for (const name of names) {
          const m = summarize(
            question.name,
            name,
            concurrency,
            pooled[name].rounds,
            pooled[name].errors,
            pooled[name].elapsedS,
          );
          measurements.push(m);
          say(
            `  c=${concurrency} ${name.padEnd(12)} p50 ${m.p50Ms} ms  p95 ${m.p95Ms}  p99 ${m.p99Ms}  ${m.throughputRps} req/s  (${m.requests} ok, ${m.errors} errors)`,
          );
        }
      }
    }
  } finally {
    await api.stop();
    await ng.stop();
    await graph.close();
  }
  if (orphansEnded > 0) say(`ended ${orphansEnded} transactions left running by requests the bench had given up on`);
  return {
    size,
    claims: sizes[size],
    counts: graph.counts,
    loadSeconds: graph.loadSeconds,
    load: graph.load,
    answers,
    measurements,
    memory,
  };
}

/**
 * A request the bench gave up on (its timeout) leaves its query running in Neo4j: @neo4j/graphql sets no transaction
 * timeout, and at 1M its canonical query runs for minutes. Left alone, those queries took the machine from whichever
 * system was measured next (the 2026-12-07 run's first try measured raw Cypher at c=32 and 1M at 1,030 ms p50 behind
 * them). Once every client of a run has returned, any transaction still open belongs to no one: end them, then wait
 * until Neo4j has let them go.
 */
async function endOrphanedTransactions(driver: Driver): Promise<number> {
  const others =
    'SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH $own RETURN collect(transactionId) AS ids';
  const own = 'SHOW TRANSACTIONS';
  const running = async () => (await driver.executeQuery(others, { own })).records[0].get('ids') as string[];
  const orphans = await running();
  if (orphans.length === 0) return 0;
  await driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids: orphans });
  const deadline = Date.now() + 60_000;
  while ((await running()).length > 0 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 200));
  return orphans.length;
}

async function neo4jVersion(size: SizeName): Promise<string> {
  const graph = await openBenchGraph(size);
  try {
    const result = await graph.driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
    );
    const row = result.records[0];
    return `${row.get('name')} ${row.get('version')} ${row.get('edition')}`;
  } finally {
    await graph.close();
  }
}

async function main(): Promise<void> {
  for (const size of settings.sizes)
    if (!(size in sizes)) throw new Error(`unknown size "${size}" in BENCH_SIZES; use 10k, 100k or 1m`);
  say('building the API (npm run build)…');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, encoding: 'utf8' });
  if (build.status !== 0)
    say(
      `build reported errors; running the dist/ it left:\n${(build.stdout + build.stderr).split('\n').slice(0, 5).join('\n')}`,
    );
  if (!existsSync(path.join(repoRoot, 'dist', 'src', 'main.js'))) throw new Error('dist/src/main.js is missing');
  const startedAt = new Date();
  const results: SizeResults[] = [];
  for (const size of settings.sizes) results.push(await benchSize(size));
  const acled = settings.acledRows > 0 ? await measureAcledImport(settings.acledRows) : null;
  const cpus = os.cpus();
  const out: BenchResults = {
    ...headlineRatios(results),
    importRowsPerSecond: acled?.import.rowsPerSecond ?? null,
    reimportRowsPerSecond: acled?.reimport.rowsPerSecond ?? null,
    acledImport: acled,
    date: startedAt.toISOString(),
    machine: {
      cpuCount: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      neo4j: await neo4jVersion(settings.sizes[0]),
      platform: `${os.platform()} ${os.release()}`,
    },
    settings: {
      secondsPerRun: settings.seconds,
      warmupSeconds: settings.warmupSeconds,
      rounds: settings.rounds,
      concurrencies: settings.concurrencies,
      sizes: settings.sizes,
      questionsAt1m: settings.questionsAt1m,
    },
    questions: Object.fromEntries(questions.map((q) => [q.name, q.description])),
    sizes: results,
  };
  const dir = path.join(repoRoot, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const { file, movedEarlier } = resultsFileFor(dir, startedAt);
  if (movedEarlier) say(`\nan earlier run of the day moved to ${path.relative(repoRoot, movedEarlier)}`);
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  writeFileSync(path.join(repoRoot, 'docs', 'performance.md'), renderMarkdown(out));
  say(`\nwrote ${path.relative(repoRoot, file)} and docs/performance.md`);
  say(
    `apiOverRawP50 ${out.apiOverRawP50}, apiOverNeo4jGraphqlThroughput ${out.apiOverNeo4jGraphqlThroughput}, p50_1M_over_10k ${out.p50_1M_over_10k}`,
  );
  say(`importRowsPerSecond ${out.importRowsPerSecond}, reimportRowsPerSecond ${out.reimportRowsPerSecond}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
