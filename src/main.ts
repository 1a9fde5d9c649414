// Starts the API: configuration, Neo4j (local unless NEO4J_URI is set), seed when empty, HTTP.
import 'reflect-metadata';

import { loadConfig } from './config';
import { ConfigError } from './errors/ConfigError';
import { createLogger } from './logger';
import { isGraphEmpty, loadSeed } from './seed/loadSeed';
import { createApiServer, type ApiServer } from './server/createApiServer';
import { startDatabase, type StartedDatabase } from './startDatabase';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  // Filled as start-up proceeds, so a signal at any point stops what has started.
  const running: { database?: StartedDatabase; server?: ApiServer } = {};
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await running.server?.stop().catch((error: unknown) => log.error({ err: error }, 'HTTP drain failed'));
    await running.database?.close().catch((error: unknown) => log.error({ err: error }, 'database close failed'));
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const database = await startDatabase(config, log);
  running.database = database;
  if (config.seedWhenEmpty && (await isGraphEmpty(database.db))) {
    for (const { file, result } of await loadSeed(database.db)) log.info({ file, ...result }, 'seeded an empty graph');
  }
  const server = await createApiServer({
    db: database.db,
    log,
    development: config.nodeEnv !== 'production',
    anonymousRole: config.anonymousRole,
    limits: config.limits,
    rateLimit: config.rateLimit,
    introspection: config.introspection,
    sandbox: config.sandbox,
    jwt: config.jwt,
    changeFeedSettleMs: config.changeFeedSettleMs,
    compiledExecution: config.compiledExecution,
    queryConcurrency: config.queryConcurrency,
    errorStacktraces: config.errorStacktraces,
  });
  running.server = server;
  const url = await server.listen(config.port, config.host);
  log.info({ url, neo4j: database.uri }, 'API ready');
  // Humans read this line; the JSON logs above are for machines.
  process.stdout.write(`\nGraphQL API ready at ${url} (Apollo Sandbox opens there in a browser)\n\n`);
}

main().catch((error: unknown) => {
  // Start-up failures are one clear line, not a stack trace.
  const message = error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error);
  process.stderr.write(`conflict-graph: cannot start: ${message}\n`);
  process.exit(1);
});
