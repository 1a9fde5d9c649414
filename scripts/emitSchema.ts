// `npm run schema:emit`: writes schema.graphql (sorted SDL) from the TypeGraphQL classes; runs from dist/ because the classes need emitted decorator metadata, which tsx does not produce.
import 'reflect-metadata';

import { buildGraphqlSchema, schemaFile } from '../src/server/buildGraphqlSchema';

buildGraphqlSchema({ emit: true })
  .then(() => {
    console.log(`wrote ${schemaFile}`);
  })
  .catch((error: unknown) => {
    console.error(`schema:emit failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
