// Queries run compiled (graphql-jit, the default) answer exactly as graphql-js interpreting them does: data, errors,
// their codes, paths and order, over HTTP, on the same seed. Every question docs/queries.md shows, and the parts of
// GraphQL those leave out (fragments on interfaces and unions, aliases, directives, variables refused, errors in
// nested fields, introspection, a refused mutation).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isEnumType, isScalarType, isSpecifiedScalarType, type GraphQLScalarType } from 'graphql';

import { repoRoot } from '../../src/repoRoot';
import { buildGraphqlSchema } from '../../src/server/buildGraphqlSchema';
import { seededApi, type SeededApi } from '../support/seededApi';
import { startTestApi, type TestApi } from '../support/testApi';

let seeded: SeededApi;
let compiled: TestApi;
let interpreted: TestApi;

beforeAll(async () => {
  seeded = await seededApi();
  compiled = seeded.api;
  interpreted = await startTestApi(seeded.graph.db, { compiledExecution: false });
});

afterAll(async () => {
  await interpreted.close();
  await seeded.close();
});

const documented = [
  ...readFileSync(path.join(repoRoot, 'docs/queries.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g),
].map((match) => ({
  name: /(query|mutation) (\w+)/.exec(match[1])?.[2] ?? match[1].slice(0, 40),
  query: match[1],
  variables: {},
}));

const more: { name: string; query: string; variables: Record<string, unknown> }[] = [
  {
    name: 'fragments on the Node interface, aliases and __typename',
    query: `query ($ids: [ID!]!) {
      nodes(ids: $ids) { __typename id ...on Event { title startDate } ...on Actor { name kind } ...on Location { name latitude } }
      derna: node(id: "loc:derna") { id ... Place }
    }
    fragment Place on Location { name kind parent { name } }`,
    variables: { ids: ['event:derna-airstrikes-2017-10-30', 'actor:egypt', 'loc:derna', 'nothing:here'] },
  },
  {
    name: 'a union of search hits',
    query: `{ search(text: "derna", first: 5) { totalCount edges { cursor node { kind score node { __typename ...on Event { id title } ...on Location { id name } ...on Claim { id quote } ...on Source { id name } ...on Actor { id name } ...on Document { id title } } } } } }`,
    variables: {},
  },
  {
    name: '@skip and @include from variables',
    query: `query ($withClaims: Boolean!, $lean: Boolean!) {
      event(id: "event:derna-airstrikes-2017-10-30") { id title @skip(if: $lean) claims @include(if: $withClaims) { id stance } }
    }`,
    variables: { withClaims: true, lean: true },
  },
  {
    name: 'the canonical page, with variables',
    query: `query ($actor: ActorRef!, $kinds: [EventKind!]) {
      eventsAttributedTo(actor: $actor, includeSubordinates: true, kinds: $kinds, first: 3) {
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id title kind startDate location { id name } } matchedClaims { id kind stance quote confidence source { id name } document { id title url } } }
      }
    }`,
    variables: { actor: { id: 'actor:egypt' }, kinds: ['AIRSTRIKE'] },
  },
  {
    name: 'an error in one field leaves the others (NOT_FOUND with its path)',
    query: '{ ok: actor(id: "actor:egypt") { id name } missing: event(id: "event:none") { id } }',
    variables: {},
  },
  {
    name: 'a variable of the wrong type',
    query: 'query ($n: Int) { events(first: $n) { totalCount } }',
    variables: { n: 'many' },
  },
  { name: 'a required variable left out', query: 'query ($id: ID!) { actor(id: $id) { id } }', variables: {} },
  {
    name: 'a variable left out that has a default',
    query: 'query ($id: ID! = "actor:egypt") { actor(id: $id) { id name } }',
    variables: {},
  },
  {
    name: 'input fields left out that have defaults',
    query: 'mutation ($bundle: DocumentBundleInput!) { ingestBundle(bundle: $bundle) { nodesCreated } }',
    variables: { bundle: { events: [] } },
  },
  {
    name: 'a required variable of the wrong shape',
    query: 'query ($id: ID!) { actor(id: $id) { id } }',
    variables: { id: { nested: true } },
  },
  {
    name: 'an enum value that does not exist',
    query: 'query ($kinds: [EventKind!]) { events(filter: { kinds: $kinds }) { totalCount } }',
    variables: { kinds: ['PICNIC'] },
  },
  { name: 'an argument refused by validation', query: '{ events(first: 1000) { totalCount } }', variables: {} },
  { name: 'a date that is no date', query: '{ events(filter: { from: "2017-02-30" }) { totalCount } }', variables: {} },
  {
    name: 'introspection of the schema',
    query:
      '{ __schema { queryType { name } types { name kind } } __type(name: "Event") { fields { name type { name kind ofType { name } } } } }',
    variables: {},
  },
  {
    name: 'a mutation refused for its input',
    query: 'mutation { createActor(input: { name: "", kind: STATE }) { id } }',
    variables: {},
  },
];

test.each([...documented, ...more])('$name', async ({ query, variables }) => {
  const [fast, plain] = await Promise.all([compiled.gql(query, variables), interpreted.gql(query, variables)]);
  const withoutRequestId = ({ extensions, ...rest }: Awaited<ReturnType<TestApi['gql']>>) => ({
    ...rest,
    extensions: { ...extensions, requestId: undefined },
  });
  expect(withoutRequestId(fast)).toEqual(withoutRequestId(plain));
  // Each question gives an answer worth comparing: data, or the errors that say why there is none.
  expect(fast.data ?? fast.errors).toBeTruthy();
});

// The executor hands graphql-jit the variables graphql-js has coerced, which graphql-jit coerces again: each enum value
// and custom scalar a client may send must come out of that as it went in.
test('every enum and custom scalar reads the same coerced twice', async () => {
  const samples: Record<string, unknown> = {
    LocalDate: '2017-10-30',
    DateTimeISO: '2017-10-30T12:00:00Z',
    JSONObject: { event: 'x', rows: [1, { deep: null }] },
  };
  const types = Object.values((await buildGraphqlSchema()).getTypeMap()).filter((type) => !type.name.startsWith('__'));
  for (const type of types.filter(isEnumType)) {
    for (const value of type.getValues())
      expect(`${type.name}.${String(value.value)}`).toBe(`${type.name}.${value.name}`);
  }
  const customScalars = types.filter(
    (type): type is GraphQLScalarType => isScalarType(type) && !isSpecifiedScalarType(type),
  );
  expect(customScalars.map((type) => type.name).sort()).toEqual(Object.keys(samples).sort());
  for (const type of customScalars) {
    const once = type.parseValue(samples[type.name]);
    expect(type.parseValue(once)).toEqual(once);
  }
});
