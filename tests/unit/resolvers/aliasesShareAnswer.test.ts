// Aliases of a list field with the same arguments and selection, on the same object, are resolved once per request;
// under graphql-js and under compiled execution (graphql-jit) alike.
import 'reflect-metadata';

import { graphql, parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { Arg, buildSchema, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';

import { AliasesShareAnswer } from '../../../src/resolvers/aliasesShareAnswer';

const calls: string[] = [];

@ObjectType('AliasTestPage')
class Page {
  @Field(() => Int)
  total!: number;

  @Field(() => String)
  label!: string;
}

@ObjectType('AliasTestHolder')
class Holder {
  @Field(() => String)
  id!: string;
}

@Resolver(() => Holder)
class ListResolver {
  @Query(() => Page)
  @AliasesShareAnswer()
  async list(
    @Arg('n', () => Int) n: number,
    @Arg('filter', () => String, { nullable: true }) filter?: string,
  ): Promise<Page> {
    calls.push(`list ${n} ${filter ?? ''}`.trim());
    return { total: n, label: filter ?? 'all' };
  }

  @Query(() => [Holder])
  holders(): Holder[] {
    return [{ id: 'a' }, { id: 'b' }];
  }

  @FieldResolver(() => Page)
  @AliasesShareAnswer()
  page(@Root() holder: Holder, @Arg('n', () => Int) n: number): Page {
    calls.push(`${holder.id} ${n}`);
    return { total: n, label: holder.id };
  }
}

let schema: GraphQLSchema;

beforeAll(async () => {
  // The metadata of TypeGraphQL is global: the API's resolvers, @Authorized ones among them, may be known already.
  schema = await buildSchema({ resolvers: [ListResolver], validate: false, authChecker: () => true });
});

beforeEach(() => {
  calls.length = 0;
});

const executions: [string, (query: string) => Promise<ExecutionResult>][] = [
  [
    'graphql-js',
    (query) => Promise.resolve(graphql({ schema, source: query, contextValue: { sharedAnswers: new WeakMap() } })),
  ],
  [
    'graphql-jit',
    async (query) => {
      const compiled = compileQuery(schema, parse(query));
      if (!isCompiledQuery(compiled)) throw new Error(JSON.stringify(compiled.errors));
      return compiled.query(undefined, { sharedAnswers: new WeakMap() }, {});
    },
  ],
];

describe.each(executions)('under %s', (_name, run) => {
  test('aliases with the same arguments and selection are resolved once and answer alike', async () => {
    const result = await run(
      '{ a: list(n: 3, filter: "x") { total label } b: list(filter: "x", n: 3) { total label } c: list(n: 3, filter: "x") { total label } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      a: { total: 3, label: 'x' },
      b: { total: 3, label: 'x' },
      c: { total: 3, label: 'x' },
    });
    expect(calls).toEqual(['list 3 x']);
  });

  test('other arguments, or another selection, are resolved on their own', async () => {
    await run(
      '{ a: list(n: 1) { total } b: list(n: 2) { total } c: list(n: 1) { label } d: list(n: 1, filter: "y") { total } }',
    );
    expect(calls.sort()).toEqual(['list 1', 'list 1', 'list 1 y', 'list 2']);
  });

  test('on each object once: a field of two objects is resolved for each', async () => {
    const result = await run('{ holders { x: page(n: 5) { label } y: page(n: 5) { label } } }');
    expect(result.data).toEqual({
      holders: [
        { x: { label: 'a' }, y: { label: 'a' } },
        { x: { label: 'b' }, y: { label: 'b' } },
      ],
    });
    expect(calls).toEqual(['a 5', 'b 5']);
  });

  test('another request resolves it again', async () => {
    await run('{ list(n: 1) { total } }');
    await run('{ list(n: 1) { total } }');
    expect(calls).toEqual(['list 1', 'list 1']);
  });
});
