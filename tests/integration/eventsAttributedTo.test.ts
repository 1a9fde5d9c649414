// The canonical question: events attributed to an actor, by a source, with the matching claims.
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { seededApi, type SeededApi } from '../support/seededApi';
import type { TestApi } from '../support/testApi';

let api: TestApi;
let seeded: SeededApi;

const query = `query ($actor: ActorRef!, $source: SourceRef, $sourceRole: SourceRole, $includeSubordinates: Boolean, $kinds: [EventKind!],
                     $from: LocalDate, $to: LocalDate, $locationId: ID, $near: NearPoint, $minConfidence: Float, $first: Int, $after: String, $order: DateOrder) {
  eventsAttributedTo(actor: $actor, source: $source, sourceRole: $sourceRole, includeSubordinates: $includeSubordinates, kinds: $kinds,
                     from: $from, to: $to, locationId: $locationId, near: $near, minConfidence: $minConfidence, first: $first, after: $after, order: $order) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id } matchedClaims { id source { id } } }
  }
}`;

const eventIds = (response: { data?: { eventsAttributedTo?: { edges: { node: { id: string } }[] } } }) =>
  response.data?.eventsAttributedTo?.edges.map((edge) => edge.node.id);

beforeAll(async () => {
  seeded = await seededApi({
    prepare: async (graph) => {
      // Two actors sharing an alias, and a relay of a Derna claim by a second outlet, on top of the seed.
      await ingestBundle(
        graph.db,
        {
          documents: [],
          actors: [
            { id: 'actor:test-army-north', name: 'Northern Army', aliases: ['The Army'], kind: 'ARMED_FORCES' },
            { id: 'actor:test-army-south', name: 'Southern Army', aliases: ['the army'], kind: 'ARMED_FORCES' },
          ],
          actorTies: [],
          actorPlaceTies: [],
          locations: [],
          sources: [{ id: 'source:test-echo-news', name: 'Echo News', kind: 'NEWS_OUTLET' }],
          events: [],
          claims: [
            {
              id: 'claim:test-echo-relays-dango',
              kind: 'ATTRIBUTION',
              stance: 'ASSERTS',
              sourceId: 'source:test-echo-news',
              eventId: 'event:derna-airstrikes-2017-10-30',
              actorId: 'actor:egypt',
              relaysClaimId: 'claim:dango-blames-egypt',
            },
          ],
        },
        { by: 'test' },
      );
    },
  });
  ({ api } = seeded);
});

afterAll(() => seeded.close());

test('strikes attributed to Egypt by the DMSC media office head: the Derna strike, with his claim', async () => {
  const response = await api.gql(query, {
    actor: { name: 'Egypt' },
    source: { id: 'source:mohammed-edriss-al-taher' },
    kinds: ['AIRSTRIKE'],
  });
  expect(response.errors).toBeUndefined();
  expect(response.data?.eventsAttributedTo).toEqual({
    totalCount: 1,
    pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: expect.any(String) },
    edges: [
      {
        cursor: expect.any(String),
        node: { id: 'event:derna-airstrikes-2017-10-30' },
        matchedClaims: [
          { id: 'claim:dmsc-media-office-blames-egypt', source: { id: 'source:mohammed-edriss-al-taher' } },
        ],
      },
    ],
  });
});

test('the actor can be named by an alias, whatever the case and accents', async () => {
  const byAlias = await api.gql(query, { actor: { name: 'dìgnity operation FORCES' } });
  const byId = await api.gql(query, { actor: { id: 'actor:libyan-national-army' } });
  expect(byAlias.errors).toBeUndefined();
  expect(eventIds(byAlias)).toEqual(eventIds(byId));
  expect(eventIds(byAlias)).toContain('event:derna-siege');
});

