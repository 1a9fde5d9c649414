// The sources list and a source's claims, documents and track record, over HTTP against the seed and small graphs.
import type { BundleClaim, DocumentBundle } from '../../src/ingest/bundle.types';
import { emptyBundle } from '../../src/ingest/emptyBundle';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { seededApi, type SeededApi } from '../support/seededApi';
import type { TestApi } from '../support/testApi';
import type { TestGraph } from '../support/testGraph';

let graph: TestGraph;
let api: TestApi;
let seeded: SeededApi;

const sourcesQuery = `query ($search: String, $kinds: [SourceKind!], $first: Int, $after: String, $last: Int, $before: String) {
  sources(search: $search, kinds: $kinds, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id name } }
  }
}`;

const sourceQuery = `query ($id: ID!, $includeRetracted: Boolean, $first: Int, $after: String, $last: Int) {
  source(id: $id) {
    id
    claims(includeRetracted: $includeRetracted, first: $first, after: $after, last: $last) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { node { id retractedAt } }
    }
    documents { id }
    record { claimsMade retracted corroborated contradicted uncorroborated }
  }
}`;

const sourceIds = (response: { data?: { sources?: { edges: { node: { id: string } }[] } } }) =>
  response.data?.sources?.edges.map((edge) => edge.node.id);
const claimIds = (response: { data?: { source?: { claims: { edges: { node: { id: string } }[] } } } }) =>
  response.data?.source?.claims.edges.map((edge) => edge.node.id);

const record = async (id: string) => {
  const response = await api.gql(sourceQuery, { id });
  expect(response.errors).toBeUndefined();
  return response.data?.source.record;
};

/**
 * Two strikes and six sources. Strike X: Alpha blames North, Charlie relays Alpha, Delta blames an unknown actor.
 * Strike Y: Alpha blames South, Bravo claims South did it, Echo denies South did it and gives a toll, Foxtrot blames
 * North (retracted); Alpha's toll for Y is retracted too.
 */
function recordGraph(): DocumentBundle {
  const claim = (id: string, sourceId: string, eventId: string, rest: Partial<BundleClaim>): BundleClaim => ({
    id: `claim:rec-${id}`,
    kind: 'ATTRIBUTION',
    stance: 'ASSERTS',
    sourceId: `source:rec-${sourceId}`,
    eventId: `event:rec-${eventId}`,
    ...rest,
  });
  return {
    documents: [
      {
        id: 'doc:rec-bulletin',
        title: 'Bulletin',
        publishedOn: '2021-03-02',
        publishedOnPrecision: 'DAY',
        publisherId: 'source:rec-foxtrot',
      },
    ],
    actors: [
      { id: 'actor:rec-north', name: 'North Force', kind: 'ARMED_FORCES' },
      { id: 'actor:rec-south', name: 'South Force', kind: 'ARMED_GROUP' },
      { id: 'actor:rec-unknown', name: 'Unknown gunmen', kind: 'UNKNOWN' },
    ],
    actorTies: [],
    actorPlaceTies: [],
    locations: [
      { id: 'loc:rec-town', name: 'Rec Town', kind: 'CITY', latitude: 10, longitude: 10, geoPrecision: 'CITY' },
    ],
    sources: ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'].map((name) => ({
      id: `source:rec-${name}`,
      name: `Rec ${name}`,
      kind: 'NEWS_OUTLET' as const,
    })),
    events: [
      {
        id: 'event:rec-x',
        kind: 'AIRSTRIKE',
        title: 'Strike X',
        startDate: '2021-03-01',
        datePrecision: 'DAY',
        locationId: 'loc:rec-town',
      },
      {
        id: 'event:rec-y',
        kind: 'AIRSTRIKE',
        title: 'Strike Y',
        startDate: '2021-02-01',
        datePrecision: 'DAY',
        locationId: 'loc:rec-town',
      },
    ],
    claims: [
      claim('alpha-x-north', 'alpha', 'x', { actorId: 'actor:rec-north', documentId: 'doc:rec-bulletin' }),
      claim('charlie-relays-alpha', 'charlie', 'x', {
        actorId: 'actor:rec-north',
        relaysClaimId: 'claim:rec-alpha-x-north',
      }),
      claim('delta-x-unknown', 'delta', 'x', { actorId: 'actor:rec-unknown' }),
      claim('alpha-y-south', 'alpha', 'y', { actorId: 'actor:rec-south' }),
      claim('alpha-y-toll', 'alpha', 'y', { kind: 'CASUALTY_COUNT', figures: { killed: 5 } }),
      claim('bravo-y-south', 'bravo', 'y', { kind: 'RESPONSIBILITY_CLAIM', actorId: 'actor:rec-south' }),
      claim('echo-y-denies-south', 'echo', 'y', { kind: 'DENIAL', actorId: 'actor:rec-south' }),
      claim('echo-y-toll', 'echo', 'y', { kind: 'CASUALTY_COUNT', figures: { killed: 7 } }),
      claim('foxtrot-y-north', 'foxtrot', 'y', { actorId: 'actor:rec-north' }),
    ],
  };
}

