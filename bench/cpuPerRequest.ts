// `npx tsx bench/cpuPerRequest.ts [size] [question] [seconds]`: where the machine's CPU goes per request. Runs one
// question through this API (built, from dist/) and as hand-written Cypher, at concurrency 1 then 32, and reads from
// /proc the CPU time Neo4j, the API process and this load generator spent per answered request. On a machine where
// all three share the cores, the ratio of p50s at concurrency 32 follows the ratio of these sums.
import { closedLoop, cpuMsOf, postGraphql, startApi, warmUp } from './benchProcesses';
import { openBenchGraph, type SizeName } from './load';
import { questions, type QuestionName } from './questions';
import { percentile } from './results';

async function main(): Promise<void> {
  const size = (process.argv[2] ?? '100k') as SizeName;
  const question = questions.find((q) => q.name === ((process.argv[3] ?? 'canonical') as QuestionName));
  if (!question)
    throw new Error(`unknown question ${process.argv[3]}; one of ${questions.map((q) => q.name).join(', ')}`);
  const seconds = Number(process.argv[4] ?? 8);
  const graph = await openBenchGraph(size);
  const api = await startApi(graph.neo4j.uri);
  try {
    const viaApi = async (round: number) => void (await postGraphql(api.url, question.api(round)));
    const viaCypher = async (round: number) => {
      const { text, params } = question.cypher(round);
      await graph.driver.executeQuery(text, params, { routing: 'READ' });
    };
    await warmUp([viaApi, viaCypher], 20);
    for (const clients of [1, 32]) {
      for (const [system, ask] of [
        ['this API', viaApi],
        ['raw Cypher', viaCypher],
      ] as const) {
        await closedLoop(ask, clients, 3); // warm-up: Neo4j's JIT and plan cache, the API's
        const before = { neo4j: cpuMsOf(graph.neo4j.pid), api: cpuMsOf(api.process.pid!), self: process.cpuUsage() };
        const { latencies, errors } = await closedLoop(ask, clients, seconds);
        if (errors > 0) throw new Error(`${errors} requests failed`);
        const self = process.cpuUsage(before.self);
        const per = (ms: number) => (ms / latencies.length).toFixed(2);
        process.stdout.write(
          `${question.name} c=${clients} ${system}: ${(latencies.length / seconds).toFixed(1)} req/s, p50 ${percentile(
            [...latencies].sort((a, b) => a - b),
            50,
          ).toFixed(1)} ms; ` +
            `CPU ms per request: Neo4j ${per(cpuMsOf(graph.neo4j.pid) - before.neo4j)}, API ${per(cpuMsOf(api.process.pid!) - before.api)}, load generator ${per((self.user + self.system) / 1000)}\n`,
        );
      }
    }
  } finally {
    await api.stop();
    await graph.close();
  }
}

void main();
