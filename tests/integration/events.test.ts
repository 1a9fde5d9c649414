// The events list: every filter, the three orders and Relay paging, on the seed.
import { seededApi, type SeededApi } from '../support/seededApi';
import type { TestApi } from '../support/testApi';
import type { TestGraph } from '../support/testGraph';

let graph: TestGraph;
let api: TestApi;

const list = `query ($filter: EventsFilter, $order: EventOrder, $first: Int, $after: String, $last: Int, $before: String) {
  events(filter: $filter, order: $order, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id startDate } }
  }
}`;

interface EventsPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { id: string; startDate: string | null } }[];
}

async function events(variables: Record<string, unknown>): Promise<EventsPage> {
  const response = await api.gql<{ events: EventsPage }>(list, { first: 100, ...variables });
  expect(response.errors).toBeUndefined();
  return response.data!.events;
}

const ids = (page: EventsPage) => page.edges.map((edge) => edge.node.id);
const sortedIds = async (filter: Record<string, unknown>) => ids(await events({ filter })).sort();

async function errorOf(variables: Record<string, unknown>) {
  const response = await api.gql(list, variables);
  expect(response.data?.events ?? null).toBeNull();
  return response.errors?.[0];
}

const dernaEvents = [
  'event:al-fatayeh-forces-defeat-is',
  'event:derna-airstrike-al-fatayeh-2017-10-30',
  'event:derna-airstrike-dahr-al-hamar-2017-10-30',
  'event:derna-airstrikes-2017-10-30',
  'event:derna-siege',
  'event:dmsc-drives-islamic-state-out-of-derna-2015',
  'event:egyptian-airstrike-derna-2017-05',
  'event:islamic-state-foothold-in-derna-2014',
];

let seeded: SeededApi | undefined;

beforeAll(async () => {
  seeded = await seededApi();
  ({ graph, api } = seeded);
});

afterAll(() => seeded?.close());

