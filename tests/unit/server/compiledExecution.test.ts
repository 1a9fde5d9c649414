// Compiled execution refuses, at start, a schema it would answer wrongly: one whose union resolves its type by promise;
// and errors of its resolvers reach Apollo as GraphQLErrors with extensions, which Apollo's error formatting needs.
import { ApolloServer } from '@apollo/server';
import { GraphQLError, GraphQLObjectType, GraphQLSchema, GraphQLString, GraphQLUnionType } from 'graphql';

import { compiledExecution, withExtensions } from '../../../src/server/compiledExecution';
import { formatError } from '../../../src/server/formatError';

function schemaWithUnion(resolveType: GraphQLUnionType['resolveType']): GraphQLSchema {
  const Cat = new GraphQLObjectType({ name: 'Cat', fields: { name: { type: GraphQLString } } });
  const Dog = new GraphQLObjectType({ name: 'Dog', fields: { name: { type: GraphQLString } } });
  const Pet = new GraphQLUnionType({ name: 'Pet', types: [Cat, Dog], resolveType });
  return new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { pet: { type: Pet } } }) });
}

test('a union that resolves its type at once is served', () => {
  expect(() => compiledExecution(schemaWithUnion(() => 'Cat'))).not.toThrow();
});

test('a union that resolves its type by promise is refused, naming it', () => {
  expect(() => compiledExecution(schemaWithUnion(async () => 'Cat'))).toThrow(
    /Pet resolves its type asynchronously.*COMPILED_EXECUTION=false/,
  );
});

describe('an error a resolver throws that is not a GraphQLError', () => {
  const failing = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        broken: {
          type: GraphQLString,
          resolve: () => {
            throw new Error(
              'Connection acquisition timed out in 3000 ms. Pool status: Active conn count = 100, Idle conn count = 0.',
            );
          },
        },
        fine: { type: GraphQLString, resolve: () => 'yes' },
      },
    }),
  });

  test('reaches Apollo with extensions, so the answer is the masked INTERNAL_SERVER_ERROR with its place, not a crash of error formatting', async () => {
    // NODE_ENV development, where Apollo would add stack traces by default; the API states them off.
    const apollo = new ApolloServer({
      gateway: compiledExecution(failing),
      nodeEnv: 'development',
      includeStacktraceInErrorResponses: false,
      formatError,
    });
    await apollo.start();
    try {
      const response = await apollo.executeOperation({ query: '{ fine\n broken }' });
      const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
      expect(result?.data).toEqual({ fine: 'yes', broken: null });
      expect(result?.errors).toEqual([
        {
          message: 'Internal server error; the request id in the response extensions identifies it in the logs.',
          locations: [{ line: 2, column: 2 }],
          path: ['broken'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
    } finally {
      await apollo.stop();
    }
  });

  test('withExtensions keeps message, place, path and original error, and leaves an error with extensions as it is', () => {
    const original = new Error('boom');
    const jitStyle = Object.create(GraphQLError.prototype, {
      message: { value: 'boom', enumerable: true },
      locations: { value: [{ line: 1, column: 3 }], enumerable: true },
      path: { value: ['a', 0, 'b'], enumerable: true },
      originalError: { value: original },
      extensions: { value: undefined, enumerable: false },
    }) as GraphQLError;
    const rebuilt = withExtensions(jitStyle);
    expect(rebuilt).toBeInstanceOf(GraphQLError);
    expect(rebuilt.extensions).toEqual({});
    expect(rebuilt.toJSON()).toEqual({ message: 'boom', locations: [{ line: 1, column: 3 }], path: ['a', 0, 'b'] });
    expect(rebuilt.originalError).toBe(original);
    const coded = new GraphQLError('coded', { extensions: { code: 'NOT_FOUND' } });
    expect(withExtensions(coded)).toBe(coded);
  });
});
