// The places list and a place's children, ancestors and events, over HTTP against the seed and a small graph.
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { seededApi, type SeededApi } from '../support/seededApi';
import type { TestApi } from '../support/testApi';

let api: TestApi;
let seeded: SeededApi;

const locationsQuery = `query ($search: String, $kinds: [LocationKind!], $first: Int, $after: String, $last: Int) {
  locations(search: $search, kinds: $kinds, first: $first, after: $after, last: $last) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { node { id } }
  }
}`;

const placeQuery = `query ($id: ID!) {
  location(id: $id) { id children { id parent { id } } ancestors { id parent { id } } }
}`;

const eventsQuery = `query ($id: ID!, $includeSublocations: Boolean, $order: EventOrder, $first: Int, $after: String) {
  location(id: $id) {
    events(includeSublocations: $includeSublocations, order: $order, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { node { id } }
    }
  }
}`;

const nearQuery = `query ($id: ID!, $radiusKm: Float!, $first: Int) {
  location(id: $id) { eventsNear(radiusKm: $radiusKm, first: $first) { totalCount edges { node { id } } } }
}`;

const ids = (connection: { edges: { node: { id: string } }[] } | undefined) =>
  connection?.edges.map((edge) => edge.node.id);

beforeAll(async () => {
  seeded = await seededApi({
    prepare: async (graph) => {
      // A three-level hierarchy far from Libya, with one dated and one undated event at its city and one at a site.
      await ingestBundle(
        graph.db,
        {
          documents: [],
          actors: [],
          actorTies: [],
          actorPlaceTies: [],
          locations: [
            {
              id: 'loc:lt-land',
              name: 'Testland',
              kind: 'COUNTRY',
              latitude: -20,
              longitude: -60,
              geoPrecision: 'COUNTRY',
            },
            {
              id: 'loc:lt-city',
              name: 'Test City',
              aliases: ['Ciudad Prüeba'],
              kind: 'CITY',
              latitude: -21,
              longitude: -61,
              geoPrecision: 'CITY',
              parentId: 'loc:lt-land',
            },
            {
              id: 'loc:lt-site',
              name: 'Test Bridge',
              kind: 'SITE',
              latitude: -21.01,
              longitude: -61.01,
              geoPrecision: 'EXACT',
              parentId: 'loc:lt-city',
            },
          ],
          sources: [],
          events: [
            {
              id: 'event:lt-city-dated',
              kind: 'SHELLING',
              title: 'Shelling of Test City',
              startDate: '2022-06-01',
              datePrecision: 'DAY',
              locationId: 'loc:lt-city',
            },
            { id: 'event:lt-city-undated', kind: 'PROTEST', title: 'Protest in Test City', locationId: 'loc:lt-city' },
            {
              id: 'event:lt-bridge',
              kind: 'ATTACK',
              title: 'Attack on the bridge',
              startDate: '2022-07-01',
              datePrecision: 'DAY',
              locationId: 'loc:lt-site',
            },
          ],
          claims: [],
        },
        { by: 'test' },
      );
    },
  });
  ({ api } = seeded);
});

afterAll(() => seeded.close());

