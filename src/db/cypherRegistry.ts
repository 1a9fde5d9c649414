// Reads every `.cypher` statement the code names, once, and fails fast on a missing file.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { repoRoot } from '../repoRoot';
import { statements, type StatementName } from './statements';

export const cypherDir = path.join(repoRoot, 'cypher');

export class CypherRegistry {
  private constructor(private readonly texts: ReadonlyMap<StatementName, string>) {}

  static load(dir: string = cypherDir): CypherRegistry {
    const texts = new Map<StatementName, string>();
    const missing: string[] = [];
    for (const [name, { file }] of Object.entries(statements) as [StatementName, { file: string }][]) {
      const full = path.join(dir, file);
      if (!existsSync(full)) {
        missing.push(file);
        continue;
      }
      texts.set(name, compactStatement(readFileSync(full, 'utf8')));
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
 * The statement as sent: whole-line comments, blank lines and indentation dropped. The files explain themselves at
 * length, and the text goes over the wire with every request (the driver writes it in 1,400-byte chunks, one socket
 * write each), is hashed for Neo4j's query cache and parsed on a miss. No string literal spans lines (a test checks).
 */
export function compactStatement(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimStart())
    .filter((line) => line.trimEnd() !== '' && !line.startsWith('//'))
    .join('\n');
}

let shared: CypherRegistry | undefined;

/** The registry of the repository's own `cypher/` folder, loaded on first use. */
export function cypher(): CypherRegistry {
  shared ??= CypherRegistry.load();
  return shared;
}
