// Limits refused before a query runs (depth, cost, tokens, body size, rate) and the switches around them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';

import { repoRoot } from '../../src/repoRoot';
import { loadSeed } from '../../src/seed/loadSeed';
import { buildGraphqlSchema } from '../../src/server/buildGraphqlSchema';
import { defaultQueryLimits, queryCostEstimator, queryDepth } from '../../src/server/queryLimits';
import { startGuardedApi, type GuardedApi } from '../support/guardedApi';
import { testGraph, type TestGraph } from '../support/testGraph';

let graph: TestGraph;
let api: GuardedApi;

beforeAll(async () => {
  graph = testGraph();
  await graph.reset();
  await loadSeed(graph.db);
  api = await startGuardedApi(graph.db);
});

afterAll(async () => {
  await api.close();
  await graph.close();
});

/** `location(id) { parent { parent { … name } } }` with `levels` fields in the deepest chain (no lists, so cheap). */
function nestedParents(levels: number): string {
  let selection = 'name';
  for (let level = 2; level < levels; level += 1) selection = `parent { ${selection} }`;
  return `{ location(id: "loc:derna") { id ${selection} } }`;
}

/** Events with claims, their involvements and the actors' subunits: each event is worth a lot. */
// Lists that grow with the data (claims, their relays, a source's documents) under a page of events: a flood at 50.
const eventsWithNestedLists = (first: number): string =>
  `{ events(first: ${first}) { edges { node { claims { relayedBy { source { documents { id title } } } } } } } }`;

describe('query depth', () => {
  test(`refuses a query nested deeper than ${defaultQueryLimits.maxDepth} levels, naming the limit and its value`, async () => {
    const response = await api.post({ query: nestedParents(defaultQueryLimits.maxDepth + 1) });
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors[0].extensions).toMatchObject({
      code: 'QUERY_TOO_DEEP',
      limit: 'MAX_QUERY_DEPTH',
      maxDepth: 12,
      depth: 13,
    });
    expect(response.body.errors[0].message).toBe(
      'The query nests 13 levels deep but the limit (MAX_QUERY_DEPTH) is 12; split it into several queries.',
    );
  });

  test('runs a query exactly at the depth limit', async () => {
    const response = await api.post({ query: nestedParents(defaultQueryLimits.maxDepth) });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.location.id).toBe('loc:derna');
  });

  test('counts depth through fragments and inline fragments', () => {
    const document = parse('query Q { a { ...F } } fragment F on T { b { ... on U { c { d } } } }');
    expect(queryDepth(document, 'Q')).toBe(4);
  });
});

