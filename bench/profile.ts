// `npx tsx bench/profile.ts <size> [statement]`: PROFILE of this API's Cypher for the canonical question (or another
// registered statement given its params below) on a loaded bench size, and the same for the hand-written floor.
// Prints db hits and rows per operator, and the wall time of 20 runs of each.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';

import { repoRoot } from '../src/repoRoot';
import { benchIds } from './generate';
import { openBenchGraph, type SizeName } from './load';
import { questions } from './questions';

interface PlanNode {
  operatorType: string;
  rows: number;
  dbHits: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function printPlan(plan: PlanNode, depth = 0): number {
  const details = String(plan.arguments.Details ?? '').slice(0, 110);
  process.stdout.write(
    `${'  '.repeat(depth)}${plan.operatorType}  rows=${plan.rows} hits=${plan.dbHits}  ${details}\n`,
  );
  return plan.dbHits + plan.children.reduce((sum, child) => sum + printPlan(child, depth + 1), 0);
}

async function main(): Promise<void> {
  const size = (process.argv[2] ?? '10k') as SizeName;
  const graph = await openBenchGraph(size);
  try {
    const apiText = readFileSync(path.join(repoRoot, 'cypher', 'event', 'eventsAttributedToWalked.cypher'), 'utf8');
    const apiParams = {
      actorId: benchIds.canonicalActor,
      includeSubordinates: true,
      sourceId: benchIds.canonicalSource,
      sourceAsRelayer: false,
      kinds: ['AIRSTRIKE', 'DRONE_STRIKE'],
      minConfidence: null,
      includeRetracted: false,
      skip: neo4j.int(0),
      limit: neo4j.int(20),
      detail: { event: false, place: false, claim: false, source: false, document: false },
    };
    const raw = questions.find((q) => q.name === 'canonical')!.cypher(0);
    for (const [label, text, params] of [
      ['API eventsAttributedToWalked', apiText, apiParams],
      ['raw canonical', raw.text, raw.params],
    ] as const) {
      const session = graph.driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.run(`PROFILE ${text}`, params);
        process.stdout.write(`\n== ${label} ==\n`);
        const total = printPlan(result.summary.profile as unknown as PlanNode);
        let ms = 0;
        for (let i = 0; i < 20; i += 1) {
          const t0 = performance.now();
          await session.run(text, params);
          ms += performance.now() - t0;
        }
        process.stdout.write(`total db hits ${total}; mean ${(ms / 20).toFixed(1)} ms over 20 runs\n`);
      } finally {
        await session.close();
      }
    }
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
