// Builds the executable GraphQL schema from the TypeGraphQL classes.
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, emitSchemaDefinitionFile } from 'type-graphql';

import { repoRoot } from '../repoRoot';
import { resolvers } from '../resolvers';
import { resolveNodeTypesByKind } from '../schema/nodeTypeResolution';
import { readPlainFieldsDirectly } from '../schema/plainFields';
import { validateArgument } from '../schema/validateArgument';
import { authChecker } from './authChecker';

export const schemaFile = path.join(repoRoot, 'schema.graphql');

/** TypeGraphQL has no option for the root types' descriptions, which Sandbox shows first. */
const rootDescriptions = {
  query:
    'Reads: events, actors, places, sources and the claims linking them. Start with `eventsAttributedTo`, the canonical question.',
  mutation:
    'Writes: each mutation is one transaction that records who made it and when (needs the EDITOR role unless stated).',
  subscription: 'Live updates.',
};

export async function buildGraphqlSchema(options: { emit?: boolean } = {}): Promise<GraphQLSchema> {
  readPlainFieldsDirectly();
  const schema = await buildSchema({
    resolvers,
    authChecker,
    validateFn: validateArgument,
  });
  resolveNodeTypesByKind(schema);
  for (const [root, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const) {
    if (type && !type.description) type.description = rootDescriptions[root];
  }
  if (options.emit) await emitSchemaDefinitionFile(schemaFile, schema, { sortedSchema: true });
  return schema;
}
