// /metrics: Prometheus text with GraphQL requests by operation and outcome, latency, Cypher round trips and Neo4j sessions.
import { seededApi, type SeededApi } from '../support/seededApi';
import type { TestApi } from '../support/testApi';

let api: TestApi;

async function scrape(): Promise<{ contentType: string | null; text: string }> {
  const response = await fetch(`${api.baseUrl}/metrics`);
  expect(response.status).toBe(200);
  return { contentType: response.headers.get('content-type'), text: await response.text() };
}

/** The value of one sample line, e.g. `graphql_requests_total{operation="X",outcome="ok"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

let seeded: SeededApi | undefined;

beforeAll(async () => {
  seeded = await seededApi();
  ({ api } = seeded);
});

afterAll(() => seeded?.close());

test('counts GraphQL requests by operation name and outcome', async () => {
  await api.gql('query MetricsEventCount { events { totalCount } }');
  await api.gql('query MetricsEventCount { events { totalCount } }');
  await api.gql('query MetricsMissingEvent { event(id: "event:nowhere") { id } }');
  await api.gql('query MetricsBadPage { events(first: 1000) { totalCount } }');
  const { contentType, text } = await scrape();
  expect(contentType).toMatch(/^text\/plain/);
  expect(sample(text, 'graphql_requests_total{operation="MetricsEventCount",outcome="ok"}')).toBe(2);
  expect(sample(text, 'graphql_requests_total{operation="MetricsMissingEvent",outcome="NOT_FOUND"}')).toBe(1);
  expect(sample(text, 'graphql_requests_total{operation="MetricsBadPage",outcome="BAD_USER_INPUT"}')).toBe(1);
});

test('records latency and Cypher round trips per operation', async () => {
  await api.gql(
    'query MetricsDerna { event(id: "event:derna-airstrikes-2017-10-30") { title attributions { actor { name } } } }',
  );
  const { text } = await scrape();
  expect(sample(text, 'graphql_request_duration_seconds_count{operation="MetricsDerna"}')).toBe(1);
  expect(sample(text, 'graphql_request_duration_seconds_sum{operation="MetricsDerna"}')).toBeGreaterThan(0);
  expect(sample(text, 'graphql_cypher_round_trips_count{operation="MetricsDerna"}')).toBe(1);
  // The event, then its claims (which bring the actors they name): two statements.
  expect(sample(text, 'graphql_cypher_round_trips_sum{operation="MetricsDerna"}')).toBe(2);
});

test('labels unnamed operations anonymous', async () => {
  await api.gql('{ events { totalCount } }');
  const { text } = await scrape();
  expect(sample(text, 'graphql_requests_total{operation="anonymous",outcome="ok"}')).toBeGreaterThanOrEqual(1);
});

test('reports Neo4j sessions in use against the pool size, and process metrics', async () => {
  const { text } = await scrape();
  expect(sample(text, 'neo4j_sessions_in_use')).toBe(0);
  expect(sample(text, 'neo4j_connection_pool_max')).toBe(100);
  expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
  expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
});
