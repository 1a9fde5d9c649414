// Injection through every string argument of every mutation: clean answers or refusals, hostile text stored as plain data,
// and nothing outside what the mutation itself may write touched.
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

import { loadSeed } from '../../src/seed/loadSeed';
import { buildGraphqlSchema } from '../../src/server/buildGraphqlSchema';
import { startGuardedApi, type GuardedApi, type RawResponse } from '../support/guardedApi';
import { testGraph, type TestGraph } from '../support/testGraph';

let graph: TestGraph;
let api: GuardedApi;
let schema: GraphQLSchema;
let seededIds: string[];

async function nodeIds(): Promise<string[]> {
  const session = graph.driver.session();
  try {
    const result = await session.run('MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id ORDER BY id');
    return result.records.map((record) => record.get('id') as string);
  } finally {
    await session.close();
  }
}

async function actorsNamed(name: string): Promise<string[]> {
  const session = graph.driver.session();
  try {
    const result = await session.run('MATCH (a:Actor {name: $name}) RETURN a.id AS id', { name });
    return result.records.map((record) => record.get('id') as string);
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  graph = testGraph();
  await graph.reset();
  await loadSeed(graph.db);
  seededIds = await nodeIds();
  schema = await buildGraphqlSchema();
  api = await startGuardedApi(graph.db);
});

afterAll(async () => {
  await api.close();
  await graph.reset();
  await graph.close();
});

const payloads = [
  '"}) MATCH (n) DETACH DELETE n //',
  "x'}) MATCH (n) DETACH DELETE n RETURN 1 AS id //",
  "' OR 1=1 WITH 1 AS x CALL db.labels() YIELD label RETURN label //",
  '${id} $(x) \\u0027',
];

/** A clean refusal or answer: JSON, not a 5xx, and no masked internal error. */
function expectClean(response: RawResponse): void {
  expect(typeof response.body).toBe('object');
  expect(response.status).toBeLessThan(500);
  const codes = ((response.body.errors ?? []) as { extensions?: { code?: string } }[]).map(
    (error) => error.extensions?.code,
  );
  expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
  expect(codes).not.toContain(undefined);
}

test('a createActor whose name is a Cypher injection creates exactly one actor with that literal name, and every other node stays', async () => {
  for (const payload of payloads) {
    const response = await api.post({
      query: 'mutation ($input: CreateActorInput!) { createActor(input: $input) { id name } }',
      variables: { input: { name: payload, kind: 'ARMED_GROUP' } },
    });
    expectClean(response);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.createActor.name).toBe(payload);
    expect(await actorsNamed(payload)).toEqual([response.body.data.createActor.id]);
  }
  const after = await nodeIds();
  expect(after).toEqual(expect.arrayContaining(seededIds));
  expect(after).toHaveLength(seededIds.length + payloads.length);
});

/** A value of `type` that passes validation, for the arguments and fields not under attack. */
function harmlessValue(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [harmlessValue(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) {
    const required = Object.values(inner.getFields()).filter(
      (field) => isNonNullType(field.type) && field.defaultValue === undefined,
    );
    return Object.fromEntries(required.map((field) => [field.name, harmlessValue(field.type)]));
  }
  if (isScalarType(inner)) {
    const scalars: Record<string, unknown> = {
      Int: 1,
      Float: 1.5,
      Boolean: false,
      LocalDate: '2024-01-01',
      DateTime: '2024-01-01T00:00:00.000Z',
    };
    return inner.name in scalars ? scalars[inner.name] : 'injection-probe';
  }
  return null;
}

interface Target {
  mutation: string;
  argument: string;
  /** Field names from the argument down to the String/ID under attack; [] for the argument itself. */
  inside: string[];
}

const isText = (type: GraphQLInputType) => ['String', 'ID'].includes(getNamedType(type).name);

/** String/ID fields of an input object, recursively (three levels, enough for every input of the schema without looping on recursive ones). */
function textPaths(type: GraphQLInputType, depth: number): string[][] {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || depth > 3) return [];
  return Object.values(named.getFields()).flatMap((field) =>
    isText(field.type) ? [[field.name]] : textPaths(field.type, depth + 1).map((rest) => [field.name, ...rest]),
  );
}

