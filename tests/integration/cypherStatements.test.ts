// Every Cypher file is registered and used, every registered name has its file with the parameters it declares, and Neo4j
// accepts each.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { cypherDir, CypherRegistry } from '../../src/db/cypherRegistry';
import { statements, type StatementName } from '../../src/db/statements';
import { repoRoot } from '../../src/repoRoot';
import { cypherParameters } from '../support/cypherParameters';
import { testGraph, type TestGraph } from '../support/testGraph';

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return filesUnder(full, pattern);
    return pattern.test(entry) ? [full] : [];
  });
}

const statementNames = Object.keys(statements) as StatementName[];
const fileOf = (name: StatementName) => statements[name].file;

test('every .cypher file outside cypher/schema is registered by name', () => {
  const onDisk = filesUnder(cypherDir, /\.cypher$/)
    .map((file) => path.relative(cypherDir, file))
    .filter((file) => !file.startsWith('schema'))
    .sort();
  expect(onDisk).toEqual(statementNames.map(fileOf).sort());
});

test('every registered statement is used by the code', () => {
  const code = ['src', 'scripts', 'tests']
    .flatMap((dir) => filesUnder(path.join(repoRoot, dir), /\.ts$/))
    .filter((file) => !file.endsWith('statements.ts') && !file.endsWith('cypherStatements.test.ts'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const unused = statementNames.filter((name) => !code.includes(`'${name}'`));
  expect(unused).toEqual([]);
});

test('every statement file opens with a header comment naming it', () => {
  const headerless = statementNames.filter(
    (name) => !readFileSync(path.join(cypherDir, fileOf(name)), 'utf8').startsWith(`// ${name}:`),
  );
  expect(headerless).toEqual([]);
});

test('every statement declares exactly the $parameters its file uses', () => {
  const mismatched = statementNames.flatMap((name) => {
    const used = cypherParameters(readFileSync(path.join(cypherDir, fileOf(name)), 'utf8')).sort();
    const declared = [...statements[name].paramNames].sort();
    return used.join() === declared.join()
      ? []
      : [`${name}: declares ${declared.join(', ') || 'none'}; ${fileOf(name)} uses ${used.join(', ') || 'none'}`];
  });
  expect(mismatched).toEqual([]);
});

test('loading fails fast, naming the missing file', () => {
  expect(() => CypherRegistry.load(path.join(repoRoot, 'seed'))).toThrow(
    /missing Cypher statement files under .*seed: ingest\/findExistingNodes\.cypher/,
  );
});

describe('against Neo4j', () => {
  let graph: TestGraph;
  beforeAll(() => {
    graph = testGraph();
  });
  afterAll(() => graph.close());

  test.each(statementNames)('Neo4j plans %s without errors or deprecated syntax', async (name) => {
    const text = CypherRegistry.load().text(name);
    // The driver asks for no notifications (src/db/driver.ts); this session asks for them, to see deprecations.
    const session = graph.driver.session({ notificationFilter: { minimumSeverityLevel: 'INFORMATION' } });
    try {
      // EXPLAIN plans without running; parameters only need to exist, and the declared ones must be enough.
      const result = await session.run(
        `EXPLAIN ${text}`,
        Object.fromEntries(statements[name].paramNames.map((p) => [p, null])),
      );
      expect(result.summary.plan).toBeTruthy();
      const deprecations = result.summary.notifications
        .filter((n) => n.category === 'DEPRECATION')
        .map((n) => `${n.code}: ${n.description}`);
      expect(deprecations).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test('the driver asks Neo4j for no notifications, which nothing reads', async () => {
    // A label the graph has never held draws an UnknownLabelWarning when notifications are on.
    const statement = 'MATCH (n:NoSuchLabelAnywhere) RETURN count(n) AS n';
    const asked = graph.driver.session({ notificationFilter: { minimumSeverityLevel: 'WARNING' } });
    const plain = graph.driver.session();
    try {
      expect((await asked.run(statement)).summary.notifications.map((n) => n.code)).toContain(
        'Neo.ClientNotification.Statement.UnknownLabelWarning',
      );
      expect((await plain.run(statement)).summary.notifications).toEqual([]);
    } finally {
      await Promise.all([asked.close(), plain.close()]);
    }
  });
});
