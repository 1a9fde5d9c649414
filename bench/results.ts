// The shape of bench/results/<date>.json, and the figures derived from the raw latencies.
import type { LoadRecord } from './loadRecord';
import type { QuestionName } from './questions';

export type SystemName = 'api' | 'neo4jGraphql' | 'cypher';

export interface Measurement {
  question: QuestionName;
  system: SystemName;
  concurrency: number;
  requests: number;
  errors: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  throughputRps: number;
  /** The p50 of each round alone, in round order (absent from results written before 2026-12-07). */
  roundP50Ms?: number[];
}

export interface SizeResults {
  size: string;
  claims: number;
  counts: { events: number; claims: number; nodes: number };
  /** Seconds this run spent loading the size; null when an earlier run's data was reused. */
  loadSeconds: number | null;
  /** The load that filled the size's data, in this run or the one that built it (absent before 2026-12-07). */
  load?: LoadRecord | null;
  /** Per question and system, the total and page size of the first answer: the three should agree. */
  answers: Record<string, Record<string, string>>;
  measurements: Measurement[];
  /** Resident set size of the two API processes: after start-up, and the highest sampled under load. */
  memory: { api: { idleMb: number | null; peakMb: number }; neo4jGraphql: { idleMb: number | null; peakMb: number } };
}

export interface Headline {
  /** Canonical query, p50, concurrency 32: this API over hand-written Cypher, at `headlineSize`. */
  apiOverRawP50: number | null;
  /** Canonical query, concurrency 32: this API's throughput over @neo4j/graphql's, at `headlineSize`. */
  apiOverNeo4jGraphqlThroughput: number | null;
  /** This API's canonical p50 (concurrency 1) at 1M claims over the same at 10k; null when 1M was not run. */
  p50_1M_over_10k: number | null;
  headlineSize: string | null;
}

/** One import of the generated ACLED file (bench/acledImport.ts). */
export interface AcledImportRun {
  seconds: number;
  rowsPerSecond: number;
  created: number;
  updated: number;
  unchanged: number;
  stale: number;
  rejected: number;
  batches: number;
  /** CPU seconds Neo4j and the importing process used (null without /proc). */
  neo4jCpuSeconds: number | null;
  importerCpuSeconds: number;
  /** The importing process's RSS: the highest sampled, and when each quarter of the file had been read. */
  peakRssMb: number;
  rssMbByQuarter: number[];
  /** The machine's 1-minute load average when the import started and ended (the cores are shared). */
  loadAverage?: [number, number];
}

export interface AcledImportBench {
  rows: number;
  file: string;
  fileMb: number;
  seed: number;
  /** Into an empty graph. */
  import: AcledImportRun;
  /** The same file again, into the graph the first import left. */
  reimport: AcledImportRun;
  graph: { nodes: number; events: number; claims: number; relationships: number };
  /** Set when `npm run bench:acled` measured it apart from the query bench. */
  measuredAt?: string;
  measuredBy?: string;
}

export interface BenchResults extends Headline {
  /** Issue 23: ACLED rows imported per second into an empty graph, and re-imported unchanged; absent when not measured. */
  importRowsPerSecond?: number | null;
  reimportRowsPerSecond?: number | null;
  acledImport?: AcledImportBench | null;
  date: string;
  machine: { cpuCount: number; cpuModel: string; memoryGb: number; node: string; neo4j: string; platform: string };
  settings: {
    secondsPerRun: number;
    warmupSeconds?: number;
    rounds: number;
    concurrencies: number[];
    sizes: string[];
    questionsAt1m: string[];
  };
  questions: Record<string, string>;
  sizes: SizeResults[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** `rounds`: each round's latencies; percentiles pool them, and each round's p50 is kept beside. */
export function summarize(
  question: QuestionName,
  system: SystemName,
  concurrency: number,
  rounds: number[][],
  errors: number,
  elapsedS: number,
): Measurement {
  const sorted = rounds.flat().sort((a, b) => a - b);
  return {
    question,
    system,
    concurrency,
    requests: sorted.length,
    errors,
    p50Ms: round1(percentile(sorted, 50)),
    p95Ms: round1(percentile(sorted, 95)),
    p99Ms: round1(percentile(sorted, 99)),
    throughputRps: elapsedS > 0 ? round1(sorted.length / elapsedS) : 0,
    roundP50Ms: rounds.map((latencies) =>
      round1(
        percentile(
          [...latencies].sort((a, b) => a - b),
          50,
        ),
      ),
    ),
  };
}

export function find(
  size: SizeResults | undefined,
  question: QuestionName,
  system: SystemName,
  concurrency: number,
): Measurement | undefined {
  return size?.measurements.find(
    (m) => m.question === question && m.system === system && m.concurrency === concurrency && m.requests > 0,
  );
}

export function ratio(a: number | undefined, b: number | undefined): number | null {
  return a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0
    ? null
    : round2(a / b);
}

/**
 * One system's p50 over another's, round by round (the two ran minutes apart at most, on the same machine): the
 * median and range of those ratios show how far the pooled ratio moves with the machine's drift within one run.
 * Null when either lacks per-round figures or a round answered nothing.
 */
export function roundRatios(
  a: Measurement | undefined,
  b: Measurement | undefined,
): { median: number; min: number; max: number } | null {
  const [ra, rb] = [a?.roundP50Ms, b?.roundP50Ms];
  if (!ra || !rb || ra.length === 0 || ra.length !== rb.length) return null;
  const ratios = ra.map((p50, i) => p50 / rb[i]);
  if (!ratios.every(Number.isFinite)) return null;
  const sorted = [...ratios].sort((x, y) => x - y);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median: round2(median), min: round2(sorted[0]), max: round2(sorted[sorted.length - 1]) };
}

/** The three headline numbers; the first two at the largest size below 1M that was run (all questions run there). */
export function headlineRatios(sizes: SizeResults[]): Headline {
  const headline = [...sizes].reverse().find((s) => s.size !== '1m') ?? sizes[sizes.length - 1];
  const small = sizes.find((s) => s.size === '10k');
  const million = sizes.find((s) => s.size === '1m');
  return {
    apiOverRawP50: ratio(
      find(headline, 'canonical', 'api', 32)?.p50Ms,
      find(headline, 'canonical', 'cypher', 32)?.p50Ms,
    ),
    apiOverNeo4jGraphqlThroughput: ratio(
      find(headline, 'canonical', 'api', 32)?.throughputRps,
      find(headline, 'canonical', 'neo4jGraphql', 32)?.throughputRps,
    ),
    p50_1M_over_10k: ratio(find(million, 'canonical', 'api', 1)?.p50Ms, find(small, 'canonical', 'api', 1)?.p50Ms),
    headlineSize: headline?.size ?? null,
  };
}
