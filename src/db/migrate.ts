// Applies cypher/schema/*.cypher (constraints and indexes, all IF NOT EXISTS) in file order. A full-text index whose
// stored property list differs from its file's is dropped first, so the file makes it anew; data that the new index
// reads is then filled in (events' dates in words for search_text, their origins for event_origin_start).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';

import { datasetEventIdPrefixes, EventOrigin } from '../vocabulary/EventOrigin';
import { cypher, cypherDir } from './cypherRegistry';
import { mapDriverError } from './mapDriverError';

export const schemaDir = path.join(cypherDir, 'schema');

export function schemaStatements(dir: string = schemaDir): { file: string; text: string }[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') }));
}

/** The properties each full-text index of the schema files is declared on, by index name. */
export function declaredFulltextIndexes(statements: { text: string }[] = schemaStatements()): Map<string, string[]> {
  const declared = new Map<string, string[]>();
  for (const { text } of statements) {
    const match = /CREATE FULLTEXT INDEX (\w+) IF NOT EXISTS[\s\S]*?ON EACH \[([^\]]*)\]/.exec(text);
    if (match)
      declared.set(
        match[1],
        match[2].split(',').map((property) => property.trim().replace(/^\w+\./, '')),
      );
  }
  return declared;
}

export async function applySchema(driver: Driver, database: string): Promise<string[]> {
  const applied: string[] = [];
  const session = driver.session({ database });
  try {
    const statements = schemaStatements();
    const declared = declaredFulltextIndexes(statements);
    const existing = new Map(
      (await session.run('SHOW FULLTEXT INDEXES YIELD name, properties')).records.map((record) => [
        record.get('name') as string,
        record.get('properties') as string[],
      ]),
    );
    const hadOriginIndex =
      (await session.run("SHOW RANGE INDEXES YIELD name WHERE name = 'event_origin_start' RETURN name")).records
        .length > 0;
    const remade = new Set<string>();
    for (const [name, properties] of declared) {
      const stored = existing.get(name);
      if (stored && JSON.stringify([...stored].sort()) === JSON.stringify([...properties].sort())) continue;
      if (stored) await session.run('DROP INDEX $name IF EXISTS', { name });
      remade.add(name);
    }
    // Schema statements cannot share a transaction with each other's data, so each runs alone.
    for (const { file, text } of statements) {
      await session.run(text);
      applied.push(file);
    }
    await session.run('CALL db.awaitIndexes(300)');
    // Events stored before the search index read their dates get them in words (batched; nothing to do on a new graph).
    if (remade.has('search_text')) await session.run(cypher().text('backfillEventDateText'));
    // Events stored before origins existed are given the one their id tells (nothing to do on a new graph).
    if (!hadOriginIndex)
      await session.run(cypher().text('backfillEventOrigins'), {
        prefixes: datasetEventIdPrefixes,
        otherwise: EventOrigin.DOCUMENT,
      });
  } catch (error) {
    throw mapDriverError(error);
  } finally {
    await session.close();
  }
  return applied;
}
