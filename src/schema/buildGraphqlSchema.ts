// Builds the executable GraphQL schema from the TypeGraphQL classes.
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../auth/authChecker';
import { repoRoot } from '../repoRoot';
import { resolvers } from '../resolvers';

export const schemaFile = path.join(repoRoot, 'schema.graphql');

export function buildGraphqlSchema(options: { emit?: boolean } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: options.emit ? { path: schemaFile, sortedSchema: true } : false,
  });
}
