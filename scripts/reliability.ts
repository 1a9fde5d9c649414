// `npm run test:reliability`: load, a Neo4j outage under writes, a fuzz, and a noisy neighbour, against the built API on
// its own local Neo4j, loopback only and bounded in time and count. Prints a summary and writes
// test-output/reliability.json.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { ApiKeyService } from '../src/auth/ApiKeyService';
import { Role } from '../src/auth/Role';
import { Database } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { applySchema } from '../src/db/migrate';
import { ingestBundle } from '../src/ingest/ingestBundle';
import { startLocalNeo4j, type LocalNeo4jHandle } from '../src/localNeo4j/localNeo4j';
import { repoRoot } from '../src/repoRoot';
import { loadSeed } from '../src/seed/loadSeed';
import { freePort } from '../tests/support/freePort';
import { fuzzCase, textTemplates, type FuzzRequest } from './reliability/fuzzCases';
import { graphql, latencySummary, send, tally } from './reliability/measure';
import { noisyNeighbourPhase } from './reliability/noisyNeighbour';
import { bundlePresence, taggedBundle } from './reliability/taggedBundle';
import { seededRandom } from './seededRandom';

const settings = {
  clients: Number(process.env.RELIABILITY_CLIENTS ?? 32),
  loadSeconds: Number(process.env.RELIABILITY_LOAD_SECONDS ?? 20),
  writers: Number(process.env.RELIABILITY_WRITERS ?? 8),
  /** Write load before the stop, outage length, and write load after the restart. */
  outageSeconds: { before: 5, down: 10, after: 5 },
  fuzzCases: Number(process.env.RELIABILITY_FUZZ_CASES ?? 3000),
  fuzzConcurrency: 8,
  seed: Number(process.env.RELIABILITY_SEED ?? 20261124),
  /** Eight callers ask the documented questions while a ninth floods, in alternating quiet and flood slices. */
  noisyNeighbour: {
    askers: 8,
    floodStreams: Number(process.env.RELIABILITY_FLOOD_STREAMS ?? 2),
    floodAliases: 200,
    slices: Number(process.env.RELIABILITY_NOISY_SLICES ?? 4),
    sliceSeconds: Number(process.env.RELIABILITY_NOISY_SLICE_SECONDS ?? 5),
    maxP95Ratio: 2,
    probeLimitMs: 2000,
  },
  /** The whole run is abandoned past this, whatever is still going (about 8 minutes on a busy shared 2-core machine). */
  deadlineSeconds: 900,
};

const knownQuery = '{ event(id: "event:derna-airstrikes-2017-10-30") { kind startDate } }';
const knownAnswer = { event: { kind: 'AIRSTRIKE', startDate: '2017-10-30' } };
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Api {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
}

async function startApi(neo4jUri: string): Promise<Api> {
  const mainJs = path.join(repoRoot, 'dist', 'src', 'main.js');
  if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing and the build did not produce it`);
  const port = await freePort();
  const child = spawn(process.execPath, [mainJs], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      NEO4J_URI: neo4jUri,
      LOG_LEVEL: 'warn',
      SEED_WHEN_EMPTY: 'false',
      ANONYMOUS_ROLE: 'READER',
      // The load phase is many requests from one address: measure the API, not the limiter.
      RATE_LIMIT_PER_SECOND: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 90_000;
  while (!/GraphQL API ready at (\S+)/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API did not start:\n${output.slice(-2000)}`);
    }
    await sleep(200);
  }
  return { child, baseUrl: `http://127.0.0.1:${port}`, output: () => output };
}