function targets(): Target[] {
  return Object.values(schema.getMutationType()?.getFields() ?? {}).flatMap((field) =>
    field.args.flatMap((argument): Target[] => [
      ...(isText(argument.type) ? [{ mutation: field.name, argument: argument.name, inside: [] }] : []),
      ...textPaths(argument.type, 1).map((inside) => ({ mutation: field.name, argument: argument.name, inside })),
    ]),
  );
}

/** `value` (of `type`) with the payload at `inside`, filling in the objects on the way. */
function planted(type: GraphQLInputType, value: unknown, inside: string[], payload: string): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [planted(inner.ofType, Array.isArray(value) ? value[0] : undefined, inside, payload)];
  if (inside.length === 0) return payload;
  if (!isInputObjectType(inner)) throw new Error(`cannot go into ${inner.toString()}`);
  const field = inner.getFields()[inside[0]];
  const object = { ...((value ?? harmlessValue(inner)) as Record<string, unknown>) };
  object[field.name] = planted(field.type, object[field.name] ?? harmlessValue(field.type), inside.slice(1), payload);
  return object;
}

function attack(
  field: GraphQLField<unknown, unknown>,
  target: Target,
  payload: string,
): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const declared: string[] = [];
  const passed: string[] = [];
  field.args.forEach((argument, index) => {
    const attacked = argument.name === target.argument;
    if (!attacked && !(isNonNullType(argument.type) && argument.defaultValue === undefined)) return;
    const harmless = harmlessValue(argument.type);
    variables[`v${index}`] = attacked ? planted(argument.type, harmless, target.inside, payload) : harmless;
    declared.push(`$v${index}: ${argument.type.toString()}`);
    passed.push(`${argument.name}: $v${index}`);
  });
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `mutation Attack${declared.length ? `(${declared.join(', ')})` : ''} { ${field.name}${passed.length ? `(${passed.join(', ')})` : ''}${selection} }`;
  return { query, variables };
}

test('every String/ID argument and input field of every mutation gets a clean answer or refusal, and the seeded graph stays', async () => {
  const all = targets();
  // The text-taking mutations are covered by name, so the walk cannot silently find nothing.
  expect(all.map((target) => target.mutation)).toEqual(
    expect.arrayContaining(['createActor', 'ingestBundle', 'createApiKey', 'revokeApiKey']),
  );
  expect(all.some((target) => target.mutation === 'ingestBundle' && target.inside.length >= 2)).toBe(true);

  const outcomes: Record<string, number> = {};
  for (const target of all) {
    const field = schema.getMutationType()!.getFields()[target.mutation];
    for (const payload of payloads) {
      const response = await api.post(attack(field, target, payload));
      try {
        expectClean(response);
      } catch (error) {
        throw new Error(
          `${target.mutation}(${[target.argument, ...target.inside].join('.')}) with ${JSON.stringify(payload)}: ${JSON.stringify(response.body)}\n${String(error)}`,
          { cause: error },
        );
      }
      const code = (response.body.errors?.[0]?.extensions?.code as string | undefined) ?? 'answered';
      outcomes[code] = (outcomes[code] ?? 0) + 1;
    }
  }
  // Attacks that all failed GraphQL validation would prove nothing: they must reach the resolvers, and some be accepted.
  expect(outcomes.GRAPHQL_VALIDATION_FAILED).toBeUndefined();
  expect(outcomes.answered).toBeGreaterThan(0);
  expect(await nodeIds()).toEqual(expect.arrayContaining(seededIds));
  // Still answering reads correctly.
  const read = await api.post({ query: '{ event(id: "event:derna-airstrikes-2017-10-30") { kind startDate } }' });
  expect(read.body.data).toEqual({ event: { kind: 'AIRSTRIKE', startDate: '2017-10-30' } });
});