describe('query cost', () => {
  test('grows with the page size asked for: a small page runs, a larger one of the same shape is refused', async () => {
    const small = await api.post({ query: eventsWithNestedLists(40) });
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data.events.edges.length).toBeGreaterThan(0);

    const large = await api.post({ query: eventsWithNestedLists(50) });
    expect(large.status).toBe(400);
    expect(large.body.errors[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'MAX_QUERY_COST',
      maxCost: 100000,
    });
    expect(large.body.errors[0].extensions.cost).toBeGreaterThan(100000);
    expect(large.body.errors[0].message).toMatch(
      /^The query costs \d+ but the limit \(MAX_QUERY_COST\) is 100000; ask for smaller pages/,
    );
  });

  test('reads page sizes from variables too', async () => {
    const query =
      'query Q($n: Int) { events(first: $n) { edges { node { claims { relayedBy { source { documents { id title } } } } } } } }';
    expect((await api.post({ query, variables: { n: 40 } })).body.errors).toBeUndefined();
    expect((await api.post({ query, variables: { n: 50 } })).body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    // Costs are remembered per document and variables: neither answer stands in for the other.
    expect((await api.post({ query, variables: { n: 40 } })).body.errors).toBeUndefined();
    expect((await api.post({ query, variables: { n: 50 } })).body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  test('refuses an expensive field repeated under many aliases', async () => {
    const aliases = Array.from(
      { length: 300 },
      (_, i) => `a${i}: events(first: 100) { edges { node { id title } } }`,
    ).join(' ');
    const response = await api.post({ query: `{ ${aliases} }` });
    expect(response.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  test('leaves a page size over the maximum to the argument check that names it', async () => {
    const response = await api.post({ query: '{ events(first: 1000000) { edges { node { id } } } }' });
    expect(response.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  test('every question on docs/queries.md stays within the default depth and cost limits', async () => {
    const schema = await buildGraphqlSchema();
    const page = readFileSync(path.join(repoRoot, 'docs/queries.md'), 'utf8');
    const queries = [...page.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
    expect(queries.length).toBeGreaterThan(3);
    for (const query of queries) {
      const document = parse(query);
      expect({ query, depth: queryDepth(document) }).toEqual({ query, depth: expect.any(Number) });
      expect(queryDepth(document)).toBeLessThanOrEqual(defaultQueryLimits.maxDepth);
      expect(
        getComplexity({ schema, query: document, variables: {}, estimators: [queryCostEstimator] }),
      ).toBeLessThanOrEqual(defaultQueryLimits.maxCost);
    }
  });
});

describe('document and body size', () => {
  test('refuses a document with more lexical tokens than the limit before parsing it all', async () => {
    const response = await api.post({
      query: `{ ${Array.from({ length: 4000 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.body.errors[0].message).toMatch(/Document contains more th\w+ 10000 tokens/);
  });

  test('answers a body over MAX_BODY_BYTES with 413 and a GraphQL-shaped PAYLOAD_TOO_LARGE error', async () => {
    const small = await startGuardedApi(graph.db, { limits: { maxBodyBytes: 1000 } });
    try {
      const response = await small.post({ query: '{ __typename }', variables: { padding: 'x'.repeat(2000) } });
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect(response.body).toEqual({
        errors: [
          {
            message: 'The request body is larger than the limit (MAX_BODY_BYTES) of 1000 bytes.',
            extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 'MAX_BODY_BYTES', maxBodyBytes: 1000 },
          },
        ],
      });
      expect((await small.post({ query: '{ __typename }' })).body).toMatchObject({ data: { __typename: 'Query' } });
    } finally {
      await small.close();
    }
  });

  test('answers a body that is not JSON with 400 and a GraphQL-shaped error', async () => {
    const response = await api.send({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ __typename }"',
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [
        { message: 'The request body is not valid JSON.', extensions: { code: 'BAD_USER_INPUT', field: 'body' } },
      ],
    });
  });
});

describe('rate limiting', () => {
  test('refuses a caller past its burst with 429, RATE_LIMITED and Retry-After', async () => {
    const limited = await startGuardedApi(graph.db, { rateLimit: { burst: 3, perSecond: 0.01 } });
    try {
      for (let i = 0; i < 3; i += 1)
        expect((await limited.post({ query: '{ __typename }' })).body).toEqual(
          expect.objectContaining({ data: { __typename: 'Query' } }),
        );
      const refused = await limited.post({ query: '{ __typename }' });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('100');
      expect(refused.body.data).toBeUndefined();
      expect(refused.body.errors[0].extensions).toMatchObject({
        code: 'RATE_LIMITED',
        burst: 3,
        perSecond: 0.01,
        retryAfterSeconds: 100,
      });
      expect(refused.body.errors[0].message).toBe(
        'Too many requests: the limit is a burst of 3 (RATE_LIMIT_BURST) refilled at 0.01 per second (RATE_LIMIT_PER_SECOND); retry after 100 s.',
      );
    } finally {
      await limited.close();
    }
  });

  test('downloads spend the same budget as GraphQL requests, and are refused the same way past it', async () => {
    const limited = await startGuardedApi(graph.db, { rateLimit: { burst: 3, perSecond: 0.01 } });
    try {
      for (let i = 0; i < 2; i += 1) expect((await limited.post({ query: '{ __typename }' })).status).toBe(200);
      expect((await fetch(`${limited.baseUrl}/export/events.csv`)).status).toBe(200);
      const refused = await fetch(`${limited.baseUrl}/export/events.geojson`);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('100');
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
      expect((await limited.post({ query: '{ __typename }' })).status).toBe(429);
    } finally {
      await limited.close();
    }
  });

  test('is off unless configured: many requests from one caller all answer', async () => {
    const answers = await Promise.all(Array.from({ length: 150 }, () => api.post({ query: '{ __typename }' })));
    expect(answers.map((answer) => answer.status)).toEqual(Array(150).fill(200));
  });
});

describe('introspection, Sandbox, CSRF and batching', () => {
  const introspect = { query: '{ __schema { queryType { name } } }' };

  test('introspection answers when on and is refused when off', async () => {
    expect((await api.post(introspect)).body).toMatchObject({ data: { __schema: { queryType: { name: 'Query' } } } });
    const closed = await startGuardedApi(graph.db, { introspection: false });
    try {
      const refused = await closed.post(introspect);
      expect(refused.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(refused.body.errors[0].message).toMatch(/introspection is not allowed/i);
    } finally {
      await closed.close();
    }
  });

  test('a browser visit gets Sandbox when on and no Sandbox when off', async () => {
    const browser = { method: 'GET', headers: { accept: 'text/html' } };
    expect((await api.send(browser)).body).toContain('new window.EmbeddedSandbox(');
    const closed = await startGuardedApi(graph.db, { sandbox: false });
    try {
      const page = await closed.send(browser);
      expect(page.body).not.toContain('EmbeddedSandbox');
      expect(page.body).toContain('%22isProd%22%3Atrue');
    } finally {
      await closed.close();
    }
  });

  test('refuses a simple GET query without a preflight header (CSRF prevention) and answers it with one', async () => {
    const refused = await api.send({ method: 'GET', path: '/graphql?query=%7B__typename%7D' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('CSRF');
    const allowed = await api.send({
      method: 'GET',
      path: '/graphql?query=%7B__typename%7D',
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.body).toEqual({ data: { __typename: 'Query' }, extensions: expect.any(Object) });
  });

  test.each([
    ['an HTML form', 'application/x-www-form-urlencoded', 'query=%7B__typename%7D'],
    ['a text/plain POST', 'text/plain', '{"query":"{ __typename }"}'],
    [
      'a multipart form',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--\r\n',
    ],
  ])('refuses %s POST that a browser sends without a preflight', async (_name, contentType, body) => {
    const refused = await api.send({ method: 'POST', headers: { 'content-type': contentType }, body });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).not.toContain('"__typename":"Query"');
  });

  test('refuses a batch of operations in one HTTP request', async () => {
    const refused = await api.post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toMatch(/batching/i);
  });
});
