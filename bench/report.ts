// Renders docs/performance.md from one run's results (bench/run.ts), with the profiling notes of bench/findings.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { repoRoot } from '../src/repoRoot';
import { loadCell } from './loadRecord';
import type { QuestionName } from './questions';
import { find, ratio, roundRatios, type AcledImportRun, type BenchResults, type SizeResults } from './results';

const systems = [
  ['api', 'this API'],
  ['neo4jGraphql', '@neo4j/graphql'],
  ['cypher', 'raw Cypher'],
] as const;

function sizeTable(size: SizeResults, concurrency: number): string {
  const rows = [
    '| question | system | p50 ms | p95 ms | p99 ms | req/s | requests | errors |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  const asked = [...new Set(size.measurements.map((m) => m.question))];
  for (const question of asked) {
    for (const [system, label] of systems) {
      const m = size.measurements.find(
        (x) => x.question === question && x.system === system && x.concurrency === concurrency,
      );
      if (m)
        rows.push(
          `| ${question} | ${label} | ${m.p50Ms} | ${m.p95Ms} | ${m.p99Ms} | ${m.throughputRps} | ${m.requests} | ${m.errors} |`,
        );
    }
  }
  return rows.join('\n');
}

function ratioTable(size: SizeResults): string {
  const rows = [
    '| question | c | API p50 / raw p50 | the same round by round: median (lowest-highest) | API p50 / @neo4j/graphql p50 | API req/s / @neo4j/graphql req/s |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  const asked = [...new Set(size.measurements.map((m) => m.question))] as QuestionName[];
  for (const question of asked) {
    for (const c of [1, 32]) {
      const api = find(size, question, 'api', c);
      const raw = find(size, question, 'cypher', c);
      const ng = find(size, question, 'neo4jGraphql', c);
      const show = (n: number | null) => (n === null ? 'n/a' : `${n}x`);
      const perRound = roundRatios(api, raw);
      const rounds = perRound === null ? 'n/a' : `${perRound.median}x (${perRound.min}-${perRound.max})`;
      rows.push(
        `| ${question} | ${c} | ${show(ratio(api?.p50Ms, raw?.p50Ms))} | ${rounds} | ${show(ratio(api?.p50Ms, ng?.p50Ms))} | ${show(ratio(api?.throughputRps, ng?.throughputRps))} |`,
      );
    }
  }
  return rows.join('\n');
}

function acledSection(r: BenchResults): string {
  const a = r.acledImport;
  if (!a) return 'Not measured in this run (`BENCH_ACLED_ROWS=0`); `npm run bench:acled` measures it alone.';
  const cpu = (run: AcledImportRun) => `${run.neo4jCpuSeconds ?? 'n/a'} s / ${run.importerCpuSeconds} s`;
  const row = (label: string, run: AcledImportRun, target: string, figure: string) =>
    `| \`${figure}\`: ${label} | **${number(run.rowsPerSecond)}** | ${target} | ${run.seconds} s | ${cpu(run)} | ${perRow(run)} | ${run.loadAverage?.join(' → ') ?? 'n/a'} | ${run.peakRssMb} MB (${run.rssMbByQuarter.join(' / ')}) | created ${run.created}, updated ${run.updated}, unchanged ${run.unchanged}, stale ${run.stale}, rejected ${run.rejected} |`;
  const perRow = (run: AcledImportRun) =>
    `${((((run.neo4jCpuSeconds ?? 0) + run.importerCpuSeconds) * 1000) / a.rows).toFixed(2)} ms`;
  return [
    `Measured by \`bench/acledImport.ts\`${a.measuredBy ? ` (\`${a.measuredBy}\`, ${a.measuredAt})` : ' in this run'}: the generated ACLED export \`${a.file}\` (${number(a.rows)} rows, ${a.fileMb} MB,`,
    `\`scripts/generateAcledCsv.ts\` seed ${a.seed}) imported by the code behind \`npm run import:acled\` into an empty graph on its own Neo4j`,
    "(heap 2g, page cache 1g), then imported again unchanged. Memory is the importing process's RSS: the highest sampled, then",
    'when a quarter, half, three quarters and all of the file had been read (flat: it does not grow with the file).',
    '',
    '| figure | rows/s | target | time | CPU: Neo4j / importer | CPU per row | load average (start → end) | RSS peak (by quarter of the file) | outcome |',
    '|---|---:|---|---:|---:|---:|---|---|---|',
    row(`${number(a.rows)} rows into an empty graph`, a.import, '>= 5,000', 'importRowsPerSecond'),
    row('the same file again, unchanged', a.reimport, '>= 20,000', 'reimportRowsPerSecond'),
    '',
    `The graph afterwards: ${number(a.graph.events)} events, ${number(a.graph.claims)} claims, ${number(a.graph.nodes)} nodes, ${number(a.graph.relationships)} relationships.`,
  ].join('\n');
}

const number = (n: number) => n.toLocaleString('en-US');

/** Hand-written profiling notes (bench/findings.md), kept across re-runs. */
function findings(): string {
  const file = path.join(repoRoot, 'bench', 'findings.md');
  return existsSync(file) ? `\n${readFileSync(file, 'utf8').trim()}\n` : '';
}

export function renderMarkdown(r: BenchResults): string {
  const scaling = r.sizes
    .map((s) => {
      const c1 = find(s, 'canonical', 'api', 1);
      const c32 = find(s, 'canonical', 'api', 32);
      const raw1 = find(s, 'canonical', 'cypher', 1);
      return `| ${s.size} | ${s.counts.claims} | ${s.counts.events} | ${loadCell(s)} | ${c1?.p50Ms ?? 'n/a'} | ${c32?.p50Ms ?? 'n/a'} | ${raw1?.p50Ms ?? 'n/a'} |`;
    })
    .join('\n');
  const perSize = r.sizes
    .map(
      (s) => `### ${s.size} claims (${s.counts.claims} claims, ${s.counts.events} events, ${s.counts.nodes} nodes)

Answers of the first request (the three should agree): ${Object.entries(s.answers)
        .map(
          ([q, a]) =>
            `${q}: ${Object.entries(a)
              .map(([sys, v]) => `${sys} ${v}`)
              .join(' / ')}`,
        )
        .join('; ')}.

API process memory (RSS): ${s.memory.api.idleMb} MB after start-up, ${s.memory.api.peakMb} MB at most under load;
@neo4j/graphql process: ${s.memory.neo4jGraphql.idleMb} MB, ${s.memory.neo4jGraphql.peakMb} MB.

Concurrency 1:

${sizeTable(s, 1)}

Concurrency 32:

${sizeTable(s, 32)}

Ratios:

${ratioTable(s)}
`,
    )
    .join('\n');
  return `# Performance

Generated by \`npm run bench\` (bench/run.ts) on ${r.date}; raw figures in \`bench/results/${r.date.slice(0, 10)}.json\`.
Do not edit by hand: re-run the benchmark (or \`npx tsx bench/report.ts bench/results/<date>.json\`); the findings come from \`bench/findings.md\`.

## Headline (issue 7 targets)

| figure | measured | target |
|---|---:|---|
| \`apiOverRawP50\`: canonical p50 at concurrency 32, this API / raw Cypher (${r.headlineSize}) | ${r.apiOverRawP50 ?? 'n/a'} | <= 1.3 |
| \`apiOverNeo4jGraphqlThroughput\`: canonical req/s at concurrency 32, this API / @neo4j/graphql (${r.headlineSize}) | ${r.apiOverNeo4jGraphqlThroughput ?? 'n/a'} | >= 2 |
| \`p50_1M_over_10k\`: this API's canonical p50 (concurrency 1) at 1M / at 10k claims | ${r.p50_1M_over_10k ?? 'not run'} | <= 1.5 |

## ACLED import (issue 23 targets)

${acledSection(r)}

## Method

- **Data**: \`bench/generate.ts\`, seeded (the same graph every time): 10 states, each with armed forces and 20 units
  (\`PART_OF\` chains), 30 armed groups, an unknown actor; 10 countries > 50 regions > 300 cities > 1500 districts
  with points; 200 sources (official and armed-group media affiliated with actors); per event a document and a
  blaming claim, then with some probability a relay (0.7), a rival blame (0.3), a denial (0.25) and a casualty count
  (0.4), about 2.65 claims an event. Actors, sources, places, kinds and dates are picked on skewed curves.
  Loaded through \`ingestBundle\` in batches of 1000 events, each size into its own Neo4j (\`.neo4j/bench-<size>\`),
  reused by later runs; the load that filled a size is recorded beside its data and reported with the run that reused
  it (\`npm run bench:load -- --again <size>\` loads it anew).
- **Systems**, on the same Neo4j and data: this API (built, \`node dist/src/main.js\`, NODE_ENV=production,
  anonymous READER, rate limit off) over HTTP; an API made with \`@neo4j/graphql\` over the same model
  (\`bench/neo4jGraphqlServer.ts\`, typeDefs with \`@relationship\`, plain Apollo Server, its own process) over HTTP
  with the nearest equivalent GraphQL; hand-written Cypher through \`neo4j-driver\` in the bench process (the floor:
  no HTTP, no GraphQL). The GraphQL and Cypher of each question are in \`bench/questions.ts\`.
- **Questions**: ${Object.entries(r.questions)
    .map(([q, d]) => `\`${q}\`: ${d}`)
    .join('; ')}.
- **Load**: a closed loop in the bench process (each of \`c\` clients sends its next request when the last answers;
  HTTP through node:http over kept-alive connections, not global fetch, whose own CPU fell on the shared cores),
  c = ${r.settings.concurrencies.join(' and ')}, ${r.settings.secondsPerRun} s per system per round, ${r.settings.rounds} rounds, the order of the
  three systems rotated every round to cancel drift; latencies pooled over rounds (the ratio tables also give this
  API's p50 over raw Cypher's round by round, which shows how far the machine moved the pooled ratio); ${r.settings.warmupSeconds === undefined ? '5 warm-up requests' : `a ${r.settings.warmupSeconds} s warm-up`} per system
  and question first.
  Percentiles are nearest-rank over every request; req/s is requests answered over time spent.
- **Memory**: RSS of the two API processes from /proc, sampled every 200 ms while they are under load.

## Machine

${r.machine.cpuCount} × ${r.machine.cpuModel}, ${r.machine.memoryGb} GB RAM, ${r.machine.platform}, Node ${r.machine.node},
${r.machine.neo4j} (local, heap 2g / page cache 1g; 3g / 3g at 1M). Neo4j, the API processes and the load generator
share the same ${r.machine.cpuCount} cores, so absolute figures are low; the ratios are the point.

## Scaling: the canonical query

| size | claims | events | load (ingestBundle, batches of 1000 events; when measured) | API p50 c=1 ms | API p50 c=32 ms | raw p50 c=1 ms |
|---|---:|---:|---:|---:|---:|---:|
${scaling}

## Per size

${perSize}
## Not measured, and caveats

- At 1M only the questions in \`BENCH_1M_QUESTIONS\` (${r.settings.questionsAt1m.join(', ')}) run.
- \`@neo4j/graphql\` has no variable-length filter: "X and its units" is an explicit two-level \`partOf\` filter,
  which matches this graph's depth (unit > armed forces > state) but not deeper trees. It cannot count origin sources
  either: the attributions question fetches claims with two hops of relays and leaves the counting to the client.
  Its search covers events only (\`@fulltext\` is per type); this API's and raw Cypher's cover every kind.
- Percentiles and req/s count answered requests only; errors are timeouts (this API's \`NEO4J_QUERY_TIMEOUT_MS\`,
  15 s by default, or the bench's 30 s per request), so a row with many errors has percentiles from few requests.
  A request the bench gave up on leaves its query running in Neo4j (@neo4j/graphql sets no transaction timeout): the
  bench ends such transactions before it measures the next system, so they do not slow it.
- Raw Cypher pays no HTTP or JSON cost, so API / raw includes the whole HTTP and GraphQL stack.
- Writes other than the ACLED import, the change feed, exports and the round-trip count per request (pinned by tests/integration/roundTrips.test.ts)
  are not measured here.
${findings()}`;
}

// `npx tsx bench/report.ts bench/results/<date>.json`: re-renders docs/performance.md from a results file.
if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx bench/report.ts bench/results/<date>.json');
  writeFileSync(
    path.join(repoRoot, 'docs', 'performance.md'),
    renderMarkdown(JSON.parse(readFileSync(file, 'utf8')) as BenchResults),
  );
}