/** The questions of docs/queries.md. */
function documentedQuestions(): string[] {
  const page = readFileSync(path.join(repoRoot, 'docs/queries.md'), 'utf8');
  return [...page.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
}

/** (a) `clients` concurrent clients send the questions of docs/queries.md for `seconds`. */
async function loadPhase(baseUrl: string) {
  const queries = documentedQuestions();
  // One client first, each question once: what a query costs with no contention.
  const singleClientMs: Record<string, number> = {};
  for (const query of queries) {
    const outcome = await graphql(baseUrl, query);
    singleClientMs[/query (\w+)/.exec(query)?.[1] ?? query.slice(0, 30)] = Math.round(outcome.ms);
  }
  const latencies: number[] = [];
  const errorsByCode: Record<string, number> = {};
  let requests = 0;
  let failed = 0;
  const endAt = Date.now() + settings.loadSeconds * 1000;
  const client = async (c: number) => {
    for (let i = c; Date.now() < endAt; i += 1) {
      const outcome = await graphql(baseUrl, queries[i % queries.length]);
      requests += 1;
      latencies.push(outcome.ms);
      if (outcome.status !== 200 || outcome.codes.length > 0) failed += 1;
      for (const code of outcome.codes) tally(errorsByCode, code);
      if (outcome.status !== 200 && outcome.codes.length === 0) tally(errorsByCode, `HTTP_${outcome.status}`);
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: settings.clients }, (_, c) => client(c)));
  const seconds = (Date.now() - started) / 1000;
  return {
    clients: settings.clients,
    seconds: Math.round(seconds * 10) / 10,
    distinctQueries: queries.length,
    requests,
    requestsPerSecond: Math.round((requests / seconds) * 10) / 10,
    failedRequests: failed,
    errorsByCode,
    ...latencySummary(latencies),
    singleClientMs,
  };
}

/** (b) writers ingest bundles while Neo4j is stopped and restarted; then every bundle is whole or absent. */
async function outagePhase(baseUrl: string, restart: () => Promise<void>, stop: () => Promise<void>, db: Database) {
  const attempted: string[] = [];
  const acknowledged = new Set<string>();
  const refusedByCode: Record<string, number> = {};
  const duringOutage = {
    apiLatencies: [] as number[],
    apiCodes: {} as Record<string, number>,
    readyStatuses: {} as Record<string, number>,
  };
  let phase: 'before' | 'down' | 'after' | 'done' = 'before';
  let writesAcknowledgedWhileDown = 0;

  const writer = async (w: number) => {
    for (let i = 0; phase !== 'done'; i += 1) {
      const tag = `rel-${w}-${i}`;
      attempted.push(tag);
      try {
        await ingestBundle(db, taggedBundle(tag), { by: 'reliability' });
        acknowledged.add(tag);
        if (phase === 'down') writesAcknowledgedWhileDown += 1;
      } catch (error) {
        tally(
          refusedByCode,
          (error as { extensions?: { code?: string } }).extensions?.code ??
            (error as { code?: string }).code ??
            'UNKNOWN',
        );
        await sleep(100);
      }
    }
  };
  const writers = Promise.all(Array.from({ length: settings.writers }, (_, w) => writer(w)));

  await sleep(settings.outageSeconds.before * 1000);
  const acknowledgedBeforeStop = acknowledged.size;
  await stop();
  phase = 'down';
  const downStarted = Date.now();
  // Four readers and a readiness probe keep asking the API for as long as Neo4j is down.
  const whileDown = async (probe: () => Promise<void>) => {
    while (Date.now() - downStarted < settings.outageSeconds.down * 1000) {
      await probe();
      await sleep(100);
    }
  };
  const reader = async () => {
    const read = await graphql(baseUrl, knownQuery);
    duringOutage.apiLatencies.push(read.ms);
    for (const code of read.codes.length ? read.codes : ['answered']) tally(duringOutage.apiCodes, code);
  };
  const readiness = async () => {
    tally(
      duringOutage.readyStatuses,
      String((await send(baseUrl, { method: 'GET', path: '/health/ready' } as FuzzRequest)).status),
    );
  };
  await Promise.all([whileDown(reader), whileDown(reader), whileDown(reader), whileDown(reader), whileDown(readiness)]);
  const restartStarted = Date.now();
  await restart();
  const neo4jRestartSeconds = (Date.now() - restartStarted) / 1000;
  let apiRecoveredAfterSeconds: number | null = null;
  while (Date.now() - restartStarted < 120_000) {
    const read = await graphql(baseUrl, knownQuery);
    if (JSON.stringify((read.body as { data?: unknown } | undefined)?.data) === JSON.stringify(knownAnswer)) {
      apiRecoveredAfterSeconds = (Date.now() - restartStarted) / 1000;
      break;
    }
    await sleep(100);
  }
  phase = 'after';
  const acknowledgedBeforeRestartDone = acknowledged.size;
  await sleep(settings.outageSeconds.after * 1000);
  phase = 'done';
  await writers;

  let whole = 0;
  let absent = 0;
  const partial: string[] = [];
  const duplicated: string[] = [];
  const acknowledgedMissing: string[] = [];
  for (const tag of attempted) {
    const presence = await bundlePresence(db, tag);
    if (presence.found === 6) whole += 1;
    else if (presence.found === 0) absent += 1;
    else partial.push(tag);
    if (presence.duplicates > 0) duplicated.push(tag);
    if (acknowledged.has(tag) && presence.found !== 6) acknowledgedMissing.push(tag);
  }
  return {
    writers: settings.writers,
    bundlesAttempted: attempted.length,
    writesAcknowledged: acknowledged.size,
    acknowledgedBeforeStop,
    acknowledgedWhileDown: writesAcknowledgedWhileDown,
    acknowledgedAfterRestart: acknowledged.size - acknowledgedBeforeRestartDone,
    writesRefusedByCode: refusedByCode,
    bundlesFoundWhole: whole,
    bundlesAbsent: absent,
    partialBundles: partial,
    duplicateIds: duplicated,
    acknowledgedButMissing: acknowledgedMissing,
    apiDuringOutage: {
      reads: duringOutage.apiLatencies.length,
      codes: duringOutage.apiCodes,
      readyStatuses: duringOutage.readyStatuses,
      ...latencySummary(duringOutage.apiLatencies),
    },
    neo4jRestartSeconds: Math.round(neo4jRestartSeconds * 10) / 10,
    apiRecoveredAfterSeconds: apiRecoveredAfterSeconds === null ? null : Math.round(apiRecoveredAfterSeconds * 10) / 10,
    invariantsHold:
      partial.length === 0 &&
      duplicated.length === 0 &&
      acknowledgedMissing.length === 0 &&
      apiRecoveredAfterSeconds !== null,
  };
}

