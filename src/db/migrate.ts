// Applies cypher/schema/*.cypher (constraints and indexes, all IF NOT EXISTS) in file order.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';

import { cypherDir } from './cypherRegistry';
import { mapDriverError } from './mapDriverError';

export const schemaDir = path.join(cypherDir, 'schema');

export function schemaStatements(dir: string = schemaDir): { file: string; text: string }[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') }));
}

export async function applySchema(driver: Driver, database: string): Promise<string[]> {
  const applied: string[] = [];
  const session = driver.session({ database });
  try {
    // Schema statements cannot share a transaction with each other's data, so each runs alone.
    for (const { file, text } of schemaStatements()) {
      await session.run(text);
      applied.push(file);
    }
    await session.run('CALL db.awaitIndexes(300)');
  } catch (error) {
    throw mapDriverError(error);
  } finally {
    await session.close();
  }
  return applied;
}
