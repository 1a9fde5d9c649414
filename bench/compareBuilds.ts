// `npm run bench:compare -- <git-ref> [question] [size]`: this checkout against another commit, side by side on the same
// Neo4j and bench graph, one question at concurrency 1 then 32, the two builds alternating every few seconds so that
// the machine's drift falls on both. Prints req/s, p50 and p95 and the CPU that each API process and Neo4j spent per
// request. The way to measure one change: a full `npm run bench` varies more from run to run than most changes move.
// Builds both (the other in a temporary git worktree under bench/data/, removed afterwards). Settings: COMPARE_ROUNDS
// (default 5), COMPARE_SECONDS per round (default 4), COMPARE_WARMUP_SECONDS before measuring (default 20, both builds).
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

import { repoRoot } from '../src/repoRoot';
import { closedLoop, cpuMsOf, postGraphql, startApi, warmUp, type Child } from './benchProcesses';
import { openBenchGraph, type SizeName } from './load';
import { questions, type QuestionName } from './questions';
import { percentile } from './results';

const rounds = Number(process.env.COMPARE_ROUNDS ?? 5);
const seconds = Number(process.env.COMPARE_SECONDS ?? 4);
const warmupSeconds = Number(process.env.COMPARE_WARMUP_SECONDS ?? 20);

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] })
    .toString()
    .trim();

/** The other commit, checked out and built in a worktree of its own. */
function buildOther(ref: string): { dir: string; remove(): void } {
  const sha = run('git', ['rev-parse', '--verify', `${ref}^{commit}`], repoRoot);
  const dir = path.join(repoRoot, 'bench', 'data', `compare-${sha.slice(0, 12)}`);
  const remove = () => {
    run('git', ['worktree', 'remove', '--force', dir], repoRoot);
    rmSync(dir, { recursive: true, force: true });
  };
  if (existsSync(dir)) remove();
  run('git', ['worktree', 'add', '--detach', dir, sha], repoRoot);
  try {
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
    run(
      process.execPath,
      [path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
      dir,
    );
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, remove };
}

interface Tally {
  requests: number;
  errors: number;
  seconds: number;
  latencies: number[];
  apiCpuMs: number;
  neo4jCpuMs: number;
}

async function main(): Promise<void> {
  const [ref, questionName = 'canonical', size = '100k'] = process.argv.slice(2);
  if (!ref) throw new Error('usage: npm run bench:compare -- <git-ref> [question] [size]');
  const question = questions.find((q) => q.name === (questionName as QuestionName));
  if (!question) throw new Error(`unknown question ${questionName}; one of ${questions.map((q) => q.name).join(', ')}`);
  process.stdout.write(`building ${ref} and this checkout…\n`);
  const other = buildOther(ref);
  const builds: { name: string; api: Child }[] = [];
  let graph: Awaited<ReturnType<typeof openBenchGraph>> | undefined;
  try {
    run('npm', ['run', '--silent', 'build'], repoRoot);
    graph = await openBenchGraph(size as SizeName);
    const neo4jPid = graph.neo4j.pid;
    const askOf = (api: Child) => async (round: number) => void (await postGraphql(api.url, question.api(round)));
    builds.push(
      { name: ref, api: await startApi(graph.neo4j.uri, other.dir) },
      { name: 'this checkout', api: await startApi(graph.neo4j.uri) },
    );
    await warmUp(
      builds.map(({ api }) => askOf(api)),
      warmupSeconds,
    );
    for (const concurrency of [1, 32]) {
      const tallies = builds.map((): Tally => ({
        requests: 0,
        errors: 0,
        seconds: 0,
        latencies: [],
        apiCpuMs: 0,
        neo4jCpuMs: 0,
      }));
      for (const { api } of builds) await closedLoop(askOf(api), concurrency, 3); // warm-up: JITs and plan caches
      for (let round = 0; round < rounds; round += 1) {
        for (const [i, { api }] of builds.entries()) {
          const before = { api: cpuMsOf(api.process.pid!), neo4j: cpuMsOf(neo4jPid) };
          const measured = await closedLoop(askOf(api), concurrency, seconds, round * 100_000);
          const tally = tallies[i];
          tally.apiCpuMs += cpuMsOf(api.process.pid!) - before.api;
          tally.neo4jCpuMs += cpuMsOf(neo4jPid) - before.neo4j;
          tally.requests += measured.latencies.length;
          tally.errors += measured.errors;
          tally.seconds += measured.elapsedS;
          tally.latencies.push(...measured.latencies);
        }
      }
      for (const [i, { name }] of builds.entries()) {
        const t = tallies[i];
        const sorted = t.latencies.sort((a, b) => a - b);
        const per = (ms: number) => (ms / Math.max(t.requests, 1)).toFixed(2);
        process.stdout.write(
          `${question.name} ${size} c=${concurrency} ${name.padEnd(14)} ${(t.requests / t.seconds).toFixed(1)} req/s, p50 ${percentile(sorted, 50).toFixed(1)} ms, ` +
            `p95 ${percentile(sorted, 95).toFixed(1)} ms, CPU ms per request: API ${per(t.apiCpuMs)}, Neo4j ${per(t.neo4jCpuMs)}${t.errors ? `, ${t.errors} errors` : ''}\n`,
        );
      }
    }
  } finally {
    await Promise.all(builds.map(({ api }) => api.stop()));
    await graph?.close();
    other.remove();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