beforeAll(async () => {
  seeded = await seededApi({
    prepare: async (graph) => {
      await ingestBundle(graph.db, recordGraph(), { by: 'test' });
      // Bundles carry no retractions; an editor's retraction is a property on the claim.
      await graph.driver.executeQuery(
        `MATCH (c:Claim) WHERE c.id IN $ids SET c.retractedAt = datetime('2021-04-01T00:00:00Z'), c.retractionReason = 'test'`,
        { ids: ['claim:rec-foxtrot-y-north', 'claim:rec-alpha-y-toll'] },
      );
    },
  });
  ({ graph, api } = seeded);
});

afterAll(() => seeded.close());

describe('sources list', () => {
  test('without a search, sources are listed by name, 20 a page', async () => {
    const response = await api.gql(sourcesQuery, {});
    expect(response.errors).toBeUndefined();
    expect(response.data?.sources.totalCount).toBe(20);
    expect(sourceIds(response)?.slice(0, 3)).toEqual([
      'source:reuters-derna-resident',
      'source:egyptian-official-claim',
      'source:islamic-state',
    ]);
    expect(response.data?.sources.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  test('a search finds names whatever the case and accents, best match first', async () => {
    const response = await api.gql(sourcesQuery, { search: 'RÉUTERS' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.sources.totalCount).toBe(3);
    expect(sourceIds(response)?.[0]).toBe('source:reuters');
    expect(sourceIds(response)?.slice(1).sort()).toEqual([
      'source:reuters-derna-resident',
      'source:reuters-medical-source-derna',
    ]);
  });

  test('every word of the search must occur in the name', async () => {
    const response = await api.gql(sourcesQuery, { search: 'libya observer' });
    expect(sourceIds(response)).toEqual(['source:libya-observer']);
    const none = await api.gql(sourcesQuery, { search: 'libya reuters' });
    expect(none.data?.sources).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: [],
    });
  });

  test('punctuation in names and in the search is matched as the index splits it', async () => {
    expect(sourceIds(await api.gql(sourcesQuery, { search: "Dango's facebook" }))).toEqual([
      'source:mohammed-dango-facebook',
    ]);
    expect(sourceIds(await api.gql(sourcesQuery, { search: 'al-taher (DMSC)' }))).toEqual([
      'source:mohammed-edriss-al-taher',
    ]);
  });

  test('a search of common words only finds nothing rather than failing', async () => {
    const response = await api.gql(sourcesQuery, { search: 'the of' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.sources.totalCount).toBe(0);
  });

  test('kinds narrow the list, with or without a search', async () => {
    expect(sourceIds(await api.gql(sourcesQuery, { kinds: ['WIRE_SERVICE'] }))).toEqual(['source:reuters']);
    expect(
      sourceIds(await api.gql(sourcesQuery, { search: 'reuters', kinds: ['MEDICAL_SOURCE', 'RESIDENT'] }))?.sort(),
    ).toEqual(['source:reuters-derna-resident', 'source:reuters-medical-source-derna']);
  });

  test('search results page through cursors, forwards and backwards', async () => {
    const all = await api.gql(sourcesQuery, { search: 'derna', first: 100 });
    const total = all.data?.sources.totalCount as number;
    expect(total).toBeGreaterThanOrEqual(4);
    const first = await api.gql(sourcesQuery, { search: 'derna', first: 2 });
    const second = await api.gql(sourcesQuery, {
      search: 'derna',
      first: 2,
      after: first.data?.sources.pageInfo.endCursor,
    });
    expect(first.data?.sources.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(second.data?.sources.pageInfo.hasPreviousPage).toBe(true);
    expect([...sourceIds(first)!, ...sourceIds(second)!]).toEqual(sourceIds(all)!.slice(0, 4));
    const lastTwo = await api.gql(sourcesQuery, { search: 'derna', last: 2 });
    expect(sourceIds(lastTwo)).toEqual(sourceIds(all)!.slice(total - 2));
    expect(lastTwo.data?.sources.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  test('a cursor from another search is refused', async () => {
    const derna = await api.gql(sourcesQuery, { search: 'derna', first: 1 });
    const other = await api.gql(sourcesQuery, { search: 'reuters', after: derna.data?.sources.pageInfo.endCursor });
    expect(other.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(other.errors?.[0].message).toMatch(/^after: this cursor does not belong to this query/);
  });

  test('a search with nothing to search for is BAD_USER_INPUT', async () => {
    const response = await api.gql(sourcesQuery, { search: ' !? ' });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/^search: /);
  });

  test('rejects a page size over 100', async () => {
    const response = await api.gql(sourcesQuery, { first: 101 });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('a source’s claims and documents', () => {
  test('Libya Observer’s claims: the Oct 30 strike first, then the undated clash, ties by id', async () => {
    const response = await api.gql(sourceQuery, { id: 'source:libya-observer' });
    expect(response.errors).toBeUndefined();
    expect(claimIds(response)).toEqual([
      'claim:libya-observer-15-killed-25-injured',
      'claim:libya-observer-unknown-warplanes-struck-al-fatayeh',
      'claim:libya-observer-al-fatayeh-defeated-is',
      'claim:libya-observer-credits-al-fatayeh-local-forces',
      'claim:libya-observer-credits-dmsc-fighters',
    ]);
    expect(response.data?.source.claims.totalCount).toBe(5);
    expect(response.data?.source.documents).toEqual([{ id: 'doc:did-the-egyptian-air-force-bomb-derna' }]);
  });

  test('claims page through cursors, and `last` counts back from the end', async () => {
    const first = await api.gql(sourceQuery, { id: 'source:libya-observer', first: 2 });
    const second = await api.gql(sourceQuery, {
      id: 'source:libya-observer',
      first: 2,
      after: first.data?.source.claims.pageInfo.endCursor,
    });
    expect(claimIds(first)).toEqual([
      'claim:libya-observer-15-killed-25-injured',
      'claim:libya-observer-unknown-warplanes-struck-al-fatayeh',
    ]);
    expect(claimIds(second)).toEqual([
      'claim:libya-observer-al-fatayeh-defeated-is',
      'claim:libya-observer-credits-al-fatayeh-local-forces',
    ]);
    const last = await api.gql(sourceQuery, { id: 'source:libya-observer', last: 1 });
    expect(claimIds(last)).toEqual(['claim:libya-observer-credits-dmsc-fighters']);
    expect(last.data?.source.claims.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  test('retracted claims are left out unless asked for', async () => {
    const standing = await api.gql(sourceQuery, { id: 'source:rec-alpha' });
    expect(claimIds(standing)).toEqual(['claim:rec-alpha-x-north', 'claim:rec-alpha-y-south']);
    const all = await api.gql(sourceQuery, { id: 'source:rec-alpha', includeRetracted: true });
    expect(all.data?.source.claims.totalCount).toBe(3);
    expect(
      all.data?.source.claims.edges.find((e: { node: { id: string } }) => e.node.id === 'claim:rec-alpha-y-toll').node
        .retractedAt,
    ).toBe('2021-04-01T00:00:00.000Z');
  });

  test('documents include the ones a source published without claims in them', async () => {
    const foxtrot = await api.gql(sourceQuery, { id: 'source:rec-foxtrot' });
    expect(foxtrot.data?.source.documents).toEqual([{ id: 'doc:rec-bulletin' }]);
    const bravo = await api.gql(sourceQuery, { id: 'source:rec-bravo' });
    expect(bravo.data?.source.documents).toEqual([]);
    expect(bravo.data?.source.claims.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      endCursor: expect.any(String),
    });
  });

  test('an unknown source id is NOT_FOUND', async () => {
    const response = await api.gql(sourceQuery, { id: 'source:atlantis-times' });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      id: 'source:atlantis-times',
      argumentName: 'id',
    });
  });
});

describe('a source’s record', () => {
  test('Libya Observer: five claims, none backed or contradicted by another source', async () => {
    expect(await record('source:libya-observer')).toEqual({
      claimsMade: 5,
      retracted: 0,
      corroborated: 0,
      contradicted: 0,
      uncorroborated: 5,
    });
  });

  test('the DMSC media office: backed by Dango on Egypt, and not contradicted by the article suspecting the Egyptian Air Force, part of Egypt', async () => {
    expect(await record('source:mohammed-edriss-al-taher')).toEqual({
      claimsMade: 1,
      retracted: 0,
      corroborated: 1,
      contradicted: 0,
      uncorroborated: 0,
    });
  });

  test('the article: its "unknown warplanes" and its suspicion of Egypt’s air force and military contradict no one who blames Egypt', async () => {
    expect((await record('source:derna-article-unnamed-author')).contradicted).toBe(0);
  });

  test('Reuters: a relay is backed by another origin, never by the claim it relays', async () => {
    // Its relays of the medical source and of the resident on the whole strike back each other; its relays of the
    // resident on the districts have only the resident's own claims beside them.
    expect(await record('source:reuters')).toEqual({
      claimsMade: 4,
      retracted: 0,
      corroborated: 2,
      contradicted: 0,
      uncorroborated: 2,
    });
  });

  test.each([
    [
      'alpha: its relayed claim is not corroborated by the relay; its retracted toll counts only as retracted',
      'alpha',
      { claimsMade: 3, retracted: 1, corroborated: 1, contradicted: 1, uncorroborated: 1 },
    ],
    [
      'bravo: backed by alpha on South, contradicted by echo’s denial',
      'bravo',
      { claimsMade: 1, retracted: 0, corroborated: 1, contradicted: 1, uncorroborated: 0 },
    ],
    [
      'charlie: relaying alpha is not independent of alpha',
      'charlie',
      { claimsMade: 1, retracted: 0, corroborated: 0, contradicted: 0, uncorroborated: 1 },
    ],
    [
      'delta: blaming an unknown actor contradicts no one who blames a known one',
      'delta',
      { claimsMade: 1, retracted: 0, corroborated: 0, contradicted: 0, uncorroborated: 1 },
    ],
    [
      'echo: a denial is contradicted by those who assert; a toll against a retracted one stands alone',
      'echo',
      { claimsMade: 2, retracted: 0, corroborated: 0, contradicted: 1, uncorroborated: 2 },
    ],
    [
      'foxtrot: a retracted claim counts for nothing but itself',
      'foxtrot',
      { claimsMade: 1, retracted: 1, corroborated: 0, contradicted: 0, uncorroborated: 0 },
    ],
  ])('%s', async (_name, source, expected) => {
    expect(await record(`source:rec-${source}`)).toEqual(expected);
  });

  test('a source that made no claims has an empty record', async () => {
    await ingestBundle(
      graph.db,
      {
        ...emptyBundle(),
        sources: [{ id: 'source:rec-silent', name: 'Rec silent', kind: 'WITNESS' }],
      },
      { by: 'test' },
    );
    expect(await record('source:rec-silent')).toEqual({
      claimsMade: 0,
      retracted: 0,
      corroborated: 0,
      contradicted: 0,
      uncorroborated: 0,
    });
  });

  test('records, claims and documents for a page of sources cost as many round trips as for one source', async () => {
    const nested = `query ($first: Int) { sources(search: "rec", first: $first) { edges { node { id record { corroborated } claims(first: 2) { totalCount edges { node { id source { id } } } } documents { id } } } } }`;
    const one = await api.gql(nested, { first: 1 });
    const all = await api.gql(nested, { first: 100 });
    expect(one.errors).toBeUndefined();
    expect(all.data?.sources.edges.length).toBeGreaterThanOrEqual(6);
    expect(all.extensions?.cypherRoundTrips).toBe(one.extensions?.cypherRoundTrips);
  });
});
