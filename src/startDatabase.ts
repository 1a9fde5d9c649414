// Connects to the configured Neo4j, or starts the project's local one when NEO4J_URI is not set.
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';

import type { AppConfig } from './config';
import { Database } from './db/database';
import { createDriver, verifyConnection } from './db/driver';
import { applySchema } from './db/migrate';
import { ensureLauncherBuilt, startLocalNeo4j, type LocalNeo4jHandle } from './localNeo4j/localNeo4j';
import { repoRoot } from './repoRoot';

export interface StartedDatabase {
  driver: Driver;
  db: Database;
  uri: string;
  /** Set when this process started the local Neo4j (and must stop it). */
  local?: LocalNeo4jHandle;
  close(): Promise<void>;
}

export async function startDatabase(config: AppConfig, log: Logger): Promise<StartedDatabase> {
  let uri = config.neo4jUri;
  let local: LocalNeo4jHandle | undefined;
  if (!uri) {
    await ensureLauncherBuilt((msg) => log.info(msg));
    const dataDir = path.resolve(repoRoot, config.localNeo4j.dataDir);
    local = await startLocalNeo4j({
      dataDir,
      port: config.localNeo4j.port,
      heap: config.localNeo4j.heap,
      pageCache: config.localNeo4j.pageCache,
      watchParent: true,
    });
    uri = local.uri;
    log.info({ uri, logFile: local.logFile, dataDir }, 'local Neo4j is up');
  }
  const driver = createDriver({
    uri,
    user: config.neo4jUser,
    password: config.neo4jPassword,
    timeouts: {
      connectionTimeoutMs: config.neo4jConnectionTimeoutMs,
      acquisitionTimeoutMs: config.neo4jAcquisitionTimeoutMs,
      maxRetryTimeMs: config.neo4jMaxRetryTimeMs,
    },
  });
  try {
    await verifyConnection(driver, uri, config.neo4jDatabase);
    const applied = await applySchema(driver, config.neo4jDatabase);
    log.info({ statements: applied.length }, 'schema constraints and indexes are in place');
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw error;
  }
  const db = new Database(driver, {
    database: config.neo4jDatabase,
    queryTimeoutMs: config.neo4jQueryTimeoutMs,
    maxRetryTimeMs: config.neo4jMaxRetryTimeMs,
  });
  return {
    driver,
    db,
    uri,
    local,
    close: async () => {
      await driver.close();
      await local?.stop();
    },
  };
}
