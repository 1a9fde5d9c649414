// Connections to the test run's Neo4j, and a clean graph per test file.
import type { Driver } from 'neo4j-driver';

import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';

export interface TestGraph {
  driver: Driver;
  db: Database;
  /** Empties the graph (schema stays). */
  reset(): Promise<void>;
  counts(): Promise<{ nodes: number; relationships: number }>;
  close(): Promise<void>;
}

export function testGraph(): TestGraph {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run the tests through jest, whose global setup starts Neo4j');
  const driver = createDriver({ uri, user: 'neo4j', password: '' });
  const db = new Database(driver, { database: 'neo4j', queryTimeoutMs: 30_000 });
  return {
    driver,
    db,
    reset: async () => {
      await db.writeOne('deleteAllNodes');
    },
    counts: async () => {
      const [row] = await db.read('countGraph');
      return row;
    },
    close: () => driver.close(),
  };
}
