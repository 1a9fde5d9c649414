// `npm run seed`: loads seed/*.bundle.json into the configured database (idempotent).
import { loadConfig } from '../src/config';
import { applySchema } from '../src/db/migrate';
import { loadSeed } from '../src/seed/loadSeed';
import { openCliDatabase, runCli } from './cliDatabase';

runCli('seed', async () => {
  const { db, uri, close } = await openCliDatabase();
  try {
    await applySchema(db.driver, loadConfig().neo4jDatabase);
    for (const { file, result } of await loadSeed(db)) {
      console.log(
        `${file} -> ${uri}: nodes ${result.nodes.created} created, ${result.nodes.updated} updated; links ${result.links.created} created, ${result.links.updated} updated`,
      );
    }
  } finally {
    await close();
  }
});
