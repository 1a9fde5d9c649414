// `npm run db:migrate`: applies cypher/schema/ (constraints and indexes) to the configured database.
import { loadConfig } from '../src/config';
import { applySchema } from '../src/db/migrate';
import { openCliDatabase, runCli } from './cliDatabase';

runCli('db:migrate', async () => {
  const { db, uri, close } = await openCliDatabase();
  try {
    const applied = await applySchema(db.driver, loadConfig().neo4jDatabase);
    console.log(`applied ${applied.length} schema statements to ${uri}`);
  } finally {
    await close();
  }
});