/** (c) a seeded fuzz of hostile requests; the server must answer each cleanly and still answer correctly after. */
async function fuzzPhase(baseUrl: string, countGraph: () => Promise<unknown>) {
  const usable: string[] = [];
  for (const template of textTemplates) {
    const probe = await graphql(baseUrl, template, { v: 'x' });
    if (!probe.codes.includes('GRAPHQL_VALIDATION_FAILED')) usable.push(template);
  }
  const before = await countGraph();
  const random = seededRandom(settings.seed);
  const cases = Array.from({ length: settings.fuzzCases }, () => fuzzCase(random, usable));
  const byKind: Record<string, number> = {};
  const byCode: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  const unclean: { kind: string; status: number; codes: string[]; sample: string }[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const request = cases[next];
      next += 1;
      const outcome = await send(baseUrl, request);
      tally(byKind, request.kind);
      tally(byStatus, String(outcome.status));
      for (const code of outcome.codes.length ? outcome.codes : ['answered']) tally(byCode, code);
      if (!outcome.clean && unclean.length < 20)
        unclean.push({
          kind: request.kind,
          status: outcome.status,
          codes: outcome.codes,
          sample: String(request.body ?? request.path).slice(0, 200),
        });
      else if (!outcome.clean)
        unclean.push({ kind: request.kind, status: outcome.status, codes: outcome.codes, sample: '' });
    }
  };
  await Promise.all(Array.from({ length: settings.fuzzConcurrency }, worker));
  const after = await graphql(baseUrl, knownQuery);
  const answersCorrectlyAfter =
    JSON.stringify((after.body as { data?: unknown } | undefined)?.data) === JSON.stringify(knownAnswer);
  const graphUnchanged = JSON.stringify(await countGraph()) === JSON.stringify(before);
  return {
    seed: settings.seed,
    casesTried: cases.length,
    templatesUsed: usable.length,
    byKind,
    byStatus,
    byCode,
    uncleanAnswers: unclean.length,
    uncleanSamples: unclean.slice(0, 20),
    answersCorrectlyAfter,
    graphUnchanged,
  };
}

