// The reliability script's noisy-neighbour phase: one caller floods the API with heavy queries while other callers ask
// the documented questions. Their latency with the flood is compared with their latency without it, measured in
// alternating slices (quiet, flood, quiet, flood...) so that a change in what else the machine runs weighs on both.
import { graphql, latencySummary, tally, type Outcome } from './measure';

export interface NoisyNeighbourSettings {
  /** Callers asking the documented questions, one request at a time each. */
  askers: number;
  /** Requests the flooding caller keeps going at once. */
  floodStreams: number;
  /** Aliased lists per flood request. */
  floodAliases: number;
  /** Slices of each kind, and the length of one slice. */
  slices: number;
  sliceSeconds: number;
  /** The with-flood p95 of the askers may be at most this many times their p95 without. */
  maxP95Ratio: number;
  /** A plain query from another caller must answer within this during the flood (it is asked in quiet slices too, for comparison). */
  probeLimitMs: number;
}

export interface Callers {
  /** The Authorization header of each asker, of the flooder and of the probing caller: each its own API key. */
  askers: string[];
  flooder: string;
  probe: string;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The flood of the issue that found the problem: the same list under many aliases (one statement, since identical
 * statements of a request run once), and the same with a different filter per alias (one statement per alias).
 */
export function floodQueries(aliases: number): { sameList: string; distinctLists: string } {
  const range = Array.from({ length: aliases }, (_, i) => i);
  const sameList = `query Flood { ${range.map((i) => `a${i}: events(first: 100) { totalCount }`).join(' ')} }`;
  const distinctLists = `query FloodDistinct { ${range.map((i) => `a${i}: events(first: 100, filter: { from: "${1800 + i}-01-01" }) { totalCount }`).join(' ')} }`;
  return { sameList, distinctLists };
}

const plainQuery = '{ event(id: "event:derna-airstrikes-2017-10-30") { kind startDate } }';
const plainAnswer = JSON.stringify({ event: { kind: 'AIRSTRIKE', startDate: '2017-10-30' } });

/** Codes a flood request may be answered with: a clean refusal names why (too costly, rate, database busy or down). */
const acceptedFloodCodes = /^(DATABASE_UNAVAILABLE(\/\w+)?|QUERY_TOO_COMPLEX|RATE_LIMITED|QUERY_TIMEOUT)$/;

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

export async function noisyNeighbourPhase(
  baseUrl: string,
  questions: string[],
  callers: Callers,
  settings: NoisyNeighbourSettings,
) {
  const { sameList, distinctLists } = floodQueries(settings.floodAliases);
  // Each text compiled, and each statement planned, once before anything is timed.
  for (const question of questions) await graphql(baseUrl, question, undefined, bearer(callers.askers[0]));
  await graphql(baseUrl, sameList, undefined, bearer(callers.flooder));
  await graphql(baseUrl, distinctLists, undefined, bearer(callers.flooder));

  const latencies = { quiet: [] as number[], flood: [] as number[] };
  const askerErrors: Record<string, number> = {};
  let askerRequests = 0;
  const flood = {
    requests: 0,
    sameList: 0,
    distinctLists: 0,
    answered: 0,
    statuses: {} as Record<string, number>,
    codes: {} as Record<string, number>,
    unclean: [] as { status: number; codes: string[] }[],
    latencies: [] as number[],
  };
  const probes = {
    quiet: {
      requests: 0,
      wrong: 0,
      latencies: [] as number[],
      codes: {} as Record<string, number>,
      slowest: [] as { ms: number; sliceAtMs: number }[],
    },
    flood: {
      requests: 0,
      wrong: 0,
      latencies: [] as number[],
      codes: {} as Record<string, number>,
      slowest: [] as { ms: number; sliceAtMs: number }[],
    },
  };
  let sliceStarted = performance.now();

  // Drain: the flood has stopped asking and its last requests are being answered; nothing is timed.
  let slice: 'quiet' | 'flood' | 'drain' = 'quiet';
  let running = true;
  const asker = async (a: number) => {
    for (let i = a; running; i += 1) {
      const started = slice;
      const outcome = await graphql(baseUrl, questions[i % questions.length], undefined, bearer(callers.askers[a]));
      askerRequests += 1;
      // A request that straddles two slices belongs to neither.
      if (started === slice && slice !== 'drain') latencies[slice].push(outcome.ms);
      if (outcome.status !== 200 || outcome.codes.length > 0)
        for (const code of outcome.codes.length ? outcome.codes : [`HTTP_${outcome.status}`]) tally(askerErrors, code);
    }
  };

  const floodStream = async (s: number) => {
    for (let i = s; slice === 'flood'; i += 1) {
      const same = i % 2 === 0;
      // A flood request is answered slowly, its queries waiting behind other callers': it is given two minutes.
      const outcome: Outcome = await graphql(
        baseUrl,
        same ? sameList : distinctLists,
        undefined,
        bearer(callers.flooder),
        120_000,
      );
      flood.requests += 1;
      flood[same ? 'sameList' : 'distinctLists'] += 1;
      flood.latencies.push(outcome.ms);
      tally(flood.statuses, String(outcome.status));
      for (const code of outcome.codes) tally(flood.codes, code);
      if (outcome.codes.length === 0) flood.answered += 1;
      const clean = outcome.clean && outcome.codes.every((code) => acceptedFloodCodes.test(code));
      if (!clean) flood.unclean.push({ status: outcome.status, codes: [...new Set(outcome.codes)] });
    }
  };
  // Every 250 ms, in quiet and flood slices alike, counted in the slice it was asked in: one asked in a flood slice was
  // answered during the flood however late (the flood goes on until its requests are answered).
  const prober = async () => {
    while (running) {
      await sleep(250);
      const started = slice;
      const sliceAtMs = Math.round(performance.now() - sliceStarted);
      const outcome = await graphql(baseUrl, plainQuery, undefined, bearer(callers.probe));
      if (started === 'drain' || (started === 'quiet' && slice !== 'quiet')) continue;
      const probe = probes[started];
      probe.requests += 1;
      probe.latencies.push(outcome.ms);
      probe.slowest = [...probe.slowest, { ms: Math.round(outcome.ms), sliceAtMs }]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5);
      for (const code of outcome.codes) tally(probe.codes, code);
      if (JSON.stringify((outcome.body as { data?: unknown } | undefined)?.data) !== plainAnswer) probe.wrong += 1;
    }
  };

