// Hostile requests get clean errors, never Cypher built from their text, and leave the server and the graph as they were.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

import { repoRoot } from '../../src/repoRoot';
import { loadSeed } from '../../src/seed/loadSeed';
import { buildGraphqlSchema } from '../../src/server/buildGraphqlSchema';
import { startGuardedApi, type GuardedApi, type RawResponse } from '../support/guardedApi';
import { testGraph, type TestGraph } from '../support/testGraph';

let graph: TestGraph;
let api: GuardedApi;
let schema: GraphQLSchema;
let seededCounts: { nodes: number; relationships: number };

beforeAll(async () => {
  graph = testGraph();
  await graph.reset();
  await loadSeed(graph.db);
  seededCounts = await graph.counts();
  schema = await buildGraphqlSchema();
  api = await startGuardedApi(graph.db);
});

afterAll(async () => {
  await api.close();
  await graph.close();
});

const knownQuery = '{ event(id: "event:derna-airstrikes-2017-10-30") { kind startDate } }';
const knownAnswer = { event: { kind: 'AIRSTRIKE', startDate: '2017-10-30' } };

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

async function expectHealthy(): Promise<void> {
  expect((await api.post({ query: knownQuery })).body.data).toEqual(knownAnswer);
  expect((await api.send({ method: 'GET', path: '/health/ready' })).status).toBe(200);
  expect(await graph.counts()).toEqual(seededCounts);
}