describe('locations list', () => {
  test('without a search, places are listed by name', async () => {
    const response = await api.gql(locationsQuery, {});
    expect(response.errors).toBeUndefined();
    expect(response.data?.locations.totalCount).toBe(12);
    expect(ids(response.data?.locations)?.slice(0, 4)).toEqual([
      'loc:al-fatayeh',
      'loc:cairo',
      'loc:dahr-al-hamar',
      'loc:derna',
    ]);
  });

  test('a search matches aliases too, whatever the case and accents', async () => {
    const darnah = await api.gql(locationsQuery, { search: 'DARNAH' });
    expect(ids(darnah.data?.locations)).toEqual(['loc:derna']);
    const prueba = await api.gql(locationsQuery, { search: 'ciudad prueba' });
    expect(ids(prueba.data?.locations)).toEqual(['loc:lt-city']);
  });

  test('a hyphenated name is found with or without its hyphen', async () => {
    expect(ids((await api.gql(locationsQuery, { search: 'al-fatayeh' })).data?.locations)?.[0]).toBe('loc:al-fatayeh');
    expect(ids((await api.gql(locationsQuery, { search: 'Al Fatayeh district' })).data?.locations)).toEqual([
      'loc:al-fatayeh',
    ]);
  });

  test('kinds narrow the list', async () => {
    const districts = await api.gql(locationsQuery, { kinds: ['DISTRICT'] });
    expect(ids(districts.data?.locations)).toEqual(['loc:al-fatayeh', 'loc:dahr-al-hamar']);
    const countries = await api.gql(locationsQuery, { search: 'libya', kinds: ['COUNTRY'] });
    expect(ids(countries.data?.locations)).toEqual(['loc:libya']);
  });

  test('search results page through cursors', async () => {
    const all = await api.gql(locationsQuery, { search: 'libya', first: 100 });
    expect(ids(all.data?.locations)?.sort()).toEqual(['loc:eastern-libya', 'loc:libya']);
    const first = await api.gql(locationsQuery, { search: 'libya', first: 1 });
    const second = await api.gql(locationsQuery, {
      search: 'libya',
      first: 1,
      after: first.data?.locations.pageInfo.endCursor,
    });
    expect([...ids(first.data?.locations)!, ...ids(second.data?.locations)!]).toEqual(ids(all.data?.locations));
    expect(second.data?.locations.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  test('a search that matches nothing is an empty page', async () => {
    const response = await api.gql(locationsQuery, { search: 'atlantis' });
    expect(response.data?.locations).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: [],
    });
  });

  test('a page beyond the end is empty but keeps the total', async () => {
    const first = await api.gql(locationsQuery, { kinds: ['DISTRICT'], first: 2 });
    const beyond = await api.gql(locationsQuery, {
      kinds: ['DISTRICT'],
      first: 2,
      after: first.data?.locations.pageInfo.endCursor,
    });
    expect(beyond.data?.locations).toMatchObject({ totalCount: 2, edges: [], pageInfo: { hasNextPage: false } });
  });

  test('a search with nothing to search for is BAD_USER_INPUT', async () => {
    const response = await api.gql(locationsQuery, { search: '***' });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the hierarchy around a place', () => {
  test('Derna’s children are its districts; its ancestors reach Libya, nearest first', async () => {
    const response = await api.gql(placeQuery, { id: 'loc:derna' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.location.children).toEqual([
      { id: 'loc:al-fatayeh', parent: { id: 'loc:derna' } },
      { id: 'loc:dahr-al-hamar', parent: { id: 'loc:derna' } },
    ]);
    expect(response.data?.location.ancestors).toEqual([
      { id: 'loc:eastern-libya', parent: { id: 'loc:libya' } },
      { id: 'loc:libya', parent: null },
    ]);
  });

  test('a district’s ancestors run through its city to the country; a country has none', async () => {
    const district = await api.gql(placeQuery, { id: 'loc:al-fatayeh' });
    expect(ids({ edges: district.data?.location.ancestors.map((node: { id: string }) => ({ node })) })).toEqual([
      'loc:derna',
      'loc:eastern-libya',
      'loc:libya',
    ]);
    expect(district.data?.location.children).toEqual([]);
    const country = await api.gql(placeQuery, { id: 'loc:libya' });
    expect(country.data?.location.ancestors).toEqual([]);
    expect(country.data?.location.children.map((c: { id: string }) => c.id)).toEqual([
      'loc:eastern-libya',
      'loc:houn',
      'loc:sirte',
    ]);
  });

  test('children and ancestors of a page of places cost as many round trips as for one place', async () => {
    const nested = `query ($first: Int) { locations(first: $first) { edges { node { id children { id } ancestors { id } } } } }`;
    const one = await api.gql(nested, { first: 1 });
    const all = await api.gql(nested, { first: 100 });
    expect(all.data?.locations.edges.length).toBe(12);
    expect(all.extensions?.cypherRoundTrips).toBe(one.extensions?.cypherRoundTrips);
  });

  test('an unknown place id is NOT_FOUND', async () => {
    const response = await api.gql(placeQuery, { id: 'loc:atlantis' });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      id: 'loc:atlantis',
      argumentName: 'id',
    });
  });
});

describe('events at and near a place', () => {
  test('events in Derna include the Oct 30 strike and its district parts', async () => {
    const response = await api.gql(eventsQuery, { id: 'loc:derna', first: 100 });
    expect(response.errors).toBeUndefined();
    expect(ids(response.data?.location.events)).toEqual(
      expect.arrayContaining([
        'event:derna-airstrikes-2017-10-30',
        'event:derna-airstrike-al-fatayeh-2017-10-30',
        'event:derna-airstrike-dahr-al-hamar-2017-10-30',
        'event:al-fatayeh-forces-defeat-is',
      ]),
    );
    expect(response.data?.location.events.totalCount).toBe(8);
  });

  test('without sublocations, only the events filed at Derna itself', async () => {
    const response = await api.gql(eventsQuery, { id: 'loc:derna', includeSublocations: false, order: 'OLDEST_FIRST' });
    expect(response.errors).toBeUndefined();
    expect(ids(response.data?.location.events)).toEqual([
      'event:islamic-state-foothold-in-derna-2014',
      'event:dmsc-drives-islamic-state-out-of-derna-2015',
      'event:egyptian-airstrike-derna-2017-05',
      'event:derna-airstrikes-2017-10-30',
      'event:derna-siege',
    ]);
  });

  test('the order applies: newest first by default, undated last', async () => {
    const exact = await api.gql(eventsQuery, { id: 'loc:lt-city', includeSublocations: false });
    expect(ids(exact.data?.location.events)).toEqual(['event:lt-city-dated', 'event:lt-city-undated']);
    const inside = await api.gql(eventsQuery, { id: 'loc:lt-city' });
    expect(ids(inside.data?.location.events)).toEqual([
      'event:lt-bridge',
      'event:lt-city-dated',
      'event:lt-city-undated',
    ]);
  });

  test('events of a place page through cursors', async () => {
    const first = await api.gql(eventsQuery, { id: 'loc:lt-city', first: 2 });
    const second = await api.gql(eventsQuery, {
      id: 'loc:lt-city',
      first: 2,
      after: first.data?.location.events.pageInfo.endCursor,
    });
    expect(ids(second.data?.location.events)).toEqual(['event:lt-city-undated']);
    expect(second.data?.location.events.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  test('a place with no events of its own has an empty page', async () => {
    const none = await api.gql(eventsQuery, { id: 'loc:lt-land', includeSublocations: false });
    expect(none.data?.location.events).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null },
      edges: [],
    });
  });

  test('events near Derna include its strikes and not Houn’s', async () => {
    const response = await api.gql(nearQuery, { id: 'loc:derna', radiusKm: 50, first: 100 });
    expect(response.errors).toBeUndefined();
    const near = ids(response.data?.location.eventsNear);
    expect(near).toEqual(
      expect.arrayContaining([
        'event:derna-airstrikes-2017-10-30',
        'event:derna-airstrike-dahr-al-hamar-2017-10-30',
        'event:egyptian-airstrike-derna-2017-05',
      ]),
    );
    expect(near).not.toContain('event:egyptian-airstrike-houn-2017-05');
  });

  test('a small radius around the bridge finds the bridge and not the city centre', async () => {
    const response = await api.gql(nearQuery, { id: 'loc:lt-site', radiusKm: 1 });
    expect(ids(response.data?.location.eventsNear)).toEqual(['event:lt-bridge']);
  });

  test.each([0, -5])('a radius of %p is BAD_USER_INPUT', async (radiusKm) => {
    const response = await api.gql(nearQuery, { id: 'loc:derna', radiusKm });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/^radiusKm: must be greater than 0/);
  });
});
