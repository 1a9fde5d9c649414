// Starts one throw-away Neo4j for the whole test run and applies the schema to it.
import { mkdtempSync } from 'node:fs';
import path from 'node:path';

import { createDriver } from '../../src/db/driver';
import { applySchema } from '../../src/db/migrate';
import { ensureLauncherBuilt, startLocalNeo4j, type LocalNeo4jHandle } from '../../src/localNeo4j/localNeo4j';
import { repoRoot } from '../../src/repoRoot';
import { freePort } from './freePort';

declare global {
  var __TEST_NEO4J__: { handle: LocalNeo4jHandle; dataDir: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_NEO4J_URI) return; // an already running server was handed in
  const started = Date.now();
  await ensureLauncherBuilt((msg) => console.log(msg));
  const parent = path.join(repoRoot, '.neo4j');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(parent, { recursive: true });
  const dataDir = mkdtempSync(path.join(parent, 'test-'));
  const handle = await startLocalNeo4j({
    dataDir,
    port: await freePort(),
    heap: '1g',
    pageCache: '256m',
    watchParent: true,
  });
  process.env.TEST_NEO4J_URI = handle.uri;
  globalThis.__TEST_NEO4J__ = { handle, dataDir };
  const driver = createDriver({ uri: handle.uri, user: 'neo4j', password: '' });
  try {
    await applySchema(driver, 'neo4j');
  } finally {
    await driver.close();
  }
  console.log(
    `\nthrow-away Neo4j at ${handle.uri} ready in ${((Date.now() - started) / 1000).toFixed(1)} s (data: ${dataDir})`,
  );
}
