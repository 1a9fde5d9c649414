// The caller's W3C traceparent travels with every statement a request sends, GraphQL and exports alike, as the
// metadata Neo4j shows in SHOW TRANSACTIONS; a malformed one is dropped, per the spec.
import type { Driver, Session } from 'neo4j-driver';

import { seededApi, type SeededApi } from '../support/seededApi';
import type { TestApi } from '../support/testApi';

const valid = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

/** Every statement's transaction metadata, as handed to the driver (which sends it to Neo4j with RUN). */
const sent: (Record<string, unknown> | undefined)[] = [];

/** From now on, the driver's sessions note the metadata of each statement before running it against the test Neo4j. */
function noteMetadata(driver: Driver): void {
  const openSession = driver.session.bind(driver);
  driver.session = (config) => {
    const session: Session = openSession(config);
    const run = session.run.bind(session);
    session.run = ((
      query: string,
      parameters?: Record<string, unknown>,
      transactionConfig?: { metadata?: Record<string, unknown> },
    ) => {
      sent.push(transactionConfig?.metadata);
      return run(query, parameters, transactionConfig);
    }) as Session['run'];
    return session;
  };
}

let seeded: SeededApi;
let api: TestApi;

beforeAll(async () => {
  seeded = await seededApi();
  ({ api } = seeded);
  noteMetadata(seeded.graph.driver);
});

afterAll(() => seeded.close());

beforeEach(() => {
  sent.length = 0;
});

async function askWith(traceparent: string): Promise<void> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', traceparent },
    body: JSON.stringify({
      query: '{ event(id: "event:derna-airstrikes-2017-10-30") { id attributions { actor { name } } } }',
    }),
  });
  expect(response.status).toBe(200);
  expect(((await response.json()) as { data: { event: { id: string } } }).data.event.id).toBe(
    'event:derna-airstrikes-2017-10-30',
  );
}

test('tags every statement of a GraphQL request with the caller’s traceparent', async () => {
  await askWith(valid);
  expect(sent).toHaveLength(2);
  expect(sent).toEqual([{ traceparent: valid }, { traceparent: valid }]);
});

test.each(['00-not-a-trace-01', 'not-a-traceparent'])(
  'answers with no metadata for a malformed traceparent (%s), and keeps one request’s traceparent out of the next',
  async (malformed) => {
    await askWith(valid);
    sent.length = 0;
    await askWith(malformed);
    expect(sent).toHaveLength(2);
    expect(sent).toEqual([undefined, undefined]);
  },
);

test('tags an export’s statements too', async () => {
  const response = await fetch(`${api.baseUrl}/export/events.csv?limit=5`, { headers: { traceparent: valid } });
  expect(response.status).toBe(200);
  expect(sent.length).toBeGreaterThan(0);
  expect(sent.every((metadata) => metadata?.traceparent === valid)).toBe(true);
});
