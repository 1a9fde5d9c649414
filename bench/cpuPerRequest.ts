// `npx tsx bench/cpuPerRequest.ts [size] [question] [seconds]`: where the machine's CPU goes per request. Runs one
// question through this API (built, from dist/) and as hand-written Cypher, at concurrency 1 then 32, and reads from
// /proc the CPU time Neo4j, the API process and this load generator spent per answered request. On a machine where
// all three share the cores, the ratio of p50s at concurrency 32 follows the ratio of these sums.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../src/repoRoot';
import { openBenchGraph, type SizeName } from './load';
import { questions, type QuestionName } from './questions';

const clockTicksPerSecond = 100;

/** User plus system CPU of a process so far, in ms (fields 14 and 15 of /proc/<pid>/stat). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
}

async function closedLoop(clients: number, seconds: number, ask: (round: number) => Promise<void>): Promise<number[]> {
  const until = Date.now() + seconds * 1000;
  const latencies: number[] = [];
  let round = 0;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (Date.now() < until) {
      const started = performance.now();
      await ask(round++);
      latencies.push(performance.now() - started);
    }
  }));
  return latencies.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const size = (process.argv[2] ?? '100k') as SizeName;
  const question = questions.find((q) => q.name === ((process.argv[3] ?? 'canonical') as QuestionName));
  if (!question) throw new Error(`unknown question ${process.argv[3]}; one of ${questions.map((q) => q.name).join(', ')}`);
  const seconds = Number(process.argv[4] ?? 8);
  const graph = await openBenchGraph(size);
  const port = 4391;
  const api = spawn(process.execPath, [path.join(repoRoot, 'dist', 'src', 'main.js')], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port),
      NEO4J_URI: graph.neo4j.uri, LOG_LEVEL: 'warn', SEED_WHEN_EMPTY: 'false', ANONYMOUS_ROLE: 'READER', RATE_LIMIT_PER_SECOND: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      api.stdout.on('data', (chunk) => { if (String(chunk).includes('GraphQL API ready')) resolve(); });
      api.once('exit', () => reject(new Error('the API exited before it was ready (run `npm run build` first?)')));
    });
    const viaApi = async (round: number) => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(question.api(round)) });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    const viaCypher = async (round: number) => {
      const { text, params } = question.cypher(round);
      await graph.driver.executeQuery(text, params, { routing: 'READ' });
    };
    for (const clients of [1, 32]) {
      for (const [system, ask] of [['this API', viaApi], ['raw Cypher', viaCypher]] as const) {
        await closedLoop(clients, 3, ask); // warm-up: Neo4j's JIT and plan cache, the API's
        const before = { neo4j: cpuMsOf(graph.neo4j.pid), api: cpuMsOf(api.pid!), self: process.cpuUsage() };
        const latencies = await closedLoop(clients, seconds, ask);
        const self = process.cpuUsage(before.self);
        const per = (ms: number) => (ms / latencies.length).toFixed(2);
        process.stdout.write(
          `${question.name} c=${clients} ${system}: ${(latencies.length / seconds).toFixed(1)} req/s, p50 ${latencies[Math.floor(latencies.length / 2)].toFixed(1)} ms; ` +
            `CPU ms per request: Neo4j ${per(cpuMsOf(graph.neo4j.pid) - before.neo4j)}, API ${per(cpuMsOf(api.pid!) - before.api)}, load generator ${per((self.user + self.system) / 1000)}\n`,
        );
      }
    }
  } finally {
    api.kill('SIGTERM');
    await graph.close();
  }
}

void main();
