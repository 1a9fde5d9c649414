// The built API as a process: clear one-line failures, and no Neo4j left behind when it dies.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import { repoRoot } from '../../src/repoRoot';
import { freePort } from '../support/freePort';

const mainJs = path.join(repoRoot, 'dist', 'src', 'main.js');

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startApi(env: Record<string, string>): Started {
  if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing: run \`npm run build\` first (npm test does)`);
  const child = spawn(process.execPath, [mainJs], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return condition();
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test('an invalid NEO4J_URI stops start-up with one line naming the variable', async () => {
  const api = startApi({ NEO4J_URI: 'localhost:7687' });
  expect(await api.exited).toBe(1);
  expect(api.output().trim()).toBe(
    'conflict-graph: cannot start: invalid configuration: NEO4J_URI: "localhost:7687" is not a Neo4j URI; expected e.g. bolt://127.0.0.1:7687 or neo4j+s://xxxx.databases.neo4j.io',
  );
});

test('an unreachable database stops start-up with one line, not a stack trace', async () => {
  const port = await freePort();
  const api = startApi({ NEO4J_URI: `bolt://127.0.0.1:${port}` });
  expect(await api.exited).toBe(1);
  const lines = api.output().trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    new RegExp(
      `^conflict-graph: cannot start: cannot reach Neo4j at bolt://127\\.0\\.0\\.1:${port} \\(database "neo4j"\\): `,
    ),
  );
});

describe('with the local Neo4j the API starts itself', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(repoRoot, '.neo4j', 'startup-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  async function startWithLocalNeo4j(): Promise<Started & { neo4jPid: number; url: string }> {
    const api = startApi({
      NEO4J_LOCAL_DATA_DIR: dataDir,
      NEO4J_LOCAL_PORT: String(await freePort()),
      PORT: String(await freePort()),
      NEO4J_LOCAL_HEAP: '512m',
      NEO4J_LOCAL_PAGECACHE: '128m',
    });
    const ready = await waitFor(() => /GraphQL API ready at (\S+)/.test(api.output()), 90_000);
    if (!ready) {
      api.child.kill('SIGKILL');
      throw new Error(`API did not become ready:\n${api.output()}`);
    }
    const url = /GraphQL API ready at (\S+)/.exec(api.output())?.[1] as string;
    const { pid } = JSON.parse(readFileSync(path.join(dataDir, 'neo4j.pid'), 'utf8')) as { pid: number };
    return { ...api, neo4jPid: pid, url };
  }

  test('it seeds the empty graph and answers the Sandbox query', async () => {
    const api = await startWithLocalNeo4j();
    try {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ event(id: "event:derna-airstrikes-2017-10-30") { kind startDate } }' }),
      });
      expect(await response.json()).toMatchObject({ data: { event: { kind: 'AIRSTRIKE', startDate: '2017-10-30' } } });
    } finally {
      api.child.kill('SIGTERM');
      await api.exited;
    }
  });

  test('SIGTERM drains the API and stops the Neo4j it started', async () => {
    const api = await startWithLocalNeo4j();
    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    expect(api.output()).toContain('"msg":"stopped"');
    expect(await waitFor(() => !isAlive(api.neo4jPid), 30_000)).toBe(true);
  });

  test('SIGKILL of the API takes its Neo4j down too', async () => {
    const api = await startWithLocalNeo4j();
    api.child.kill('SIGKILL');
    await api.exited;
    expect(await waitFor(() => !isAlive(api.neo4jPid), 30_000)).toBe(true);
  });
});