test('without subordinates, Egypt is blamed only for the Derna strike; with them, also for the Air Force’s strikes', async () => {
  const alone = await api.gql(query, { actor: { id: 'actor:egypt' }, kinds: ['AIRSTRIKE'] });
  const withUnits = await api.gql(query, {
    actor: { id: 'actor:egypt' },
    kinds: ['AIRSTRIKE'],
    includeSubordinates: true,
    order: 'OLDEST_FIRST',
  });
  expect(eventIds(alone)).toEqual(['event:derna-airstrikes-2017-10-30']);
  expect(eventIds(withUnits)).toEqual([
    'event:egyptian-airstrike-derna-2017-05',
    'event:egyptian-airstrike-houn-2017-05',
    'event:egyptian-airstrikes-eastern-libya-2017-05',
    'event:derna-airstrikes-2017-10-30',
  ]);
});

test('a relaying source’s matches include the claims it relayed only when relayers are asked for', async () => {
  const matched = async (sourceRole: string) => {
    const response = await api.gql(query, { actor: { id: 'actor:egypt' }, source: { name: 'echo news' }, sourceRole });
    expect(eventIds(response)).toEqual(['event:derna-airstrikes-2017-10-30']);
    return response.data?.eventsAttributedTo.edges[0].matchedClaims.map((c: { id: string }) => c.id).sort();
  };
  expect(await matched('MAKER')).toEqual(['claim:test-echo-relays-dango']);
  expect(await matched('MAKER_OR_RELAYER')).toEqual(['claim:dango-blames-egypt', 'claim:test-echo-relays-dango']);
});

test('a source that never attributed the strike to an actor finds nothing for that actor', async () => {
  const response = await api.gql(query, {
    actor: { id: 'actor:unknown-warplanes-derna-2017-10' },
    source: { id: 'source:reuters' },
    sourceRole: 'MAKER_OR_RELAYER',
  });
  expect(response.errors).toBeUndefined();
  expect(eventIds(response)).toEqual([]);
  expect(response.data?.eventsAttributedTo.pageInfo).toEqual({
    hasNextPage: false,
    hasPreviousPage: false,
    endCursor: null,
  });
});

test('a date range and a place narrow the hits', async () => {
  const may = await api.gql(query, {
    actor: { id: 'actor:egyptian-air-force' },
    from: '2017-05-01',
    to: '2017-05-31',
    locationId: 'loc:derna',
  });
  expect(eventIds(may)).toEqual(['event:egyptian-airstrike-derna-2017-05']);
  const inLibya = await api.gql(query, {
    actor: { id: 'actor:egyptian-air-force' },
    locationId: 'loc:libya',
    order: 'OLDEST_FIRST',
  });
  expect(eventIds(inLibya)).toEqual(
    expect.arrayContaining([
      'event:egyptian-airstrike-derna-2017-05',
      'event:egyptian-airstrike-houn-2017-05',
      'event:derna-airstrikes-2017-10-30',
    ]),
  );
});

test('a radius around Derna keeps Derna’s strikes and drops Houn’s', async () => {
  const near = await api.gql(query, {
    actor: { id: 'actor:egyptian-air-force' },
    near: { latitude: 32.76, longitude: 22.64, radiusKm: 50 },
  });
  expect(eventIds(near)).toContain('event:egyptian-airstrike-derna-2017-05');
  expect(eventIds(near)).not.toContain('event:egyptian-airstrike-houn-2017-05');
});

test('a minimum confidence leaves out hedged and unassessed claims', async () => {
  const firm = await api.gql(query, { actor: { id: 'actor:egypt' }, minConfidence: 0.8 });
  expect(firm.data?.eventsAttributedTo.edges[0].matchedClaims.map((c: { id: string }) => c.id).sort()).toEqual([
    'claim:dango-blames-egypt',
    'claim:dmsc-media-office-blames-egypt',
  ]);
});

