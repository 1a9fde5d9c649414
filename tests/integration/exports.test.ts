// GET /export/events.geojson and /export/events.csv: the events filters as query parameters, on the seed.
import { parse } from 'csv-parse/sync';

import { csvColumns } from '../../src/export/eventsCsv';
import { seededApi, type SeededApi } from '../support/seededApi';
import { startTestApi, type TestApi } from '../support/testApi';
import type { TestGraph } from '../support/testGraph';

let graph: TestGraph;
let api: TestApi;

async function download(path: string, headers: Record<string, string> = {}, on: TestApi = api) {
  const response = await fetch(`${on.baseUrl}${path}`, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

async function csvRows(query: string): Promise<Record<string, string>[]> {
  const response = await download(`/export/events.csv${query}`);
  expect(response.status).toBe(200);
  return parse(response.text, { columns: true });
}

async function errorOf(path: string) {
  const response = await download(path);
  return {
    status: response.status,
    ...(JSON.parse(response.text) as { error: { code: string; message: string; parameter?: string } }),
  };
}

let seeded: SeededApi | undefined;

beforeAll(async () => {
  seeded = await seededApi();
  ({ graph, api } = seeded);
});

afterAll(() => seeded?.close());

describe('events.geojson', () => {
  test('downloads the filtered events as a GeoJSON file', async () => {
    const response = await download(
      '/export/events.geojson?kinds=AIRSTRIKE&bbox=32.6,22.4,32.9,22.8&order=OLDEST_FIRST',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="events.geojson"');
    const collection = JSON.parse(response.text);
    expect(collection.type).toBe('FeatureCollection');
    const ids = collection.features.map((f: { id: string }) => f.id);
    expect(ids[0]).toBe('event:egyptian-airstrike-derna-2017-05');
    expect([...ids].sort()).toEqual([
      'event:derna-airstrike-al-fatayeh-2017-10-30',
      'event:derna-airstrike-dahr-al-hamar-2017-10-30',
      'event:derna-airstrikes-2017-10-30',
      'event:egyptian-airstrike-derna-2017-05',
    ]);
    expect(collection.features[0].geometry.coordinates[0]).toBeGreaterThan(22);
  });

  test('gives the same features as the eventsGeoJson query for the same filter', async () => {
    const file = JSON.parse((await download('/export/events.geojson?near=32.76,22.64,30&from=2017-10-01')).text);
    const response = await api.gql(
      'query { eventsGeoJson(filter: {near: {latitude: 32.76, longitude: 22.64, radiusKm: 30}, from: "2017-10-01"}, first: 1000) }',
    );
    expect(file).toEqual(response.data!.eventsGeoJson);
    expect(file.features.length).toBeGreaterThan(0);
  });

  test('stops at limit and says more are left', async () => {
    const collection = JSON.parse((await download('/export/events.geojson?limit=2')).text);
    expect(collection.features.length + collection.eventsWithoutPoint).toBe(2);
    expect(collection).toMatchObject({ totalCount: 17, hasNextPage: true });
  });

  test('continues after the endCursor of the previous download', async () => {
    const first = JSON.parse((await download('/export/events.geojson?limit=10&order=OLDEST_FIRST')).text);
    const rest = JSON.parse(
      (await download(`/export/events.geojson?limit=10&order=OLDEST_FIRST&after=${first.endCursor}`)).text,
    );
    const all = JSON.parse((await download('/export/events.geojson?order=OLDEST_FIRST')).text);
    expect(rest.hasNextPage).toBe(false);
    expect([...first.features, ...rest.features].map((f: { id: string }) => f.id)).toEqual(
      all.features.map((f: { id: string }) => f.id),
    );
    const wrongQuery = await errorOf(`/export/events.csv?kinds=AIRSTRIKE&after=${first.endCursor}`);
    expect(wrongQuery).toMatchObject({ status: 400, error: { code: 'BAD_USER_INPUT', parameter: 'after' } });
  });
});

describe('events.csv', () => {
  test('has one row per event, blamed actor and source, quoted as RFC 4180 with CRLF line ends', async () => {
    const response = await download('/export/events.csv?kinds=AIRSTRIKE');
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="events.csv"');
    expect(response.text.split('\r\n')[0]).toBe(csvColumns.join(','));
    const rows: Record<string, string>[] = parse(response.text, { columns: true });
    const derna = rows.filter((row) => row.event_id === 'event:derna-airstrikes-2017-10-30');
    const gql = await api.gql(
      '{ event(id: "event:derna-airstrikes-2017-10-30") { attributions { actor { id } sources { id } } } }',
    );
    const expected = (gql.data!.event.attributions as { actor: { id: string }; sources: { id: string }[] }[]).flatMap(
      (a) => a.sources.map((s) => `${a.actor.id} ${s.id}`),
    );
    expect(derna.map((row) => `${row.actor_id} ${row.source_id}`).sort()).toEqual(expected.sort());
    expect(derna[0]).toMatchObject({ kind: 'AIRSTRIKE', start_date: '2017-10-30', location_name: 'Derna' });
    expect(derna.every((row) => row.claim_ids.startsWith('claim:'))).toBe(true);
  });

  test('keeps an event nobody is blamed for, with empty actor and source columns', async () => {
    const rows = await csvRows('?kinds=TERRITORY_CHANGE&minKilled=0');
    const unblamed = await csvRows('?kinds=STATEMENT');
    const statements = [...rows, ...unblamed].filter((row) => row.actor_id === '');
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((row) => row.source_id === '' && row.event_id.startsWith('event:'))).toBe(true);
  });

  test('takes the same filters as GraphQL: actorId and contested', async () => {
    const rows = await csvRows('?actorId=actor:egypt&contested=false');
    const gql = await api.gql(
      '{ events(filter: {actorId: "actor:egypt", contested: false}, first: 100) { edges { node { id } } } }',
    );
    const ids = (gql.data!.events.edges as { node: { id: string } }[]).map((edge) => edge.node.id);
    expect(ids.length).toBeGreaterThan(0);
    expect([...new Set(rows.map((row) => row.event_id))].sort()).toEqual(ids.sort());
    expect(rows.every((row) => row.contested === 'false')).toBe(true);
    expect(await csvRows('?actorId=actor:egypt&contested=true')).toEqual([]);
  });
});

describe('bad parameters answer 400 naming the parameter', () => {
  test.each([
    ['kinds=AIRSTRIKE,PICNIC', 'kinds', 'BAD_USER_INPUT', /PICNIC/],
    ['from=2017-02-30', 'from', 'BAD_USER_INPUT', /YYYY-MM-DD/],
    ['from=2018-01-01&to=2017-01-01', 'to', 'BAD_USER_INPUT', /before/],
    ['near=32.7,22.6', 'near', 'BAD_USER_INPUT', /lat,lon,km/],
    ['near=95,22.6,10', 'near', 'BAD_USER_INPUT', /latitude must be between -90 and 90/],
    ['bbox=33,22,32,23', 'bbox', 'BAD_USER_INPUT', /south/],
    ['minKilled=-1', 'minKilled', 'BAD_USER_INPUT', /minKilled/],
    ['contested=maybe', 'contested', 'BAD_USER_INPUT', /TRUE, FALSE/],
    ['order=RANDOM', 'order', 'BAD_USER_INPUT', /NEWEST_FIRST/],
    ['limit=5001', 'limit', 'BAD_USER_INPUT', /5000/],
    ['kind=AIRSTRIKE', 'kind', 'BAD_USER_INPUT', /not a parameter/],
    ['kinds=AIRSTRIKE&kinds=SHELLING', 'kinds', 'BAD_USER_INPUT', /once/],
    ['locationId=loc:atlantis', 'locationId', 'NOT_FOUND', /loc:atlantis/],
  ])('%s', async (query, parameter, code, message) => {
    for (const file of ['events.csv', 'events.geojson']) {
      const error = await errorOf(`/export/${file}?${query}`);
      expect(error.status).toBe(400);
      expect(error.error).toMatchObject({ code, parameter });
      expect(error.error.message).toMatch(message);
    }
  });
});

test('needs the READER role, resolved like a GraphQL request: no credentials and no anonymous role is 401', async () => {
  const closed = await startTestApi(graph.db, { anonymousRole: null });
  try {
    const response = await download('/export/events.csv', {}, closed);
    expect(response.status).toBe(401);
    expect(JSON.parse(response.text).error.code).toBe('UNAUTHENTICATED');
    const wrongKey = await download('/export/events.geojson', { authorization: 'Bearer cgk_not-a-key' }, closed);
    expect(wrongKey.status).toBe(401);
  } finally {
    await closed.close();
  }
});
