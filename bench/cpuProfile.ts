// `npx tsx bench/cpuProfile.ts [size] [requests] [concurrency] [questions]`: a Node CPU profile of this API (built, from
// dist/) answering questions (default: canonical,attributions; `requests` of each) on a loaded bench size, at
// `concurrency` (default 1) through the bench's own HTTP client. Writes the .cpuprofile under
// bench/data/cpu-profile/ (git-ignored; open it in Chrome DevTools) and prints where the API process spends its time.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import { repoRoot } from '../src/repoRoot';
import { postGraphql } from './benchProcesses';
import { openBenchGraph, type SizeName } from './load';
import { questions } from './questions';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function summary(file: string): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)!.callFrame;
    const us = profile.timeDeltas[i] ?? 0;
    total += us;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url)?.[1];
    const place =
      pkg ??
      (frame.url.includes('/dist/src/')
        ? `app ${frame.url.split('/dist/src/')[1]}`
        : frame.url.startsWith('node:')
          ? 'node core'
          : frame.functionName || '(other)');
    byPlace.set(place, (byPlace.get(place) ?? 0) + us);
    const fn = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  });
  const top = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, us]) => `  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n');
  process.stdout.write(
    `profiled ${(total / 1000).toFixed(0)} ms\nself time by package or file:\n${top(byPlace, 20)}\ntop functions:\n${top(byFunction, 25)}\n`,
  );
}

async function main(): Promise<void> {
  const size = (process.argv[2] ?? '10k') as SizeName;
  const requests = Number(process.argv[3] ?? 300);
  const concurrency = Number(process.argv[4] ?? 1);
  const asked = (process.argv[5] ?? 'canonical,attributions').split(',');
  const dir = path.join(repoRoot, 'bench', 'data', 'cpu-profile');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const graph = await openBenchGraph(size);
  const child = spawn(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, path.join(repoRoot, 'dist', 'src', 'main.js')],
    {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: '4390',
        NEO4J_URI: graph.neo4j.uri,
        LOG_LEVEL: 'warn',
        SEED_WHEN_EMPTY: 'false',
        ANONYMOUS_ROLE: 'READER',
        RATE_LIMIT_PER_SECOND: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    while (!output.includes('GraphQL API ready')) {
      if (child.exitCode !== null) throw new Error(output);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (const name of asked) {
      const question = questions.find((q) => q.name === name);
      if (!question) throw new Error(`unknown question ${name}`);
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < requests) await postGraphql('http://127.0.0.1:4390/graphql', question.api(next++));
        }),
      );
    }
  } finally {
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
    await graph.close();
  }
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written:\n${output.slice(-1000)}`);
  process.stdout.write(`${path.join(dir, file)}\n`);
  summary(path.join(dir, file));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