describe('filters', () => {
  test('kinds keeps only those kinds', async () => {
    expect(await sortedIds({ kinds: ['AIRSTRIKE'] })).toEqual([
      'event:derna-airstrike-al-fatayeh-2017-10-30',
      'event:derna-airstrike-dahr-al-hamar-2017-10-30',
      'event:derna-airstrikes-2017-10-30',
      'event:egyptian-airstrike-derna-2017-05',
      'event:egyptian-airstrike-houn-2017-05',
      'event:egyptian-airstrikes-eastern-libya-2017-05',
    ]);
  });

  test('a date range keeps events overlapping it, month-precise ones included', async () => {
    expect(await sortedIds({ from: '2017-05-20', to: '2017-05-31' })).toEqual([
      'event:attack-on-coptic-christians-2017-05-26',
      'event:egyptian-airstrike-derna-2017-05',
      'event:egyptian-airstrike-houn-2017-05',
      'event:egyptian-airstrikes-eastern-libya-2017-05',
    ]);
  });

  test('a place takes in everything inside it: Derna and its districts', async () => {
    expect(await sortedIds({ locationId: 'loc:derna' })).toEqual(dernaEvents);
  });

  test('a circle around Derna finds the same events, and the region one 150 km away only with a wider circle', async () => {
    expect(await sortedIds({ near: { latitude: 32.7636, longitude: 22.6361, radiusKm: 5 } })).toEqual(dernaEvents);
    expect(await sortedIds({ near: { latitude: 32.7636, longitude: 22.6361, radiusKm: 200 } })).toEqual(
      [...dernaEvents, 'event:egyptian-airstrikes-eastern-libya-2017-05'].sort(),
    );
  });

  test('a map rectangle over eastern Libya keeps what lies inside it', async () => {
    expect(await sortedIds({ within: { south: 31, west: 21, north: 33.5, east: 23.5 } })).toEqual(
      [...dernaEvents, 'event:egyptian-airstrikes-eastern-libya-2017-05'].sort(),
    );
  });

  test('a rectangle with west east of east crosses the antimeridian: Sirte in, Derna (between the edges) out', async () => {
    expect(await sortedIds({ within: { south: 31, west: 23.5, north: 33.5, east: 21 } })).toEqual([
      'event:al-bunyan-al-marsoos-roots-is-out-of-sirte',
    ]);
  });

  test('an actor keeps events a claim blames it for or says involved it', async () => {
    expect(await sortedIds({ actorId: 'actor:coptic-christians-egypt' })).toEqual([
      'event:attack-on-coptic-christians-2017-05-26',
    ]);
    const egypt = await sortedIds({ actorId: 'actor:egypt' });
    expect(egypt).toContain('event:derna-airstrikes-2017-10-30');
    expect(egypt).not.toContain('event:attack-on-coptic-christians-2017-05-26');
  });

  test('a source keeps the events it made claims about', async () => {
    expect(await sortedIds({ sourceId: 'source:libya-observer' })).toEqual([
      'event:al-fatayeh-forces-defeat-is',
      'event:derna-airstrike-al-fatayeh-2017-10-30',
    ]);
  });

  test('minKilled keeps events some claim about them or a part of them gives at least that toll for', async () => {
    expect(await sortedIds({ minKilled: 20 })).toEqual(['event:attack-on-coptic-christians-2017-05-26']);
    // Libya Observer's 15 killed are about Al-Fatayeh, a part of the Derna strike: both have them.
    expect(await sortedIds({ minKilled: 15 })).toEqual([
      'event:attack-on-coptic-christians-2017-05-26',
      'event:derna-airstrike-al-fatayeh-2017-10-30',
      'event:derna-airstrikes-2017-10-30',
    ]);
  });

  test('contested: true and false split the events exactly as Event.contested judges them (on the seed no source disagrees)', async () => {
    const all = await api.gql<{ events: { edges: { node: { id: string; contested: { isContested: boolean } } }[] } }>(
      '{ events(first: 100) { edges { node { id contested { isContested } } } } }',
    );
    const judged = all.data!.events.edges.map((edge) => edge.node);
    const contested = judged
      .filter((event) => event.contested.isContested)
      .map((event) => event.id)
      .sort();
    const uncontested = judged
      .filter((event) => !event.contested.isContested)
      .map((event) => event.id)
      .sort();
    // With a source that disagrees the split is tested in derivedAnswers.test.ts.
    expect(contested).toEqual([]);
    expect(uncontested.length).toBe(judged.length);
    expect(await sortedIds({ contested: true })).toEqual(contested);
    expect(await sortedIds({ contested: false })).toEqual(uncontested);
  });

  test('filters combine: airstrikes in Derna in May 2017', async () => {
    expect(
      await sortedIds({ kinds: ['AIRSTRIKE'], locationId: 'loc:derna', from: '2017-05-01', to: '2017-05-31' }),
    ).toEqual(['event:egyptian-airstrike-derna-2017-05']);
  });

  test('an explicit null filter lists everything, as a missing one does', async () => {
    expect((await events({ filter: null })).totalCount).toBe(17);
  });

  test('a kind nobody recorded gives an empty page, not an error', async () => {
    const page = await events({ filter: { kinds: ['PROTEST'] } });
    expect(page).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: [],
    });
  });
});

describe('retracted claims', () => {
  // Retraction is set directly here; the retract mutation has its own tests.
  afterEach(() =>
    graph.driver.executeQuery('MATCH (:Source {id: $id})-[:MADE]->(c:Claim) REMOVE c.retractedAt', {
      id: 'source:libya-observer',
    }),
  );

  test('no longer tie an event to their source or count towards its toll', async () => {
    await graph.driver.executeQuery('MATCH (:Source {id: $id})-[:MADE]->(c:Claim) SET c.retractedAt = datetime()', {
      id: 'source:libya-observer',
    });
    expect(await sortedIds({ sourceId: 'source:libya-observer' })).toEqual([]);
    expect(await sortedIds({ minKilled: 15 })).toEqual(['event:attack-on-coptic-christians-2017-05-26']);
  });
});

