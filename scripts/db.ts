// Command line for the project's own local Neo4j: `npm run db:start | db:stop | db:status`.
import path from 'node:path';

import { loadConfig } from '../src/config';
import { ensureLauncherBuilt, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../src/localNeo4j/localNeo4j';
import { repoRoot } from '../src/repoRoot';

const EXIT_NOT_RUNNING = 3;

async function main(command: string | undefined): Promise<number> {
  // The same settings the API uses when it starts Neo4j itself, so both find the same instance.
  const local = loadConfig().localNeo4j;
  const dataDir = path.resolve(repoRoot, local.dataDir);

  switch (command) {
    case 'start': {
      const before = await localNeo4jStatus(dataDir);
      if (before.running) {
        console.log(`local Neo4j is already running (pid ${before.pid}) at ${before.uri}`);
        console.log(`log: ${before.logFile}`);
        return 0;
      }
      await ensureLauncherBuilt((msg) => console.log(msg));
      console.log(`starting local Neo4j on port ${local.port} (data: ${dataDir})…`);
      const handle = await startLocalNeo4j({
        dataDir,
        port: local.port,
        heap: local.heap,
        pageCache: local.pageCache,
        watchParent: false,
      });
      console.log(`local Neo4j is running (pid ${handle.pid}) at ${handle.uri}`);
      console.log(`log: ${handle.logFile}`);
      return 0;
    }
    case 'stop': {
      const wasRunning = await stopLocalNeo4j(dataDir);
      console.log(wasRunning ? 'local Neo4j stopped' : 'local Neo4j was not running');
      return 0;
    }
    case 'status': {
      const status = await localNeo4jStatus(dataDir);
      if (status.running) {
        console.log(`local Neo4j is running (pid ${status.pid}) at ${status.uri}`);
        console.log(`log: ${status.logFile}`);
        return 0;
      }
      if (status.pid !== undefined) {
        console.log(
          `local Neo4j is starting or unresponsive (pid ${status.pid}): port ${status.port} does not accept connections`,
        );
        console.log(`log: ${status.logFile}`);
      } else {
        console.log('local Neo4j is not running');
      }
      return EXIT_NOT_RUNNING;
    }
    default:
      throw new Error(`unknown command "${command ?? ''}"; use start, stop or status`);
  }
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`db: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