async function main(): Promise<void> {
  const deadline = setTimeout(() => {
    process.stderr.write(`reliability: gave up after ${settings.deadlineSeconds} s\n`);
    process.exit(2);
  }, settings.deadlineSeconds * 1000);
  deadline.unref();

  process.stdout.write('building the API (npm run build)…\n');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, encoding: 'utf8' });
  if (build.status !== 0)
    process.stdout.write(
      `build reported errors; running the dist/ it left:\n${(build.stdout + build.stderr).split('\n').slice(0, 5).join('\n')}\n`,
    );

  mkdirSync(path.join(repoRoot, '.neo4j'), { recursive: true });
  const dataDir = mkdtempSync(path.join(repoRoot, '.neo4j', 'reliability-'));
  const port = await freePort();
  const startNeo4j = () => startLocalNeo4j({ dataDir, port, heap: '1g', pageCache: '256m', watchParent: true });
  let neo4j: LocalNeo4jHandle | undefined = await startNeo4j();
  const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: '' });
  const db = new Database(driver, { database: 'neo4j', queryTimeoutMs: 30_000 });
  let api: Api | undefined;
  try {
    await applySchema(driver, 'neo4j');
    await loadSeed(db);
    api = await startApi(neo4j.uri);
    const baseUrl = api.baseUrl;
    const startedAt = new Date().toISOString();

    process.stdout.write(`(a) load: ${settings.clients} clients for ${settings.loadSeconds} s…\n`);
    const load = await loadPhase(baseUrl);

    process.stdout.write(
      `(b) outage: ${settings.writers} writers; Neo4j stopped after ${settings.outageSeconds.before} s for ${settings.outageSeconds.down} s…\n`,
    );
    const outage = await outagePhase(
      baseUrl,
      async () => {
        neo4j = await startNeo4j();
      },
      async () => {
        await neo4j?.stop();
        neo4j = undefined;
      },
      db,
    );

    process.stdout.write(`(c) fuzz: ${settings.fuzzCases} seeded hostile requests…\n`);
    const fuzz = await fuzzPhase(baseUrl, async () => (await db.read('countGraph'))[0]);

    const nn = settings.noisyNeighbour;
    process.stdout.write(
      `(d) noisy neighbour: ${nn.askers} callers ask the documented questions; a ninth floods (${nn.floodStreams} requests at once of ${nn.floodAliases} aliased events lists) in ${nn.slices} slices of ${nn.sliceSeconds} s, alternating with quiet ones…\n`,
    );
    // Each caller its own API key, as the rate limiter and the database's fair queue tell callers apart.
    const keys = new ApiKeyService(db);
    const secretOf = async (name: string) => (await keys.create(name, [Role.READER], 'reliability')).secret;
    const askers: string[] = [];
    for (let a = 0; a < nn.askers; a += 1) askers.push(await secretOf(`reliability asker ${a + 1}`));
    const noisy = await noisyNeighbourPhase(
      baseUrl,
      documentedQuestions(),
      { askers, flooder: await secretOf('reliability flooder'), probe: await secretOf('reliability probe') },
      nn,
    );

    const apiStillRunning = api.child.exitCode === null;
    const summary = {
      startedAt,
      finishedAt: new Date().toISOString(),
      settings,
      load,
      outage,
      fuzz,
      noisyNeighbour: noisy,
      apiStillRunning,
      passed:
        outage.invariantsHold &&
        fuzz.uncleanAnswers === 0 &&
        fuzz.answersCorrectlyAfter &&
        fuzz.graphUnchanged &&
        noisy.holds &&
        apiStillRunning,
    };
    mkdirSync(path.join(repoRoot, 'test-output'), { recursive: true });
    writeFileSync(path.join(repoRoot, 'test-output', 'reliability.json'), `${JSON.stringify(summary, null, 2)}\n`);
    process.stdout.write(
      [
        '',
        `(a) load: ${load.requests} requests in ${load.seconds} s from ${load.clients} clients (${load.requestsPerSecond}/s), ${load.failedRequests} failed ${JSON.stringify(load.errorsByCode)}; p50 ${load.p50Ms} ms, p95 ${load.p95Ms} ms, p99 ${load.p99Ms} ms`,
        `(b) outage: ${outage.bundlesAttempted} bundles attempted, ${outage.writesAcknowledged} acknowledged, ${outage.bundlesFoundWhole} found whole, ${outage.bundlesAbsent} absent, ${outage.partialBundles.length} partial, ${outage.duplicateIds.length} with duplicate ids, ${outage.acknowledgedButMissing.length} acknowledged but missing; refused ${JSON.stringify(outage.writesRefusedByCode)}`,
        `    API while Neo4j was down: ${JSON.stringify(outage.apiDuringOutage.codes)}, ready statuses ${JSON.stringify(outage.apiDuringOutage.readyStatuses)}, p50 ${outage.apiDuringOutage.p50Ms} ms, max ${outage.apiDuringOutage.maxMs} ms; recovered ${outage.apiRecoveredAfterSeconds} s after the restart began (Neo4j itself took ${outage.neo4jRestartSeconds} s)`,
        `(c) fuzz: ${fuzz.casesTried} cases (seed ${fuzz.seed}), ${fuzz.uncleanAnswers} unclean; statuses ${JSON.stringify(fuzz.byStatus)}; answers correctly after: ${fuzz.answersCorrectlyAfter}; graph unchanged: ${fuzz.graphUnchanged}`,
        `(d) noisy neighbour: the ${noisy.askers} askers' p95 ${noisy.withoutFlood.p95Ms} ms without the flood (${noisy.withoutFlood.requests} requests, p50 ${noisy.withoutFlood.p50Ms} ms), ${noisy.withFlood.p95Ms} ms with it (${noisy.withFlood.requests} requests, p50 ${noisy.withFlood.p50Ms} ms): ${noisy.p95Ratio}x (at most ${noisy.maxP95Ratio}x); asker errors ${JSON.stringify(noisy.askerErrors)}`,
        `    flood: ${noisy.flood.requests} requests (${noisy.flood.sameList} of one list ${noisy.floodAliases} times, ${noisy.flood.distinctLists} of ${noisy.floodAliases} different lists), ${noisy.flood.answered} answered whole, codes ${JSON.stringify(noisy.flood.codes)}, ${noisy.flood.unclean} unclean, p50 ${noisy.flood.p50Ms} ms; a plain query from another caller during it: ${noisy.plainQueryDuringFlood.requests} asked, ${noisy.plainQueryDuringFlood.wrongAnswers} wrong, p50 ${noisy.plainQueryDuringFlood.p50Ms} ms, max ${noisy.plainQueryDuringFlood.maxMs} ms (under ${noisy.plainQueryDuringFlood.limitMs} ms; without the flood p50 ${noisy.plainQueryWithoutFlood.p50Ms} ms, max ${noisy.plainQueryWithoutFlood.maxMs} ms)`,
        `${summary.passed ? 'PASSED' : 'FAILED'}; details in test-output/reliability.json`,
        '',
      ].join('\n'),
    );
    process.exitCode = summary.passed ? 0 : 1;
  } finally {
    if (api) {
      api.child.kill('SIGTERM');
      await new Promise((resolve) =>
        api?.child.exitCode !== null ? resolve(undefined) : api?.child.once('exit', resolve),
      );
    }
    await driver.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`reliability: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
