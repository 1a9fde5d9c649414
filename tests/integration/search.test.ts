// Full-text search over every kind of node, over HTTP against the seeded graph.
import neo4j from 'neo4j-driver';

import { CypherRegistry } from '../../src/db/cypherRegistry';
import { Database } from '../../src/db/database';
import { emptyBundle } from '../../src/ingest/emptyBundle';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { searchSummaryFields } from '../../src/resolvers/searchSummaries';
import { searchQuery } from '../../src/text/searchQuery';
import { seededApi, type SeededApi } from '../support/seededApi';
import type { GraphqlResponse, TestApi } from '../support/testApi';
import type { TestGraph } from '../support/testGraph';

let graph: TestGraph;
let api: TestApi;

const query = `query ($text: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
  search(text: $text, kinds: $kinds, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges {
      cursor
      node {
        score
        kind
        node {
          __typename
          ... on Node { id }
          ... on Actor { name }
          ... on Location { name }
          ... on Source { name }
          ... on Event { title }
          ... on Document { title }
          ... on Claim { quote }
        }
      }
    }
  }
}`;

interface Hit {
  score: number;
  kind: string;
  node: { __typename: string; id: string; name?: string; title?: string; quote?: string | null };
}
interface SearchData {
  search: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: Hit }[];
  };
}

const search = (variables: Record<string, unknown>) => api.gql<SearchData>(query, variables);
const hitsOf = (response: GraphqlResponse<SearchData>) => response.data?.search.edges.map((edge) => edge.node) ?? [];
const idsOf = (response: GraphqlResponse<SearchData>) => hitsOf(response).map((hit) => hit.node.id);

let seeded: SeededApi | undefined;

beforeAll(async () => {
  seeded = await seededApi();
  ({ graph, api } = seeded);
});

afterAll(() => seeded?.close());

