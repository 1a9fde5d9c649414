// What the bench scripts share: starting this API (or another build of it) as a child process, reading a process's
// memory and CPU from /proc, and driving a closed loop of requests.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { repoRoot } from '../src/repoRoot';
import { freePort } from '../tests/support/freePort';

export interface Child {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `node args…` and waits until its output matches `ready`, whose first group is the URL it serves. */
export async function startChild(
  name: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  cwd: string = repoRoot,
): Promise<Child> {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 120_000;
  let match: RegExpMatchArray | null;
  while (!(match = ready.exec(output))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not start:\n${output.slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: match[1],
    process: child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/**
 * This API, built, in production mode, on a bench graph: anonymous readers, no rate limit, no seeding. `root` is the
 * checkout whose `dist/` runs (another build's, to compare two side by side); its statements come from its own `cypher/`.
 */
export async function startApi(neo4jUri: string, root: string = repoRoot): Promise<Child> {
  const port = await freePort();
  return startChild(
    'the API',
    [path.join(root, 'dist', 'src', 'main.js')],
    {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      NEO4J_URI: neo4jUri,
      LOG_LEVEL: 'warn',
      SEED_WHEN_EMPTY: 'false',
      ANONYMOUS_ROLE: 'READER',
      RATE_LIMIT_PER_SECOND: '0',
    },
    /GraphQL API ready at (\S+)/,
    root,
  );
}

/** Resident set size of a process in MB, from /proc (Linux). */
export function rssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Math.round(Number(line.split(/\s+/)[1]) / 1024) : null;
  } catch {
    return null;
  }
}

const clockTicksPerSecond = 100;

/** User plus system CPU of a process so far, in ms (fields 14 and 15 of /proc/<pid>/stat). */
export function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
}

export type Ask = (round: number) => Promise<void>;

// The load generator's HTTP client: node:http over kept-alive connections, as lean as autocannon. Global fetch
// (undici) spent 0.5 ms of CPU per request more, on the same two cores as the systems measured, and added 0.5-0.8 ms
// to every HTTP system's latency at concurrency 1 (bench/findings.md); the hand-written Cypher pays no such client.
const keepAlive = new http.Agent({ keepAlive: true });

/** POSTs a GraphQL request and gives its data; GraphQL errors are thrown. */
export function postGraphql(
  url: string,
  body: { query: string; variables: Record<string, unknown> },
  timeoutMs = 30_000,
): Promise<unknown> {
  const target = new URL(url);
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent: keepAlive,
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (response) => {
        const parts: Buffer[] = [];
        response.on('data', (part: Buffer) => parts.push(part));
        response.on('error', reject);
        response.on('end', () => {
          try {
            const json = JSON.parse(Buffer.concat(parts).toString('utf8')) as {
              data?: unknown;
              errors?: { message: string }[];
            };
            if (json.errors?.length) throw new Error(json.errors.map((e) => e.message).join('; '));
            resolve(json.data);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(payload);
  });
}

/** A closed loop: `concurrency` clients, each sending its next request when the last one answers, for `seconds`. */
export async function closedLoop(
  ask: Ask,
  concurrency: number,
  seconds: number,
  roundBase = 0,
): Promise<{ latencies: number[]; errors: number; elapsedS: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let counter = roundBase;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          await ask(counter++);
          latencies.push(performance.now() - t0);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  return { latencies, errors, elapsedS: (performance.now() - started) / 1000 };
}

/**
 * Neo4j's JIT takes thousands of requests to settle: whichever system is measured first would otherwise pay for it.
 * Sends each ask in turn, one second at a time at concurrency 8, for `seconds` in all.
 */
export async function warmUp(asks: Ask[], seconds: number): Promise<void> {
  for (let spent = 0; spent < seconds; spent += asks.length) for (const ask of asks) await closedLoop(ask, 8, 1);
}