test('pages follow each other through cursors', async () => {
  const args = { actor: { id: 'actor:egypt' }, includeSubordinates: true, first: 2, order: 'OLDEST_FIRST' };
  const first = await api.gql(query, args);
  const second = await api.gql(query, { ...args, after: first.data?.eventsAttributedTo.pageInfo.endCursor });
  expect(first.data?.eventsAttributedTo.pageInfo.hasNextPage).toBe(true);
  expect(second.data?.eventsAttributedTo.pageInfo.hasPreviousPage).toBe(true);
  const all = await api.gql(query, { ...args, first: 100 });
  expect([...eventIds(first)!, ...eventIds(second)!]).toEqual(eventIds(all)!.slice(0, 4));
});

test('a cursor from another query is refused', async () => {
  const egypt = await api.gql(query, { actor: { id: 'actor:egypt' }, first: 1 });
  const other = await api.gql(query, {
    actor: { id: 'actor:egyptian-air-force' },
    after: egypt.data?.eventsAttributedTo.pageInfo.endCursor,
  });
  expect(other.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(other.errors?.[0].message).toMatch(/^after: this cursor does not belong to this query/);
});

test('an unknown actor id is NOT_FOUND, not an empty list', async () => {
  const response = await api.gql(query, { actor: { id: 'actor:atlantis' } });
  expect(response.errors?.[0].extensions).toMatchObject({
    code: 'NOT_FOUND',
    id: 'actor:atlantis',
    argumentName: 'actor.id',
  });
});

test('an unknown source id is NOT_FOUND, and so is an id that names something other than an actor', async () => {
  const source = await api.gql(query, { actor: { id: 'actor:egypt' }, source: { id: 'source:daily-nowhere' } });
  expect(source.errors?.[0].extensions).toMatchObject({
    code: 'NOT_FOUND',
    id: 'source:daily-nowhere',
    argumentName: 'source.id',
  });
  expect(source.data).toBeNull();
  const notAnActor = await api.gql(query, { actor: { id: 'event:derna-airstrikes-2017-10-30' } });
  expect(notAnActor.errors?.[0].extensions).toMatchObject({
    code: 'NOT_FOUND',
    id: 'event:derna-airstrikes-2017-10-30',
    argumentName: 'actor.id',
  });
});

test('an unknown source name is NOT_FOUND', async () => {
  const response = await api.gql(query, { actor: { id: 'actor:egypt' }, source: { name: 'Daily Nowhere' } });
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'source.name' });
});

test('a name that fits two actors is AMBIGUOUS and lists both ids', async () => {
  const response = await api.gql(query, { actor: { name: 'THE ARMY' } });
  expect(response.errors?.[0].extensions?.code).toBe('AMBIGUOUS');
  expect(response.errors?.[0].extensions?.candidates).toEqual([
    { id: 'actor:test-army-north', name: 'Northern Army' },
    { id: 'actor:test-army-south', name: 'Southern Army' },
  ]);
});

test('both an id and a name, or neither, is refused', async () => {
  const both = await api.gql(query, { actor: { id: 'actor:egypt', name: 'Egypt' } });
  const neither = await api.gql(query, { actor: {} });
  expect(both.errors?.[0].message).toBe('actor: give exactly one of actor.id and actor.name');
  expect(neither.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

test('dates out of order are refused, naming the argument', async () => {
  const response = await api.gql(query, { actor: { id: 'actor:egypt' }, from: '2018-01-01', to: '2017-01-01' });
  expect(response.errors?.[0]).toMatchObject({
    message: 'to: 2017-01-01 is before from 2018-01-01',
    extensions: { code: 'BAD_USER_INPUT' },
  });
});

test('a radius of 0 is refused', async () => {
  const response = await api.gql(query, {
    actor: { id: 'actor:egypt' },
    near: { latitude: 32.76, longitude: 22.64, radiusKm: 0 },
  });
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(JSON.stringify(response.errors?.[0])).toContain('radiusKm must be greater than 0');
});

test('a page size over 100 is refused', async () => {
  const response = await api.gql(query, { actor: { id: 'actor:egypt' }, first: 101 });
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(JSON.stringify(response.errors?.[0])).toContain('first must be at most 100');
});