test('"Derna" finds the Derna location first, the Derna strike and the claims quoting Derna, each as its own type', async () => {
  const response = await search({ text: 'Derna', first: 100 });
  expect(response.errors).toBeUndefined();
  const hits = hitsOf(response);
  expect(hits[0]).toEqual({
    score: expect.any(Number),
    kind: 'LOCATION',
    node: { __typename: 'Location', id: 'loc:derna', name: 'Derna' },
  });
  expect(hits).toContainEqual({
    score: expect.any(Number),
    kind: 'EVENT',
    node: {
      __typename: 'Event',
      id: 'event:derna-airstrikes-2017-10-30',
      title: 'Airstrikes by unknown warplanes on Derna (Al-Fatayeh and Dahr al-Hamar)',
    },
  });
  expect(hits).toContainEqual({
    score: expect.any(Number),
    kind: 'CLAIM',
    node: {
      __typename: 'Claim',
      id: 'claim:article-unknown-airstrikes-bombed-derna',
      quote: 'unknown airstrikes bombed Derna',
    },
  });
  const claims = hits.filter((hit) => hit.kind === 'CLAIM');
  expect(claims.length).toBeGreaterThanOrEqual(10);
  for (const claim of claims) expect(claim.node.quote).toMatch(/derna/i);
  expect(new Set(hits.map((hit) => hit.kind))).toEqual(
    new Set(['LOCATION', 'ACTOR', 'SOURCE', 'EVENT', 'CLAIM', 'DOCUMENT']),
  );
  const scores = hits.map((hit) => hit.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(response.data?.search.totalCount).toBe(hits.length);
});

test('kinds keeps only hits of those kinds, and the kinds’ totals add up to the whole', async () => {
  const placesAndEvents = await search({ text: 'Derna', kinds: ['LOCATION', 'EVENT'], first: 100 });
  expect(new Set(hitsOf(placesAndEvents).map((hit) => hit.kind))).toEqual(new Set(['LOCATION', 'EVENT']));
  expect(idsOf(placesAndEvents)).toEqual(
    expect.arrayContaining(['loc:derna', 'event:derna-airstrikes-2017-10-30', 'event:derna-siege']),
  );
  const all = await search({ text: 'Derna', first: 0 });
  const perKind = await Promise.all(
    ['ACTOR', 'EVENT', 'LOCATION', 'SOURCE', 'DOCUMENT', 'CLAIM'].map((kind) =>
      search({ text: 'Derna', kinds: [kind], first: 0 }),
    ),
  );
  expect(perKind.reduce((sum, response) => sum + (response.data?.search.totalCount ?? 0), 0)).toBe(
    all.data?.search.totalCount,
  );
  const documents = await search({ text: 'Derna', kinds: ['DOCUMENT'] });
  expect(hitsOf(documents)).toEqual([
    {
      score: expect.any(Number),
      kind: 'DOCUMENT',
      node: {
        __typename: 'Document',
        id: 'doc:did-the-egyptian-air-force-bomb-derna',
        title: 'Did the Egyptian Air force Bomb Derna after Haftar Visited Cairo?',
      },
    },
  ]);
});

test('case and accents do not matter: "DÈRNA" is "derna", "Égypte" finds Egypt, "sisi" finds al-Sisi, an alias finds its place', async () => {
  expect(idsOf(await search({ text: 'DÈRNA', first: 100 }))).toEqual(
    idsOf(await search({ text: 'derna', first: 100 })),
  );
  expect(idsOf(await search({ text: 'Égypte', kinds: ['LOCATION', 'ACTOR'] }))).toEqual(
    expect.arrayContaining(['loc:egypt', 'actor:egypt']),
  );
  expect(idsOf(await search({ text: 'sisi', kinds: ['ACTOR'] }))).toEqual(['actor:al-sisi']);
  expect(idsOf(await search({ text: 'darnah' }))).toEqual(['loc:derna']);
});

test('every word must match, and the exact phrase ranks first', async () => {
  const siege = await search({ text: 'siege of Derna', first: 100 });
  // Both titles hold the phrase itself: "Siege of Derna by…" and "…strengthen the siege of Derna".
  expect(idsOf(siege).slice(0, 2).sort()).toEqual(['event:derna-siege', 'event:haftar-orders-tighter-derna-siege']);
  // Every hit has both words (or their forms: the LNA "besieges" Derna), so it is a hit for "Derna" too.
  const dernaHits = idsOf(await search({ text: 'Derna', first: 100 }));
  for (const id of idsOf(siege)) expect(dernaHits).toContain(id);
  const derna = await search({ text: 'Derna', first: 0 });
  expect(siege.data?.search.totalCount).toBeLessThan(derna.data?.search.totalCount ?? 0);
  expect(idsOf(await search({ text: 'al-Sisi Derna' }))).toEqual([]);
});

test('words are found inside other words and in their forms: "Derna strike October 2017" finds the Derna strike', async () => {
  // "strike" is in "Airstrikes"; "October 2017" is the strike's date in words.
  const strike = await search({ text: 'Derna strike October 2017', kinds: ['EVENT'] });
  expect(idsOf(strike)).toEqual(
    expect.arrayContaining([
      'event:derna-airstrikes-2017-10-30',
      'event:derna-airstrike-al-fatayeh-2017-10-30',
      'event:derna-airstrike-dahr-al-hamar-2017-10-30',
    ]),
  );
  expect(idsOf(strike)).not.toContain('event:egyptian-airstrike-derna-2017-05');
  const may = await search({ text: 'Derna warplanes May 2017', kinds: ['EVENT'] });
  expect(idsOf(may)).toContain('event:egyptian-airstrike-derna-2017-05');
  // "killed" finds "kill" and "killing" as well as "killed".
  await ingestBundle(
    graph.db,
    {
      ...emptyBundle(),
      claims: [
        {
          id: 'claim:search-kill',
          kind: 'DESCRIPTION',
          stance: 'ASSERTS',
          sourceId: 'source:reuters',
          eventId: 'event:derna-siege',
          quote: 'snipers kill anyone who tries to leave',
        },
      ],
    },
    { by: 'test' },
  );
  const killed = await search({ text: 'killed', kinds: ['CLAIM'], first: 100 });
  expect(idsOf(killed)).toEqual(
    expect.arrayContaining(['claim:search-kill', 'claim:libya-observer-15-killed-25-injured']),
  );
});

test('exact names still rank first: "Egypt" the state and the country, "Derna" the city', async () => {
  expect(
    idsOf(await search({ text: 'Egypt' }))
      .slice(0, 2)
      .sort(),
  ).toEqual(['actor:egypt', 'loc:egypt']);
  expect(idsOf(await search({ text: 'Derna' }))[0]).toBe('loc:derna');
  expect(
    idsOf(await search({ text: 'Islamic State', kinds: ['ACTOR', 'SOURCE'] }))
      .slice(0, 2)
      .sort(),
  ).toEqual(['actor:islamic-state', 'source:islamic-state']);
});

test('an event stored before dates were indexed gets the same words from the migration as from ingest', async () => {
  const session = graph.driver.session();
  try {
    const before = (
      await session.run('MATCH (e:Event) RETURN e.id AS id, e.dateText AS dateText ORDER BY id')
    ).records.map((r) => r.toObject());
    expect(before.find((e) => e.id === 'event:derna-airstrikes-2017-10-30')?.dateText).toBe('30 October 2017');
    expect(before.find((e) => e.id === 'event:egyptian-airstrike-derna-2017-05')?.dateText).toBe('May 2017');
    await session.run('MATCH (e:Event) REMOVE e.dateText');
    await session.run(CypherRegistry.load().text('backfillEventDateText'));
    const after = (
      await session.run('MATCH (e:Event) RETURN e.id AS id, e.dateText AS dateText ORDER BY id')
    ).records.map((r) => r.toObject());
    expect(after).toEqual(before);
  } finally {
    await session.close();
  }
});

test('text without letters or digits is refused as BAD_USER_INPUT naming text, never an internal error', async () => {
  for (const text of ['"', '\\', '*', ')(', '&& ||', '-', '~^']) {
    const response = await search({ text });
    expect(response.errors?.[0]).toMatchObject({
      message: 'text: has no letters or digits to search for; give at least one word',
      extensions: { code: 'BAD_USER_INPUT', field: 'text' },
    });
  }
});

test('operators and injection attempts are searched as plain words, with clean answers', async () => {
  const andOr = await search({ text: 'AND OR' });
  // Both are common English words, which the index leaves out: nothing to find, and no syntax error.
  expect(andOr.errors).toBeUndefined();
  expect(andOr.data?.search).toEqual({
    totalCount: 0,
    pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null },
    edges: [],
  });
  for (const text of [
    "' OR 1=1 //",
    'derna" OR "1"="1',
    'MATCH (n) DETACH DELETE n',
    'title:derna*',
    '}{ ][ ^2 ~1 /x/ :',
    'derna) AND NOT (egypt',
  ]) {
    const response = await search({ text });
    expect({ text, errors: response.errors }).toEqual({ text, errors: undefined });
    expect(typeof response.data?.search.totalCount).toBe('number');
  }
  expect(idsOf(await search({ text: 'derna*', kinds: ['LOCATION'] }))).toEqual(['loc:derna']);
  expect((await graph.counts()).nodes).toBeGreaterThan(0);
});

