// The benchmark's results file carries the three headline ratios of issue 7 as plain numbers, and the generator is
// deterministic. No timing is asserted: the figures are measured by `npm run bench`, not here.
import { baseBundle, eventsBundle } from '../../../bench/generate';
import { headlineRatios, roundRatios, summarize, type SizeResults } from '../../../bench/results';

function size(
  name: string,
  figures: { api: [number, number]; cypher: [number, number]; neo4jGraphql: [number, number]; api1: number },
): SizeResults {
  const m = (system: 'api' | 'cypher' | 'neo4jGraphql', concurrency: number, p50: number, rps: number) => ({
    question: 'canonical' as const,
    system,
    concurrency,
    requests: 100,
    errors: 0,
    p50Ms: p50,
    p95Ms: p50,
    p99Ms: p50,
    throughputRps: rps,
  });
  return {
    size: name,
    claims: 0,
    counts: { events: 0, claims: 0, nodes: 0 },
    loadSeconds: null,
    answers: {},
    memory: { api: { idleMb: 1, peakMb: 1 }, neo4jGraphql: { idleMb: 1, peakMb: 1 } },
    measurements: [
      m('api', 1, figures.api1, 10),
      m('api', 32, ...figures.api),
      m('cypher', 32, ...figures.cypher),
      m('neo4jGraphql', 32, ...figures.neo4jGraphql),
    ],
  };
}

test('the headline ratios: API over raw p50 and API over @neo4j/graphql throughput at the largest size below 1M, and 1M over 10k p50', () => {
  const ratios = headlineRatios([
    size('10k', { api: [20, 100], cypher: [10, 300], neo4jGraphql: [40, 50], api1: 8 }),
    size('100k', { api: [30, 90], cypher: [20, 200], neo4jGraphql: [90, 30], api1: 10 }),
    size('1m', { api: [60, 40], cypher: [50, 60], neo4jGraphql: [900, 2], api1: 12 }),
  ]);
  expect(ratios).toEqual({
    apiOverRawP50: 1.5,
    apiOverNeo4jGraphqlThroughput: 3,
    p50_1M_over_10k: 1.5,
    headlineSize: '100k',
  });
});

test('p50_1M_over_10k is null when 1M was not run', () => {
  expect(
    headlineRatios([size('10k', { api: [20, 100], cypher: [10, 300], neo4jGraphql: [40, 50], api1: 8 })])
      .p50_1M_over_10k,
  ).toBeNull();
});

test('percentiles are nearest-rank over the latencies of every round, throughput is answers over elapsed seconds', () => {
  const latencies = Array.from({ length: 100 }, (_, i) => 100 - i);
  expect(summarize('canonical', 'api', 1, [latencies.slice(0, 50), latencies.slice(50)], 2, 4)).toEqual({
    question: 'canonical',
    system: 'api',
    concurrency: 1,
    requests: 100,
    errors: 2,
    p50Ms: 50,
    p95Ms: 95,
    p99Ms: 99,
    throughputRps: 25,
    roundP50Ms: [75, 25],
  });
});

test('round-by-round ratios pair each round of one system with the same round of the other', () => {
  const measured = (roundP50Ms: number[] | undefined) => ({
    ...summarize('canonical', 'api', 1, [[1]], 0, 1),
    roundP50Ms,
  });
  expect(roundRatios(measured([12, 30, 11]), measured([10, 20, 10]))).toEqual({ median: 1.2, min: 1.1, max: 1.5 });
  expect(roundRatios(measured([12, 30, 11, 13]), measured([10, 20, 10, 10]))).toEqual({
    median: 1.25,
    min: 1.1,
    max: 1.5,
  });
  expect(roundRatios(measured(undefined), measured([10]))).toBeNull();
  expect(roundRatios(measured([10, 10]), measured([10]))).toBeNull();
  expect(roundRatios(measured([10]), measured([0]))).toBeNull();
});

test('the generator gives the same graph for the same seed, and a different one for another', () => {
  expect(eventsBundle(7, 0, 50)).toEqual(eventsBundle(7, 0, 50));
  expect(eventsBundle(8, 0, 50)).not.toEqual(eventsBundle(7, 0, 50));
  const base = baseBundle();
  expect(base.actorTies.every((tie) => tie.kind === 'PART_OF')).toBe(true);
  expect(new Set(base.locations.map((l) => l.id)).size).toBe(base.locations.length);
});

test('docs/performance.md shows the ACLED import figures against their targets, or says they were not measured', async () => {
  const { renderMarkdown } = await import('../../../bench/report');
  const run = (rowsPerSecond: number, seconds: number) => ({
    seconds,
    rowsPerSecond,
    created: 0,
    updated: 0,
    unchanged: 0,
    stale: 0,
    rejected: 0,
    batches: 50,
    neo4jCpuSeconds: 10,
    importerCpuSeconds: 5,
    peakRssMb: 300,
    rssMbByQuarter: [250, 251, 252, 253],
    loadAverage: [1.5, 2] as [number, number],
  });
  const base = {
    apiOverRawP50: null,
    apiOverNeo4jGraphqlThroughput: null,
    p50_1M_over_10k: null,
    headlineSize: null,
    date: '2026-12-07T10:00:00.000Z',
    machine: { cpuCount: 2, cpuModel: 'x', memoryGb: 8, node: 'v20', neo4j: 'Neo4j 5', platform: 'linux' },
    settings: { secondsPerRun: 3, rounds: 6, concurrencies: [1, 32], sizes: [], questionsAt1m: [] },
    questions: {},
    sizes: [],
  };
  const measured = renderMarkdown({
    ...base,
    importRowsPerSecond: 6000,
    reimportRowsPerSecond: 25000,
    acledImport: {
      rows: 100000,
      file: 'bench/data/acled.csv',
      fileMb: 60,
      seed: 2017,
      import: run(6000, 16.7),
      reimport: run(25000, 4),
      graph: { nodes: 1, events: 2, claims: 3, relationships: 4 },
    },
  });
  expect(measured).toContain(
    '| `importRowsPerSecond`: 100,000 rows into an empty graph | **6,000** | >= 5,000 | 16.7 s | 10 s / 5 s | 0.15 ms | 1.5 → 2 | 300 MB (250 / 251 / 252 / 253) |',
  );
  expect(measured).toContain('| `reimportRowsPerSecond`: the same file again, unchanged | **25,000** | >= 20,000 |');
  expect(renderMarkdown(base)).toContain('Not measured in this run (`BENCH_ACLED_ROWS=0`)');
});
