// eventsGeoJson: the events list as an RFC 7946 FeatureCollection, on the seed.
import { seededApi, type SeededApi } from '../support/seededApi';
import type { TestApi } from '../support/testApi';

let api: TestApi;

const query = `query ($filter: EventsFilter, $order: EventOrder, $first: Int, $after: String) {
  eventsGeoJson(filter: $filter, order: $order, first: $first, after: $after)
}`;

interface Feature {
  type: string;
  id: string;
  geometry: { type: string; coordinates: number[] };
  properties: Record<string, unknown> & {
    attributions: { actorId: string; actorName: string; sourceCount: number; independentSourceCount: number }[];
  };
}
interface Collection {
  type: string;
  features: Feature[];
  eventsWithoutPoint: number;
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

async function geoJson(variables: Record<string, unknown> = {}): Promise<Collection> {
  const response = await api.gql<{ eventsGeoJson: Collection }>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.eventsGeoJson;
}

let seeded: SeededApi | undefined;

beforeAll(async () => {
  seeded = await seededApi();
  ({ api } = seeded);
});

afterAll(() => seeded?.close());

test('is a FeatureCollection of the 14 placed seed events, counting the 3 without a place', async () => {
  const collection = await geoJson();
  expect(collection.type).toBe('FeatureCollection');
  expect(collection.totalCount).toBe(17);
  expect(collection.features).toHaveLength(14);
  expect(collection.eventsWithoutPoint).toBe(3);
  expect(collection.hasNextPage).toBe(false);
  expect(collection.features.map((f) => f.id)).not.toContain('event:haftar-orders-tighter-derna-siege');
  for (const feature of collection.features) {
    expect(feature.type).toBe('Feature');
    expect(feature.geometry.type).toBe('Point');
    expect(feature.properties.id).toBe(feature.id);
  }
});

test('puts the Derna strike at Derna as [longitude, latitude] with its attributions, toll and contestation', async () => {
  const place = await api.gql<{ location: { latitude: number; longitude: number } }>(
    '{ location(id: "loc:derna") { latitude longitude } }',
  );
  const derna = place.data!.location;
  const details = await api.gql<{
    event: {
      casualties: { killedLow: number | null; killedHigh: number | null };
      contested: { isContested: boolean };
      attributions: { actor: { id: string } }[];
    };
  }>(
    '{ event(id: "event:derna-airstrikes-2017-10-30") { casualties { killedLow killedHigh } contested { isContested } attributions { actor { id } } } }',
  );
  const event = details.data!.event;
  const feature = (await geoJson()).features.find((f) => f.id === 'event:derna-airstrikes-2017-10-30')!;
  expect(derna.longitude).not.toBe(derna.latitude);
  expect(feature.geometry.coordinates).toEqual([derna.longitude, derna.latitude]);
  expect(feature.properties).toMatchObject({
    kind: 'AIRSTRIKE',
    startDate: '2017-10-30',
    datePrecision: 'DAY',
    locationId: 'loc:derna',
    locationName: 'Derna',
    killedLow: event.casualties.killedLow,
    killedHigh: event.casualties.killedHigh,
    contested: event.contested.isContested,
  });
  expect(feature.properties.attributions.map((a) => a.actorId)).toEqual(event.attributions.map((a) => a.actor.id));
  const egypt = feature.properties.attributions.find((a) => a.actorId === 'actor:egypt');
  expect(egypt).toMatchObject({ actorName: 'Egypt' });
  expect(egypt!.sourceCount).toBeGreaterThanOrEqual(egypt!.independentSourceCount);
  expect(egypt!.independentSourceCount).toBeGreaterThan(0);
});

test('takes the events filter: a bounding box round Derna keeps only Derna events', async () => {
  const collection = await geoJson({
    filter: { within: { south: 32.6, west: 22.4, north: 32.9, east: 22.8 }, kinds: ['AIRSTRIKE'] },
  });
  expect(collection.features.map((f) => f.id).sort()).toEqual([
    'event:derna-airstrike-al-fatayeh-2017-10-30',
    'event:derna-airstrike-dahr-al-hamar-2017-10-30',
    'event:derna-airstrikes-2017-10-30',
    'event:egyptian-airstrike-derna-2017-05',
  ]);
});

test('pages with first and the endCursor member, in the order asked', async () => {
  const first = await geoJson({ first: 5, order: 'OLDEST_FIRST' });
  expect(first.hasNextPage).toBe(true);
  const rest = await geoJson({ first: 100, order: 'OLDEST_FIRST', after: first.endCursor });
  const all = await geoJson({ first: 100, order: 'OLDEST_FIRST' });
  expect([...first.features, ...rest.features].map((f) => f.id)).toEqual(all.features.map((f) => f.id));
  expect(first.eventsWithoutPoint + rest.eventsWithoutPoint).toBe(3);
});

test('refuses more than 1000 events a page, naming first', async () => {
  const response = await api.gql(query, { first: 1001 });
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
});

test('checks the filter by the same rules as events, naming the field', async () => {
  const response = await api.gql(query, { filter: { near: { latitude: 95, longitude: 22.6, radiusKm: 10 } } });
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.near.latitude' });
});
