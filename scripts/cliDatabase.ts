// Opens the database a command-line script works on: NEO4J_URI, or the running local Neo4j.
import path from 'node:path';

import { loadConfig } from '../src/config';
import { Database } from '../src/db/database';
import { createDriver, verifyConnection } from '../src/db/driver';
import { localNeo4jStatus } from '../src/localNeo4j/localNeo4j';
import { repoRoot } from '../src/repoRoot';

export async function openCliDatabase(): Promise<{ db: Database; uri: string; close(): Promise<void> }> {
  const config = loadConfig();
  let uri = config.neo4jUri;
  if (!uri) {
    const status = await localNeo4jStatus(path.resolve(repoRoot, config.localNeo4j.dataDir));
    if (!status.running || !status.uri)
      throw new Error('no NEO4J_URI is set and the local Neo4j is not running; start it with `npm run db:start`');
    uri = status.uri;
  }
  const driver = createDriver({ uri, user: config.neo4jUser, password: config.neo4jPassword });
  try {
    await verifyConnection(driver, uri, config.neo4jDatabase);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return {
    db: new Database(driver, { database: config.neo4jDatabase, queryTimeoutMs: config.neo4jQueryTimeoutMs }),
    uri,
    close: () => driver.close(),
  };
}

/** Runs a script's main, printing failures as one line. */
export function runCli(name: string, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