describe('Cypher is never built from strings', () => {
  function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((entry) => {
      const full = path.join(dir, entry);
      return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
    });
  }

  /** The text of a call's first argument, from just after its opening parenthesis to the first top-level comma or close. */
  function firstArgument(text: string, open: number): string {
    let depth = 0;
    let quote: string | undefined;
    for (let i = open + 1; i < text.length; i += 1) {
      const char = text[i];
      if (quote) {
        if (char === '\\') i += 1;
        else if (char === quote) quote = undefined;
      } else if (char === "'" || char === '"' || char === '`') quote = char;
      else if ('([{'.includes(char)) depth += 1;
      else if (')]}'.includes(char)) {
        if (depth === 0) return text.slice(open + 1, i).trim();
        depth -= 1;
      } else if (char === ',' && depth === 0) return text.slice(open + 1, i).trim();
    }
    return text.slice(open + 1).trim();
  }

  /** Text built at run time: a template literal, or `+` outside plain quotes. */
  function isBuiltText(argument: string): boolean {
    const withoutPlainStrings = argument.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
    return withoutPlainStrings.includes('`') || withoutPlainStrings.includes('+');
  }

  /** Calls that send Cypher, whose first argument is not one of the allowed forms. */
  function stringBuiltCypher(file: string): string[] {
    const text = readFileSync(file, 'utf8');
    const findings: string[] = [];
    for (const match of text.matchAll(/\.(run|executeQuery)\s*(<[^>()]*>)?\s*\(/g)) {
      const argument = firstArgument(text, (match.index ?? 0) + match[0].length - 1);
      if (isBuiltText(argument)) {
        const line = text.slice(0, match.index).split('\n').length;
        findings.push(`${path.relative(repoRoot, file)}:${line}: ${match[1]}(${argument.slice(0, 80)}…)`);
      }
    }
    // Cypher clauses inside a template literal with an interpolation: a query being assembled from values.
    for (const match of text.matchAll(
      /`[^`]*\b(MATCH|MERGE|CREATE|DELETE|DETACH|RETURN|WHERE|UNWIND|CALL)\b[^`]*\$\{[^`]*`/g,
    )) {
      const line = text.slice(0, match.index).split('\n').length;
      findings.push(`${path.relative(repoRoot, file)}:${line}: template literal with Cypher and an interpolation`);
    }
    return findings;
  }

  test('no call in src/ passes the driver query text built from a template literal or concatenation', () => {
    const files = sourceFiles(path.join(repoRoot, 'src')).filter(
      (file) => !file.endsWith(path.join('db', 'localNeo4j.ts')),
    );
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap(stringBuiltCypher)).toEqual([]);
  });

  test('the check itself finds string-built Cypher', () => {
    const planted = path.join(repoRoot, 'tests', 'integration', 'hostileInput.test.ts');
    // This very file holds the examples below, so the scan must report them.
    const findings = stringBuiltCypher(planted).join('\n');
    expect(findings).toContain("run(`MATCH (n {id: '${id}'}) RETURN n`");
    expect(findings).toContain("executeQuery('MATCH (n) WHERE n.name = ' + name");
  });
});

// Planted examples for the test above; never called.
export const plantedExamples = {
  templated: (tx: { run(text: string): unknown }, id: string) => tx.run(`MATCH (n {id: '${id}'}) RETURN n`),
  concatenated: (driver: { executeQuery(text: string): unknown }, name: string) =>
    driver.executeQuery('MATCH (n) WHERE n.name = ' + name),
};

const injections = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "x'}) MATCH (n) DETACH DELETE n RETURN 1 AS id //",
  '$(x)',
  '${id}',
  '\\u0027 OR true //',
  'name:* OR id:*',
  'egypt~ AND title:[a TO z] OR "unclosed',
  '*:*',
  '((((((',
  'CALL db.labels()',
  '\u0000',
];

/** A value of `type` that passes validation, for the arguments not under attack. */
function harmlessValue(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [harmlessValue(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    return Object.fromEntries(
      fields.filter((field) => isNonNullType(field.type)).map((field) => [field.name, harmlessValue(field.type)]),
    );
  }
  if (isScalarType(inner)) {
    if (inner.name === 'Int') return 1;
    if (inner.name === 'Float') return 1;
    if (inner.name === 'Boolean') return false;
    return 'x';
  }
  return null;
}

interface Target {
  field: string;
  /** Path inside the argument: [] for a String/ID argument, ['name'] for a field of an input object. */
  argument: string;
  inside: string[];
}

/** Every String/ID argument of every Query field, and every String/ID field of their input-object arguments. */
function stringTargets(): Target[] {
  const targets: Target[] = [];
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    for (const argument of field.args) {
      const named = getNamedType(argument.type);
      if (named.name === 'String' || named.name === 'ID')
        targets.push({ field: field.name, argument: argument.name, inside: [] });
      if (isInputObjectType(named)) {
        for (const inner of Object.values(named.getFields())) {
          const innerNamed = getNamedType(inner.type);
          if (innerNamed.name === 'String' || innerNamed.name === 'ID')
            targets.push({ field: field.name, argument: argument.name, inside: [inner.name] });
        }
      }
    }
  }
  return targets;
}

function attack(target: Target, payload: string): { query: string; variables: Record<string, unknown> } {
  const field = schema.getQueryType()?.getFields()[target.field];
  if (!field) throw new Error(`no Query.${target.field}`);
  const variables: Record<string, unknown> = {};
  const declared: string[] = [];
  const passed: string[] = [];
  field.args.forEach((argument: GraphQLArgument, index) => {
    if (argument.name !== target.argument && !isNonNullType(argument.type)) return;
    let value = harmlessValue(argument.type);
    if (argument.name === target.argument) {
      const isList = isListType(getNullableType(argument.type));
      if (target.inside.length === 0) value = isList ? [payload] : payload;
      else {
        const object = { ...(value as Record<string, unknown> | null), [target.inside[0]]: payload };
        // An input object that accepts one of several keys (`id` or `name`) must not get both.
        for (const key of Object.keys(object))
          if (
            key !== target.inside[0] &&
            !isNonNullType(
              (getNamedType(argument.type) as { getFields(): Record<string, { type: GraphQLInputType }> }).getFields()[
                key
              ].type,
            )
          )
            delete object[key];
        value = isList ? [object] : object;
      }
    }
    variables[`v${index}`] = value;
    declared.push(`$v${index}: ${argument.type.toString()}`);
    passed.push(`${argument.name}: $v${index}`);
  });
  const returned = getNamedType(field.type);
  const selection = isScalarType(returned) || isEnumType(returned) ? '' : '{ __typename }';
  const query = `query Attack${declared.length ? `(${declared.join(', ')})` : ''} { ${target.field}${passed.length ? `(${passed.join(', ')})` : ''} ${selection} }`;
  return { query, variables };
}

describe('injection through every string argument of every query', () => {
  test('each gets a clean answer or a clean refusal, and the graph is unchanged', async () => {
    const targets = stringTargets();
    // The schema's text-taking queries are all covered, by name, so a new one cannot slip past.
    expect(targets.map((target) => target.field)).toEqual(
      expect.arrayContaining(['event', 'actor', 'search', 'node', 'eventsAttributedTo']),
    );
    const outcomes: string[] = [];
    for (const target of targets) {
      for (const payload of injections) {
        const request = attack(target, payload);
        const response = await api.post(request);
        expectClean(response);
        const code = response.body.errors?.[0]?.extensions?.code as string | undefined;
        outcomes.push(`${target.field}(${[target.argument, ...target.inside].join('.')}): ${code ?? 'answered'}`);
      }
    }
    expect(outcomes.length).toBe(targets.length * injections.length);
    // Wrongly typed queries would all fail validation and prove nothing; most attacks must reach the resolvers.
    expect(outcomes.filter((outcome) => outcome.endsWith('GRAPHQL_VALIDATION_FAILED')).length).toBe(0);
    await expectHealthy();
  });
});

describe('malformed and oversized requests', () => {
  const cases: [string, () => Promise<RawResponse>][] = [
    [
      'a 1 MB id',
      () =>
        api.post({ query: 'query ($id: ID!) { event(id: $id) { id } }', variables: { id: 'e'.repeat(1024 * 1024) } }),
    ],
    [
      'a 1 MB search text',
      () =>
        api.post({
          query: 'query ($t: String!) { search(text: $t) { totalCount } }',
          variables: { t: 'derna '.repeat(180_000) },
        }),
    ],
    [
      'a 1 MB string literal in the document',
      () => api.post({ query: `{ event(id: "${'e'.repeat(1024 * 1024)}") { id } }` }),
    ],
    ['selections nested 5000 deep', () => api.post({ query: `${'{ a '.repeat(5000)}${'}'.repeat(5000)}` })],
    [
      'a list nested 5000 deep in variables',
      () =>
        api.send({
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: `{"query":"query ($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":${'['.repeat(5000)}${']'.repeat(5000)}}}`,
        }),
    ],
    [
      '__typename under 3000 aliases',
      () => api.post({ query: `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
    ],
    [
      'one event under 2000 aliases',
      () =>
        api.post({ query: `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: event(id: "x") { id }`).join(' ')} }` }),
    ],
    ['a batch of 100 operations', () => api.post(Array.from({ length: 100 }, () => ({ query: knownQuery })))],
    [
      'two operations and no operation name',
      () => api.post({ query: 'query A { __typename } query B { __typename }' }),
    ],
    [
      'a lone high surrogate in a variable',
      () =>
        api.send({
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"query ($id: ID!) { event(id: $id) { id } }","variables":{"id":"\\ud800x"}}',
        }),
    ],
    [
      'a lone low surrogate in the document',
      () =>
        api.send({
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ search(text: \\"\\udc00\\") { totalCount } }"}',
        }),
    ],
    [
      'bytes that are not UTF-8',
      () =>
        api.send({
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: Buffer.concat([
            Buffer.from('{"query":"{ event(id: \\"'),
            Buffer.from([0xff, 0xfe, 0xc3]),
            Buffer.from('\\") { id } }"}'),
          ]),
        }),
    ],
    [
      'an unknown charset',
      () =>
        api.send({
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=klingon' },
          body: '{"query":"{ __typename }"}',
        }),
    ],
    [
      'a number where a page size is an Int',
      () => api.post({ query: 'query ($n: Int) { events(first: $n) { totalCount } }', variables: { n: 'ten' } }),
    ],
    ['a float page size', () => api.post({ query: '{ events(first: 2.5) { totalCount } }' })],
    ['a negative page size', () => api.post({ query: '{ events(first: -1) { totalCount } }' })],
    [
      'an object where an id is expected',
      () => api.post({ query: 'query ($id: ID!) { event(id: $id) { id } }', variables: { id: { $ne: null } } }),
    ],
    ['variables that are a string', () => api.post({ query: '{ __typename }', variables: 'x' })],
    ['a query that is a number', () => api.post({ query: 42 })],
    ['no query at all', () => api.post({})],
    ['JSON null as the body', () => api.post(null)],
    ['an unknown enum value', () => api.post({ query: '{ actors(kinds: [NOT_A_KIND]) { totalCount } }' })],
    ['a field that does not exist', () => api.post({ query: '{ event(id: "x") { password } }' })],
    ['a mutation of something that does not exist', () => api.post({ query: 'mutation { dropEverything }' })],
    ['a subscription', () => api.post({ query: 'subscription { events }' })],
  ];

  test.each(cases)('%s gets a clean error or answer, and the server stays healthy', async (_name, send) => {
    expectClean(await send());
    await expectHealthy();
  });

  test('a batch is refused as a whole, not run', async () => {
    const response = await api.post([{ query: knownQuery }, { query: knownQuery }]);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message ?? response.body).toMatch(/batching/i);
  });
});
