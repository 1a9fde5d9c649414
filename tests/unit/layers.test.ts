// The layer rules in .dependency-cruiser.cjs, tried on small trees planted in a temporary folder: an import that runs
// upward is refused by name, one that runs downward passes. `npm run lint:layers` applies the same rules to src/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { repoRoot } from '../../src/repoRoot';

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** Writes `files` (path -> source) under a fresh folder and returns the rule violations dependency-cruiser finds there. */
function violationsIn(files: Record<string, string>): Violation[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'layers-'));
  try {
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'commonjs', strict: true } }),
    );
    for (const [file, source] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), source);
    }
    const cli = path.join(repoRoot, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
    const config = path.join(repoRoot, '.dependency-cruiser.cjs');
    let output: string;
    try {
      output = execFileSync(process.execPath, [cli, 'src', '--config', config, '--output-type', 'json'], {
        cwd: dir,
        encoding: 'utf8',
      });
    } catch (error) {
      output = (error as { stdout: string }).stdout; // it exits non-zero when it finds violations
    }
    return (JSON.parse(output) as { summary: { violations: Violation[] } }).summary.violations;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ruleNames = (violations: Violation[]) => violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);

describe('layer rules', () => {
  it('refuse a repository that imports the server', () => {
    const found = violationsIn({
      'src/server/createApiServer.ts': 'export const port = 4000;\n',
      'src/data/repositories/EventRepository.ts':
        "import { port } from '../../server/createApiServer';\nexport const p = port;\n",
    });
    expect(ruleNames(found)).toContain(
      'data-below-resolvers: src/data/repositories/EventRepository.ts -> src/server/createApiServer.ts',
    );
  });

  it('refuse the driver layer importing a GraphQL type', () => {
    const found = violationsIn({
      'src/schema/event.type.ts': 'export class Event {}\n',
      'src/db/database.ts': "import { Event } from '../schema/event.type';\nexport const e = new Event();\n",
    });
    expect(ruleNames(found)).toContain('db-knows-no-graphql-or-domain: src/db/database.ts -> src/schema/event.type.ts');
  });

  it('refuse a repository that returns a GraphQL class', () => {
    const found = violationsIn({
      'src/schema/event.type.ts': 'export class Event {}\n',
      'src/data/repositories/EventRepository.ts':
        "import { Event } from '../../schema/event.type';\nexport const byId = (): Event => new Event();\n",
    });
    expect(ruleNames(found)).toContain(
      'data-returns-plain-objects: src/data/repositories/EventRepository.ts -> src/schema/event.type.ts',
    );
  });

  it('refuse domain rules that read the database', () => {
    const found = violationsIn({
      'src/db/database.ts': 'export const db = {};\n',
      'src/derive/contestationOf.ts': "import { db } from '../db/database';\nexport const d = db;\n",
    });
    expect(ruleNames(found)).toContain(
      'domain-imports-nothing-above: src/derive/contestationOf.ts -> src/db/database.ts',
    );
  });

  it('keep local Neo4j process control out of the request path', () => {
    const found = violationsIn({
      'src/localNeo4j/localNeo4j.ts': 'export const start = 1;\n',
      'src/server/health.ts': "import { start } from '../localNeo4j/localNeo4j';\nexport const s = start;\n",
    });
    expect(ruleNames(found)).toContain(
      'local-neo4j-out-of-request-path: src/server/health.ts -> src/localNeo4j/localNeo4j.ts',
    );
  });

  it('refuse a folder of src/ that has no place in the picture', () => {
    const found = violationsIn({
      'src/misc/helpers.ts': 'export const x = 1;\n',
      'src/server/createApiServer.ts': "import { x } from '../misc/helpers';\nexport const s = x;\n",
    });
    expect(found.map((v) => v.rule.name)).toContain('every-file-in-a-layer');
  });

  it('let each layer import the ones below it', () => {
    const found = violationsIn({
      'src/errors/NotFoundError.ts': 'export class NotFoundError extends Error {}\n',
      'src/db/database.ts':
        "import { NotFoundError } from '../errors/NotFoundError';\nexport const db = NotFoundError;\n",
      'src/data/repositories/EventRepository.ts': "import { db } from '../../db/database';\nexport const repo = db;\n",
      'src/resolvers/EventResolver.ts':
        "import { repo } from '../data/repositories/EventRepository';\nexport const r = repo;\n",
      'src/server/createApiServer.ts': "import { r } from '../resolvers/EventResolver';\nexport const s = r;\n",
      'src/main.ts': "import { s } from './server/createApiServer';\nexport const m = s;\n",
    });
    expect(ruleNames(found)).toEqual([]);
  });
});