test('blank text and text over 200 characters are refused, naming text', async () => {
  const blank = await search({ text: '   ' });
  expect(blank.errors?.[0]).toMatchObject({
    message: 'text: give at least one word to search for',
    extensions: { code: 'BAD_USER_INPUT', field: 'text' },
  });
  const long = await search({ text: 'derna '.repeat(34) });
  expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  expect(long.errors?.[0].message).toContain('text must be at most 200 characters');
});

test('200 characters of many words still make a valid query', async () => {
  const text = `airstrikes warplanes ${'x '.repeat(90)}`.slice(0, 200);
  const response = await search({ text });
  expect(response.errors).toBeUndefined();
  expect(response.data?.search.totalCount).toBe(0);
});

test('pages follow each other through cursors, best score first across pages', async () => {
  const first = await search({ text: 'Derna', first: 10 });
  const second = await search({ text: 'Derna', first: 10, after: first.data?.search.pageInfo.endCursor });
  const all = await search({ text: 'Derna', first: 20 });
  expect(first.data?.search.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  expect(second.data?.search.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  expect(second.data?.search.totalCount).toBe(first.data?.search.totalCount);
  expect([...idsOf(first), ...idsOf(second)]).toEqual(idsOf(all));
});

test('the default page is 20 hits, and a page over 100 is refused', async () => {
  expect(idsOf(await search({ text: 'Derna' }))).toHaveLength(20);
  const tooMany = await search({ text: 'Derna', first: 101 });
  expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(tooMany.errors?.[0].message).toContain('first must be at most 100');
});

test('a cursor from another search is refused', async () => {
  const egypt = await search({ text: 'Egypt', first: 1 });
  const derna = await search({ text: 'Derna', after: egypt.data?.search.pageInfo.endCursor });
  expect(derna.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(derna.errors?.[0].message).toMatch(/^after: this cursor does not belong to this query/);
});

test('a page of hits of every kind, with their nodes, costs one round trip whatever its size', async () => {
  const response = await search({ text: 'Derna', first: 100 });
  expect(new Set(response.data?.search.edges.map((edge: { node: { kind: string } }) => edge.node.kind)).size).toBe(6);
  expect(response.extensions?.cypherRoundTrips).toBe(1);
  const events = await search({ text: 'Derna', kinds: ['EVENT'], first: 100 });
  expect(events.extensions?.cypherRoundTrips).toBe(1);
});

test("the search statement brings each hit's node as that kind's byIds statement does", async () => {
  const [row] = await graph.db.read('searchAll', {
    query: searchQuery('Derna') as string,
    kinds: null,
    skip: neo4j.int(0),
    limit: neo4j.int(100),
    summaries: false,
  });
  const byIdsOf: Record<string, (ids: string[]) => Promise<Record<string, unknown>[]>> = {
    ACTOR: async (ids) => (await graph.db.read('actorsByIds', { ids })).map((r) => r.actor),
    EVENT: async (ids) => (await graph.db.read('eventsByIds', { ids })).map((r) => r.event),
    LOCATION: async (ids) => (await graph.db.read('locationsByIds', { ids })).map((r) => r.location),
    SOURCE: async (ids) => (await graph.db.read('sourcesByIds', { ids })).map((r) => r.source),
    DOCUMENT: async (ids) => (await graph.db.read('documentsByIds', { ids })).map((r) => r.document),
    CLAIM: async (ids) => (await graph.db.read('claimsByIds', { ids })).map((r) => r.claim),
  };
  expect(new Set(row.page.map((hit) => hit.kind))).toEqual(new Set(Object.keys(byIdsOf)));
  for (const [kind, byIds] of Object.entries(byIdsOf)) {
    const nodes = row.page.filter((hit) => hit.kind === kind).map((hit) => hit.node);
    const byId = new Map((await byIds(nodes.map((node) => node.id))).map((node) => [node.id, node]));
    expect(nodes).toEqual(nodes.map((node) => byId.get(node.id)));
  }
});

test("summaries of the hits carry what the whole nodes say, for each kind's summary fields", async () => {
  const params = { query: searchQuery('Derna') as string, kinds: null, skip: neo4j.int(0), limit: neo4j.int(100) };
  const [whole] = await graph.db.read('searchAll', { ...params, summaries: false });
  const [summaries] = await graph.db.read('searchAll', { ...params, summaries: true });
  expect(new Set(whole.page.map((hit) => hit.kind)).size).toBe(6);
  const pick = (node: Record<string, unknown>, keys: readonly string[]) =>
    Object.fromEntries(keys.map((key) => [key, node[key]]));
  expect(summaries.page).toEqual(
    whole.page.map((hit) => ({ ...hit, node: pick(hit.node, searchSummaryFields[hit.kind]) })),
  );
});

test('a search that reads no more than summaries is answered from them, and one that reads more from whole nodes, alike', async () => {
  // Each request reads through its own Database (counting its round trips): watch them all.
  const reads = jest.spyOn(Database.prototype, 'read');
  const summarised = await search({ text: 'Derna', first: 100 });
  const wider = await api.gql<SearchData>(
    query.replace('... on Event { title }', '... on Event { title description }'),
    { text: 'Derna', first: 100 },
  );
  const asked = reads.mock.calls
    .filter(([statement]) => statement === 'searchAll')
    .map(([, params]) => (params as { summaries?: boolean } | undefined)?.summaries);
  reads.mockRestore();
  expect(asked).toEqual([true, false]);
  expect(wider.errors).toBeUndefined();
  const events = wider.data!.search.edges.filter((edge) => edge.node.kind === 'EVENT');
  expect(events.length).toBeGreaterThan(0);
  const descriptions = events.map((edge) => (edge.node.node as { description?: string | null }).description);
  expect(descriptions.filter((description) => typeof description === 'string').length).toBeGreaterThan(0);
  for (const edge of events) {
    expect(edge.node.node).toHaveProperty('description');
    delete (edge.node.node as { description?: unknown }).description;
  }
  expect(wider.data).toEqual(summarised.data);
});

test('every type, field, argument and enum value search and node lookup add has a description', async () => {
  const response = await api.gql(`{
    __schema { queryType { fields { name description args { name description } } } }
    types: __schema { types { name description fields { name description args { name description } } enumValues { name description } possibleTypes { name } } }
  }`);
  const queries = response.data?.__schema.queryType.fields.filter((f: { name: string }) =>
    ['search', 'node', 'nodes'].includes(f.name),
  );
  expect(queries).toHaveLength(3);
  const types = response.data?.types.types.filter((t: { name: string }) =>
    ['Node', 'SearchResult', 'SearchHit', 'SearchHitEdge', 'SearchHitConnection', 'SearchKind'].includes(t.name),
  );
  expect(types).toHaveLength(6);
  const undescribed = [
    ...queries.flatMap(
      (f: { name: string; description: string | null; args: { name: string; description: string | null }[] }) => [
        ...(f.description ? [] : [f.name]),
        ...f.args.filter((a) => !a.description).map((a) => `${f.name}(${a.name})`),
      ],
    ),
    ...types.flatMap(
      (t: {
        name: string;
        description: string | null;
        fields: { name: string; description: string | null }[] | null;
        enumValues: { name: string; description: string | null }[] | null;
      }) => [
        ...(t.description ? [] : [t.name]),
        ...(t.fields ?? []).filter((f) => !f.description).map((f) => `${t.name}.${f.name}`),
        ...(t.enumValues ?? []).filter((v) => !v.description).map((v) => `${t.name}.${v.name}`),
      ],
    ),
  ];
  expect(undescribed).toEqual([]);
});
