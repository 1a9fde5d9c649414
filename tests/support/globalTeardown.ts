// Stops the throw-away Neo4j and deletes its data.
import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const started = globalThis.__TEST_NEO4J__;
  if (!started) return;
  await started.handle.stop();
  rmSync(started.dataDir, { recursive: true, force: true });
}
