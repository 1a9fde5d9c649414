// scratch: canonical-only CPU profile of an API build at concurrency C, inclusive times of chosen frames.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { openBenchGraph, type SizeName } from './load';
import { questions, type QuestionName } from './questions';
interface N { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
function analyse(file: string) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as { nodes: N[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>(); let total = 0; let idle = 0;
  p.samples.forEach((id, i) => {
    const us = p.timeDeltas[i] ?? 0; total += us;
    if (byId.get(id)!.callFrame.functionName === '(idle)') { idle += us; return; }
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber}`;
      if (!seen.has(key)) { seen.add(key); incl.set(key, (incl.get(key) ?? 0) + us); }
    }
  });
  const busy = total - idle;
  console.log(`busy ${(busy / 1000).toFixed(0)} ms of ${(total / 1000).toFixed(0)}`);
  const pat = new RegExp(process.env.PAT ?? '.');
  [...incl].filter(([k]) => pat.test(k)).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 60))
    .forEach(([k, us]) => console.log(`${((100 * us) / busy).toFixed(1).padStart(5)}%  ${k}`));
}
async function main() {
  if (process.env.FILE) return analyse(process.env.FILE);
  const dir = '/tmp/scratch/ab/prof'; rmSync(dir, { recursive: true, force: true }); mkdirSync(dir, { recursive: true });
  const graph = await openBenchGraph((process.env.SIZE ?? '100k') as SizeName);
  const q = questions.find((x) => x.name === ((process.env.Q ?? 'canonical') as QuestionName))!;
  const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, process.argv[2] ?? '/work/main/dist/src/main.js'], { cwd: '/work/main', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '4390', NEO4J_URI: graph.neo4j.uri, LOG_LEVEL: 'warn', SEED_WHEN_EMPTY: 'false', ANONYMOUS_ROLE: 'READER', RATE_LIMIT_PER_SECOND: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((res) => child.stdout.on('data', (c) => { if (String(c).includes('GraphQL API ready')) res(); }));
  const n = Number(process.env.N ?? 2000); let i = 0;
  await Promise.all(Array.from({ length: Number(process.env.C ?? 8) }, async () => { while (i < n) { const r = await fetch('http://127.0.0.1:4390/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(q.api(i++)) }); await r.text(); } }));
  await new Promise((res) => { child.once('exit', res); child.kill('SIGTERM'); });
  await graph.close();
  analyse(`${dir}/${readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))}`);
}
void main();