  const askers = Promise.all([...callers.askers.map((_, a) => asker(a)), prober()]);
  for (let s = 0; s < settings.slices; s += 1) {
    slice = 'quiet';
    sliceStarted = performance.now();
    await sleep(settings.sliceSeconds * 1000);
    slice = 'flood';
    sliceStarted = performance.now();
    const flooding = Promise.all(Array.from({ length: settings.floodStreams }, (_, f) => floodStream(f)));
    await sleep(settings.sliceSeconds * 1000);
    // The flood stops asking; the next quiet slice starts once its last requests have been answered.
    slice = 'drain';
    await flooding;
  }
  running = false;
  await askers;

  const quiet = latencySummary(latencies.quiet);
  const flooded = latencySummary(latencies.flood);
  const probeSummary = latencySummary(probes.flood.latencies);
  const probeReport = (probe: (typeof probes)['quiet']) => ({
    requests: probe.requests,
    wrongAnswers: probe.wrong,
    codes: probe.codes,
    ...latencySummary(probe.latencies),
    slowest: probe.slowest,
  });
  const p95Ratio = quiet.p95Ms > 0 ? Math.round((flooded.p95Ms / quiet.p95Ms) * 100) / 100 : null;
  const askersFailed = Object.values(askerErrors).reduce((sum, n) => sum + n, 0);
  return {
    askers: callers.askers.length,
    floodStreams: settings.floodStreams,
    floodAliases: settings.floodAliases,
    slices: settings.slices,
    sliceSeconds: settings.sliceSeconds,
    askerRequests,
    askerErrors,
    withoutFlood: { requests: latencies.quiet.length, ...quiet },
    withFlood: { requests: latencies.flood.length, ...flooded },
    p95Ratio,
    maxP95Ratio: settings.maxP95Ratio,
    flood: {
      ...flood,
      latencies: undefined,
      unclean: flood.unclean.length,
      uncleanSamples: flood.unclean.slice(0, 10),
      ...latencySummary(flood.latencies),
    },
    plainQueryDuringFlood: { ...probeReport(probes.flood), limitMs: settings.probeLimitMs },
    plainQueryWithoutFlood: probeReport(probes.quiet),
    holds:
      p95Ratio !== null &&
      p95Ratio <= settings.maxP95Ratio &&
      askersFailed === 0 &&
      flood.requests > 0 &&
      flood.unclean.length === 0 &&
      probes.flood.requests > 0 &&
      probes.flood.wrong === 0 &&
      probeSummary.maxMs < settings.probeLimitMs,
  };
}