describe('orders', () => {
  test('newest first by default, same-day events by id, undated events last', async () => {
    const page = await events({});
    expect(page.totalCount).toBe(17);
    expect(ids(page).slice(0, 3)).toEqual([
      'event:derna-airstrike-al-fatayeh-2017-10-30',
      'event:derna-airstrike-dahr-al-hamar-2017-10-30',
      'event:derna-airstrikes-2017-10-30',
    ]);
    const dates = page.edges.map((edge) => edge.node.startDate);
    const dated = dates.filter((date): date is string => date !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((date) => date === null)).toBe(true);
  });

  test('oldest first starts with the Islamic State foothold of 2014', async () => {
    const page = await events({ order: 'OLDEST_FIRST', first: 2 });
    expect(ids(page)).toEqual([
      'event:islamic-state-foothold-in-derna-2014',
      'event:dmsc-drives-islamic-state-out-of-derna-2015',
    ]);
  });

  test('most killed first puts the Copts attack (29) before Al-Fatayeh (15)', async () => {
    const page = await events({ order: 'MOST_KILLED_FIRST', first: 2 });
    expect(ids(page)).toEqual([
      'event:attack-on-coptic-christians-2017-05-26',
      'event:derna-airstrike-al-fatayeh-2017-10-30',
    ]);
  });
});

describe('paging', () => {
  test('pages forward with after, without gaps or repeats, and back with before', async () => {
    const everything = ids(await events({}));
    const first = await events({ first: 6 });
    const second = await events({ first: 6, after: first.pageInfo.endCursor });
    const third = await events({ first: 6, after: second.pageInfo.endCursor });
    expect([...ids(first), ...ids(second), ...ids(third)]).toEqual(everything);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = await events({ first: undefined, last: 6, before: third.pageInfo.startCursor });
    expect(ids(back)).toEqual(ids(second));
  });

  test('last without before is the end of the list', async () => {
    const everything = ids(await events({}));
    expect(ids(await events({ first: undefined, last: 3 }))).toEqual(everything.slice(-3));
  });

  test('a cursor from another filter or order is refused', async () => {
    const page = await events({ first: 2 });
    const otherOrder = await errorOf({ order: 'OLDEST_FIRST', first: 2, after: page.pageInfo.endCursor });
    expect(otherOrder?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(otherOrder?.message).toContain('cursor');
    const otherFilter = await errorOf({ filter: { kinds: ['AIRSTRIKE'] }, first: 2, after: page.pageInfo.endCursor });
    expect(otherFilter?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('more than 100 a page is refused', async () => {
    const error = await errorOf({ first: 101 });
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toBe('Invalid input: first: first must be at most 100');
    expect(error?.extensions?.field).toBe('first');
  });
});

describe('bad filters', () => {
  test.each([
    ['locationId', 'loc:atlantis'],
    ['actorId', 'actor:nobody'],
    ['sourceId', 'source:nobody'],
  ])('an unknown %s is NOT_FOUND, not an empty page', async (field, id) => {
    const error = await errorOf({ filter: { [field]: id } });
    expect(error?.extensions?.code).toBe('NOT_FOUND');
    expect(error?.message).toContain(id);
    expect(error?.extensions?.argumentName).toBe(`filter.${field}`);
  });

  test('dates out of order are BAD_USER_INPUT', async () => {
    const error = await errorOf({ filter: { from: '2017-10-30', to: '2017-05-01' } });
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain('filter.to');
  });

  test('a radius of 0 is BAD_USER_INPUT', async () => {
    const error = await errorOf({ filter: { near: { latitude: 32.76, longitude: 22.64, radiusKm: 0 } } });
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toBe('Invalid input: near.radiusKm: radiusKm must be greater than 0');
    expect(error?.extensions?.field).toBe('near.radiusKm');
  });

  test('a rectangle whose north is south of its south is BAD_USER_INPUT', async () => {
    const error = await errorOf({ filter: { within: { south: 33, west: 21, north: 31, east: 23 } } });
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain('filter.within.north');
  });

  test('a negative minKilled is BAD_USER_INPUT', async () => {
    const error = await errorOf({ filter: { minKilled: -1 } });
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
