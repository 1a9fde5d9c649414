// `npx tsx bench/floor.ts [size]`: how much of the canonical question's gap to hand-written Cypher any HTTP API pays on
// this machine, and how much is ours. Four systems answer the same canonical page, alternating every few seconds, at
// concurrency 1 then 32: the hand-written Cypher in-process (the floor, as bench/run.ts sends it), a bare node:http
// relay running that same Cypher (bench/floorRelay.ts: the HTTP hop alone), the relay running this API's page
// statement (the hop plus our statement), and this API (built, from dist/). Prints p50, req/s and CPU per request of
// each process, and writes them to bench/results/floor-<date>.json.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { repoRoot } from '../src/repoRoot';
import { freePort } from '../tests/support/freePort';
import { closedLoop, cpuMsOf, postGraphql, startApi, startChild, warmUp, type Ask, type Child } from './benchProcesses';
import { openBenchGraph, type SizeName } from './load';
import { questions } from './questions';
import { percentile } from './results';

const rounds = Number(process.env.FLOOR_ROUNDS ?? 4);
const seconds = Number(process.env.FLOOR_SECONDS ?? 4);

interface System {
  name: string;
  ask: Ask;
  server: Child | null;
}
interface Measured {
  system: string;
  concurrency: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  cpuMsPerRequest: { neo4j: number; server: number | null; client: number };
}

async function startRelay(statement: 'handWritten' | 'walked', neo4jUri: string): Promise<Child> {
  const port = await freePort();
  return startChild(
    `relay (${statement})`,
    ['--import', 'tsx', path.join('bench', 'floorRelay.ts')],
    { NEO4J_URI: neo4jUri, PORT: String(port), RELAY_STATEMENT: statement },
    /relay at (\S+)/,
  );
}

async function main(): Promise<void> {
  const size = (process.argv[2] ?? '100k') as SizeName;
  const question = questions.find((q) => q.name === 'canonical')!;
  const graph = await openBenchGraph(size);
  const servers: Child[] = [];
  try {
    const [api, relayHandWritten, relayWalked] = [
      await startApi(graph.neo4j.uri),
      await startRelay('handWritten', graph.neo4j.uri),
      await startRelay('walked', graph.neo4j.uri),
    ];
    servers.push(api, relayHandWritten, relayWalked);
    const overHttp =
      (server: Child): Ask =>
      async (round) =>
        void (await postGraphql(server.url, question.api(round)));
    const systems: System[] = [
      {
        name: 'hand-written Cypher, in-process',
        server: null,
        ask: async (round) => {
          const { text, params } = question.cypher(round);
          await graph.driver.executeQuery(text, params, { routing: 'READ', database: 'neo4j' });
        },
      },
      { name: 'relay, hand-written Cypher', server: relayHandWritten, ask: overHttp(relayHandWritten) },
      { name: "relay, this API's statement", server: relayWalked, ask: overHttp(relayWalked) },
      { name: 'this API', server: api, ask: overHttp(api) },
    ];
    await warmUp(
      systems.map((s) => s.ask),
      20,
    );
    const results: Measured[] = [];
    for (const concurrency of [1, 32]) {
      const tallies = systems.map(() => ({
        latencies: [] as number[],
        requests: 0,
        seconds: 0,
        neo4j: 0,
        server: 0,
        client: 0,
      }));
      for (let round = 0; round < rounds; round += 1) {
        for (const [i, { ask, server }] of systems.entries()) {
          const before = {
            neo4j: cpuMsOf(graph.neo4j.pid),
            server: server ? cpuMsOf(server.process.pid!) : 0,
            client: process.cpuUsage(),
          };
          const measured = await closedLoop(ask, concurrency, seconds, round * 100_000);
          if (measured.errors > 0) throw new Error(`${systems[i].name}: ${measured.errors} requests failed`);
          const client = process.cpuUsage(before.client);
          const t = tallies[i];
          t.latencies.push(...measured.latencies);
          t.requests += measured.latencies.length;
          t.seconds += measured.elapsedS;
          t.neo4j += cpuMsOf(graph.neo4j.pid) - before.neo4j;
          t.server += server ? cpuMsOf(server.process.pid!) - before.server : 0;
          t.client += (client.user + client.system) / 1000;
        }
      }
      for (const [i, { name, server }] of systems.entries()) {
        const t = tallies[i];
        const sorted = t.latencies.sort((a, b) => a - b);
        const per = (ms: number) => Math.round((100 * ms) / t.requests) / 100;
        results.push({
          system: name,
          concurrency,
          requestsPerSecond: Math.round((10 * t.requests) / t.seconds) / 10,
          p50Ms: Math.round(10 * percentile(sorted, 50)) / 10,
          p95Ms: Math.round(10 * percentile(sorted, 95)) / 10,
          cpuMsPerRequest: { neo4j: per(t.neo4j), server: server ? per(t.server) : null, client: per(t.client) },
        });
      }
    }
    const floorP50 = (concurrency: number) => results.find((r) => r.concurrency === concurrency)!.p50Ms;
    for (const r of results) {
      const cpu = r.cpuMsPerRequest;
      process.stdout.write(
        `c=${String(r.concurrency).padEnd(2)} ${r.system.padEnd(32)} p50 ${r.p50Ms.toFixed(1).padStart(6)} ms (${(r.p50Ms / floorP50(r.concurrency)).toFixed(2)}x), ` +
          `${r.requestsPerSecond.toFixed(0).padStart(4)} req/s; CPU ms per request: Neo4j ${cpu.neo4j.toFixed(2)}, server ${cpu.server?.toFixed(2) ?? '-'}, load generator ${cpu.client.toFixed(2)}\n`,
      );
    }
    const file = path.join(repoRoot, 'bench', 'results', `floor-${new Date().toISOString().slice(0, 10)}.json`);
    writeFileSync(file, `${JSON.stringify({ size, rounds, secondsPerRound: seconds, results }, null, 2)}\n`);
    process.stdout.write(`written to ${path.relative(repoRoot, file)}\n`);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await graph.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
