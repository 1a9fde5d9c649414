// The committed schema.graphql is the schema the TypeGraphQL classes build: frontend codegen reads the file, so it must not drift.
import { readFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';

import { buildGraphqlSchema, schemaFile } from '../../../src/server/buildGraphqlSchema';

/** The SDL part of the emitted file, without TypeGraphQL's "generated" banner. */
function sdlOf(fileText: string): string {
  return fileText.replace(/^(#.*\n)+\n?/, '');
}

test('schema.graphql matches the schema the code builds (run `npm run schema:emit` when it does not)', async () => {
  const built = printSchema(lexicographicSortSchema(await buildGraphqlSchema()));
  const committed = sdlOf(readFileSync(schemaFile, 'utf8'));
  if (committed !== built) {
    throw new Error(
      `schema.graphql is out of date with the TypeGraphQL classes: run \`npm run schema:emit\` and commit the result.\n${firstDifference(committed, built)}`,
    );
  }
});

function firstDifference(committed: string, built: string): string {
  const a = committed.split('\n');
  const b = built.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `first difference at line ${at + 1} of the SDL:\n  committed: ${a[at] ?? '(end of file)'}\n  built:     ${b[at] ?? '(end of schema)'}`;
}
