// Reads every `.cypher` statement the code names, once, and fails fast on a missing file.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../repoRoot';
import { statementFiles, type StatementName } from './statements';

export const cypherDir = path.join(repoRoot, 'cypher');

export class CypherRegistry {
  private constructor(private readonly texts: ReadonlyMap<StatementName, string>) {}

  static load(dir: string = cypherDir): CypherRegistry {
    const texts = new Map<StatementName, string>();
    const missing: string[] = [];
    for (const [name, file] of Object.entries(statementFiles) as [StatementName, string][]) {
      const full = path.join(dir, file);
      if (!existsSync(full)) {
        missing.push(file);
        continue;
      }
      texts.set(name, withoutCommentLines(readFileSync(full, 'utf8')));
    }
    if (missing.length > 0) throw new Error(`missing Cypher statement files under ${dir}: ${missing.join(', ')}`);
    return new CypherRegistry(texts);
  }

  text(name: StatementName): string {
    const text = this.texts.get(name);
    if (text === undefined) throw new Error(`Cypher statement "${name}" is not registered`);
    return text;
  }

  names(): StatementName[] {
    return [...this.texts.keys()];
  }
}

/**
 * The statement as sent: whole-line comments and blank lines dropped. The files explain themselves at length, and the
 * text goes over the wire, is hashed for Neo4j's query cache and parsed on a miss with every request.
 */
export function withoutCommentLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('//'))
    .join('\n');
}

let shared: CypherRegistry | undefined;

/** The registry of the repository's own `cypher/` folder, loaded on first use. */
export function cypher(): CypherRegistry {
  shared ??= CypherRegistry.load();
  return shared;
}
