// Actors over HTTP: search and paging, hierarchy, ties at a date, networks to a depth, attributions by source.
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { seededApi, type SeededApi } from '../support/seededApi';
import type { TestApi } from '../support/testApi';

let api: TestApi;
let seeded: SeededApi;

const derna = 'event:derna-airstrikes-2017-10-30';
const hubSpokes = ['a', 'b', 'c', 'd', 'e', 'f'].map((letter) => `actor:test-spoke-${letter}`);

const actorsQuery = `query ($search: String, $kinds: [ActorKind!], $first: Int, $after: String, $last: Int, $before: String) {
  actors(search: $search, kinds: $kinds, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id name } }
  }
}`;

const ids = (list: { id: string }[] | undefined) => list?.map((item) => item.id);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const actorIds = (response: { data?: Record<string, any> }) =>
  response.data?.actors?.edges.map((edge: { node: { id: string } }) => edge.node.id);

beforeAll(async () => {
  seeded = await seededApi({
    prepare: async (graph) => {
      // On top of the seed: a hub with six units (for network caps), and claims about Derna that must not count as blame.
      await ingestBundle(
        graph.db,
        {
          documents: [],
          actors: [
            { id: 'actor:test-hub', name: 'Test Hub Command', kind: 'ARMED_FORCES' },
            ...hubSpokes.map((id, i) => ({ id, name: `Test Spoke ${i + 1}`, kind: 'MILITARY_UNIT' as const })),
            { id: 'actor:test-sao-paulo-brigade', name: 'Brigada São Paulo', kind: 'ARMED_GROUP' },
          ],
          actorTies: hubSpokes.map((fromId) => ({ fromId, toId: 'actor:test-hub', kind: 'PART_OF' as const })),
          actorPlaceTies: [],
          locations: [],
          sources: [
            { id: 'source:test-denier', name: 'Denial Daily', kind: 'NEWS_OUTLET' },
            { id: 'source:test-retractor', name: 'Retraction Radio', kind: 'NEWS_OUTLET' },
          ],
          events: [],
          claims: [
            {
              id: 'claim:test-denier-says-not-egypt',
              kind: 'ATTRIBUTION',
              stance: 'DENIES',
              sourceId: 'source:test-denier',
              eventId: derna,
              actorId: 'actor:egypt',
            },
            {
              id: 'claim:test-retracted-blames-egypt',
              kind: 'ATTRIBUTION',
              stance: 'ASSERTS',
              sourceId: 'source:test-retractor',
              eventId: derna,
              actorId: 'actor:egypt',
            },
          ],
        },
        { by: 'test' },
      );
      // Bundles carry no retractions; an editor's retraction is a property on the claim.
      await graph.driver.executeQuery('MATCH (c:Claim {id: $id}) SET c.retractedAt = datetime()', {
        id: 'claim:test-retracted-blames-egypt',
      });
    },
  });
  ({ api } = seeded);
});

afterAll(() => seeded.close());

describe('actor(id)', () => {
  test('an unknown id is NOT_FOUND, naming the id', async () => {
    const response = await api.gql('{ actor(id: "actor:nobody") { id } }');
    expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(response.errors?.[0].message).toContain('actor:nobody');
  });
});

describe('actors(search)', () => {
  test('"egyptian air force" finds the Egyptian Air Force first', async () => {
    const response = await api.gql(actorsQuery, { search: 'egyptian air force' });
    expect(response.errors).toBeUndefined();
    expect(actorIds(response)?.[0]).toBe('actor:egyptian-air-force');
    expect(actorIds(response)).not.toContain('actor:egypt');
  });

  test('case and accents do not matter, in the query or in the name', async () => {
    const folded = await api.gql(actorsQuery, { search: 'ÉGYPTIAN Äir förce' });
    expect(actorIds(folded)?.[0]).toBe('actor:egyptian-air-force');
    const accentedName = await api.gql(actorsQuery, { search: 'brigada sao paulo' });
    expect(actorIds(accentedName)).toEqual(['actor:test-sao-paulo-brigade']);
  });

  test('aliases match: "LNA" and "dignity operation" find the Libyan National Army', async () => {
    expect(actorIds(await api.gql(actorsQuery, { search: 'LNA' }))).toEqual(['actor:libyan-national-army']);
    expect(actorIds(await api.gql(actorsQuery, { search: 'Dìgnity operation' }))?.[0]).toBe(
      'actor:libyan-national-army',
    );
  });

  test('the last word may be the start of a word, as a user types', async () => {
    expect(actorIds(await api.gql(actorsQuery, { search: 'khalifa haft' }))).toEqual(['actor:khalifa-haftar']);
  });

  test('kinds narrow the search: "egypt" among states is Egypt alone', async () => {
    const response = await api.gql(actorsQuery, { search: 'egypt', kinds: ['STATE'] });
    expect(response.data?.actors.totalCount).toBe(1);
    expect(actorIds(response)).toEqual(['actor:egypt']);
  });

  test('a search with no letters or digits is BAD_USER_INPUT', async () => {
    const response = await api.gql(actorsQuery, { search: ' -- ' });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('actors paging', () => {
  const persons = [
    'actor:al-serraj',
    'actor:al-sisi',
    'actor:khalifa-haftar',
    'actor:mohammed-dango',
    'actor:mohammed-edriss-al-taher',
  ];

  test('without search, actors come by name, ignoring case; pages follow each other', async () => {
    const first = await api.gql(actorsQuery, { kinds: ['PERSON'], first: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data?.actors.totalCount).toBe(5);
    expect(actorIds(first)).toEqual(persons.slice(0, 2));
    expect(first.data?.actors.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await api.gql(actorsQuery, {
      kinds: ['PERSON'],
      first: 2,
      after: first.data?.actors.pageInfo.endCursor,
    });
    expect(actorIds(second)).toEqual(persons.slice(2, 4));
    const third = await api.gql(actorsQuery, {
      kinds: ['PERSON'],
      first: 2,
      after: second.data?.actors.pageInfo.endCursor,
    });
    expect(actorIds(third)).toEqual(persons.slice(4));
    expect(third.data?.actors.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  test('last counts back from the end', async () => {
    const response = await api.gql(actorsQuery, { kinds: ['PERSON'], last: 2 });
    expect(actorIds(response)).toEqual(persons.slice(3));
  });

  test('all actors are listed by default 20 at a time', async () => {
    const response = await api.gql(actorsQuery, {});
    expect(response.data?.actors.totalCount).toBe(19 + 8);
    expect(response.data?.actors.edges).toHaveLength(20);
  });

  test('a cursor from another search is refused', async () => {
    const persons = await api.gql(actorsQuery, { kinds: ['PERSON'], first: 2 });
    const response = await api.gql(actorsQuery, {
      kinds: ['STATE'],
      first: 2,
      after: persons.data?.actors.pageInfo.endCursor,
    });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('rejects a page size over 100', async () => {
    const response = await api.gql(actorsQuery, { first: 101 });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('hierarchy', () => {
  const hierarchyQuery = `query ($id: ID!, $depth: Int) {
    actor(id: $id) { parent { id } ancestors { id } subunits(depth: $depth) { id } }
  }`;

  test('the Egyptian Air Force is part of the armed forces, which are part of Egypt', async () => {
    const response = await api.gql(hierarchyQuery, { id: 'actor:egyptian-air-force' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.actor).toEqual({
      parent: { id: 'actor:egyptian-armed-forces' },
      ancestors: [{ id: 'actor:egyptian-armed-forces' }, { id: 'actor:egypt' }],
      subunits: [],
    });
  });

  test('Egypt is at the top; its subunits one level down, then two', async () => {
    const one = await api.gql(hierarchyQuery, { id: 'actor:egypt' });
    expect(one.data?.actor).toEqual({ parent: null, ancestors: [], subunits: [{ id: 'actor:egyptian-armed-forces' }] });
    const two = await api.gql(hierarchyQuery, { id: 'actor:egypt', depth: 2 });
    expect(ids(two.data?.actor.subunits)).toEqual(['actor:egyptian-armed-forces', 'actor:egyptian-air-force']);
  });

  test.each([0, 6])('subunits depth %i is BAD_USER_INPUT', async (depth) => {
    const response = await api.gql(hierarchyQuery, { id: 'actor:egypt', depth });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('depth');
  });
});

describe('ties at a date', () => {
  const tiesQuery = `query ($id: ID!, $at: LocalDate, $kinds: [TieKind!]) {
    actor(id: $id) { ties(at: $at, kinds: $kinds) { kind direction actor { id } location { id } } }
  }`;
  const tieKinds = (response: { data?: Record<string, { ties: { kind: string }[] }> }) =>
    response.data?.actor.ties.map((tie) => tie.kind);

  test('the air force’s alliance with the LNA, dated May 2017 (MONTH), holds through the whole month', async () => {
    const allied = (at: string) => api.gql(tiesQuery, { id: 'actor:egyptian-air-force', at, kinds: ['ALLIED_WITH'] });
    expect((await allied('2017-04-30')).data?.actor.ties).toEqual([]);
    expect((await allied('2017-05-01')).data?.actor.ties).toEqual([
      { kind: 'ALLIED_WITH', direction: 'OUTGOING', actor: { id: 'actor:libyan-national-army' }, location: null },
    ]);
    expect((await allied('2017-05-31')).data?.actor.ties).toHaveLength(1);
    expect((await allied('2017-06-01')).data?.actor.ties).toEqual([]);
  });

  test('undated ties hold at any date; without a date every tie is listed', async () => {
    expect(tieKinds(await api.gql(tiesQuery, { id: 'actor:egyptian-air-force', at: '1990-01-01' }))).toEqual([
      'PART_OF',
    ]);
    expect(tieKinds(await api.gql(tiesQuery, { id: 'actor:egyptian-air-force' }))).toEqual(['ALLIED_WITH', 'PART_OF']);
  });

  test('Islamic State’s foothold in Derna (2014 to 2015, YEAR) holds until the end of 2015', async () => {
    const basedIn = (at: string) => api.gql(tiesQuery, { id: 'actor:islamic-state', at, kinds: ['BASED_IN'] });
    expect((await basedIn('2013-12-31')).data?.actor.ties).toEqual([]);
    expect((await basedIn('2014-01-01')).data?.actor.ties).toEqual([
      { kind: 'BASED_IN', direction: 'OUTGOING', actor: null, location: { id: 'loc:derna' } },
    ]);
    expect((await basedIn('2015-12-31')).data?.actor.ties).toHaveLength(1);
    expect((await basedIn('2016-01-01')).data?.actor.ties).toEqual([]);
  });

  test('a date that is not a calendar day is refused', async () => {
    const response = await api.gql(tiesQuery, { id: 'actor:egypt', at: '2017-02-30' });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('network', () => {
  const networkQuery = `query ($id: ID!, $depth: Int, $at: LocalDate, $maxNodes: Int) {
    actor(id: $id) {
      network(depth: $depth, at: $at, maxNodes: $maxNodes) {
        nodes { depth actor { id } location { id } }
        ties { fromId toId kind source { id } }
        truncated
      }
    }
  }`;
  interface NetworkNodeResult {
    depth: number;
    actor: { id: string } | null;
    location: { id: string } | null;
  }
  const nodeDepths = (nodes: NetworkNodeResult[] | undefined) =>
    Object.fromEntries((nodes ?? []).map((node) => [(node.actor ?? node.location)?.id, node.depth]));

  test('Egypt to depth 2: its forces, its leader, and what they lead, support and belong to', async () => {
    const response = await api.gql(networkQuery, { id: 'actor:egypt' });
    expect(response.errors).toBeUndefined();
    const network = response.data?.actor.network;
    expect(nodeDepths(network.nodes)).toEqual({
      'actor:egypt': 0,
      'actor:al-sisi': 1,
      'actor:egyptian-armed-forces': 1,
      'actor:egyptian-air-force': 2,
      'actor:khalifa-haftar': 2,
      'actor:libyan-national-army': 2,
    });
    expect(network.nodes[0]).toEqual({ depth: 0, actor: { id: 'actor:egypt' }, location: null });
    expect(network.truncated).toBe(false);
    // Every tie among the nodes, not only those on shortest routes: Haftar LEADS the LNA links two depth-2 nodes.
    expect(network.ties).toContainEqual({
      fromId: 'actor:khalifa-haftar',
      toId: 'actor:libyan-national-army',
      kind: 'LEADS',
      source: { id: 'source:derna-article-unnamed-author' },
    });
    expect(network.ties).toContainEqual({
      fromId: 'actor:egyptian-air-force',
      toId: 'actor:libyan-national-army',
      kind: 'ALLIED_WITH',
      source: { id: 'source:derna-article-unnamed-author' },
    });
    expect(network.ties).toHaveLength(7);
  });

  test('places are crossed: from the LNA, Derna is one tie away and those based in or controlling it two', async () => {
    const response = await api.gql(networkQuery, { id: 'actor:libyan-national-army' });
    const depths = nodeDepths(response.data?.actor.network.nodes);
    expect(depths['loc:derna']).toBe(1);
    expect(depths['actor:dmsc']).toBe(1);
    expect(depths['actor:islamic-state']).toBe(2);
  });

  test('at a date, only ties holding that day are followed and listed', async () => {
    const may = await api.gql(networkQuery, { id: 'actor:egyptian-air-force', depth: 1, at: '2017-05-15' });
    expect(nodeDepths(may.data?.actor.network.nodes)).toEqual({
      'actor:egyptian-air-force': 0,
      'actor:egyptian-armed-forces': 1,
      'actor:libyan-national-army': 1,
    });
    const june = await api.gql(networkQuery, { id: 'actor:egyptian-air-force', depth: 1, at: '2017-06-01' });
    expect(nodeDepths(june.data?.actor.network.nodes)).toEqual({
      'actor:egyptian-air-force': 0,
      'actor:egyptian-armed-forces': 1,
    });
    expect(june.data?.actor.network.ties.map((tie: { kind: string }) => tie.kind)).toEqual(['PART_OF']);
  });

  test('more nodes than maxNodes: the nearest are kept, by id, and the network says it is truncated', async () => {
    const capped = await api.gql(networkQuery, { id: 'actor:test-hub', depth: 1, maxNodes: 3 });
    expect(capped.errors).toBeUndefined();
    expect(capped.data?.actor.network.truncated).toBe(true);
    expect(nodeDepths(capped.data?.actor.network.nodes)).toEqual({
      'actor:test-hub': 0,
      'actor:test-spoke-a': 1,
      'actor:test-spoke-b': 1,
      'actor:test-spoke-c': 1,
    });
    expect(capped.data?.actor.network.ties).toHaveLength(3);
    const whole = await api.gql(networkQuery, { id: 'actor:test-hub', depth: 1, maxNodes: 6 });
    expect(whole.data?.actor.network.truncated).toBe(false);
    expect(whole.data?.actor.network.nodes).toHaveLength(7);
    // From a spoke, the other spokes are two ties away, through the hub.
    const fromSpoke = await api.gql(networkQuery, { id: 'actor:test-spoke-a', depth: 2 });
    expect(nodeDepths(fromSpoke.data?.actor.network.nodes)).toMatchObject({
      'actor:test-hub': 1,
      'actor:test-spoke-f': 2,
    });
  });

  test.each(['2014-06-01', '2015-12-31', '2016-01-01', '2017-05-31', '2017-06-01'])(
    'on %s, the neighbours in every network at depth 1 are exactly the other ends of the actor’s ties (Cypher and tieHoldsOn agree)',
    async (at) => {
      const response = await api.gql(
        `query ($at: LocalDate) { actors(first: 100) { edges { node { id
           ties(at: $at) { actor { id } location { id } }
           network(depth: 1, at: $at) { nodes { depth actor { id } location { id } } } } } } }`,
        { at },
      );
      expect(response.errors).toBeUndefined();
      type End = { actor: { id: string } | null; location: { id: string } | null };
      const endId = (end: End) => (end.actor ?? end.location)?.id;
      for (const { node } of response.data?.actors.edges ?? []) {
        const fromTies = [...new Set(node.ties.map(endId))].sort();
        const fromNetwork = node.network.nodes
          .filter((n: End & { depth: number }) => n.depth === 1)
          .map(endId)
          .sort();
        expect({ id: node.id, neighbours: fromNetwork }).toEqual({ id: node.id, neighbours: fromTies });
      }
    },
  );

  test.each([
    ['depth', 0],
    ['depth', 4],
    ['maxNodes', 0],
    ['maxNodes', 501],
  ])('%s %i is BAD_USER_INPUT', async (argument, value) => {
    const response = await api.gql(networkQuery, { id: 'actor:egypt', [argument]: value });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain(argument);
  });
});

describe('attributionsBySource', () => {
  const attributionsQuery = `query ($id: ID!, $includeSubunits: Boolean) {
    actor(id: $id) {
      attributionsBySource(includeSubunits: $includeSubunits) { source { id } eventCount events { id } claims { id } }
    }
  }`;

  test('Egypt is blamed for the Derna strike by the DMSC media office head and by Dango’s Facebook page, each once', async () => {
    const response = await api.gql(attributionsQuery, { id: 'actor:egypt' });
    expect(response.errors).toBeUndefined();
    // Equal counts go by source name: "Mohammed Dango's Facebook page" before "Mohammed Edriss Al-Taher, head of...".
    expect(response.data?.actor.attributionsBySource).toEqual([
      {
        source: { id: 'source:mohammed-dango-facebook' },
        eventCount: 1,
        events: [{ id: derna }],
        claims: [{ id: 'claim:dango-blames-egypt' }],
      },
      {
        source: { id: 'source:mohammed-edriss-al-taher' },
        eventCount: 1,
        events: [{ id: derna }],
        claims: [{ id: 'claim:dmsc-media-office-blames-egypt' }],
      },
    ]);
  });

  test('denials and retracted claims are not blame', async () => {
    const response = await api.gql(attributionsQuery, { id: 'actor:egypt' });
    const sources = response.data?.actor.attributionsBySource.map(
      (group: { source: { id: string } }) => group.source.id,
    );
    expect(sources).not.toContain('source:test-denier');
    expect(sources).not.toContain('source:test-retractor');
  });

  test('with subunits, the article’s author leads: it blames the air force and the armed forces for four events', async () => {
    const response = await api.gql(attributionsQuery, { id: 'actor:egypt', includeSubunits: true });
    const groups = response.data?.actor.attributionsBySource;
    expect(groups[0].source).toEqual({ id: 'source:derna-article-unnamed-author' });
    expect(groups[0].eventCount).toBe(4);
    expect(ids(groups[0].claims)).toEqual(
      expect.arrayContaining([
        'claim:article-fingers-point-to-egypts-military',
        'claim:article-headline-asks-if-egyptian-air-force-bombed-derna',
      ]),
    );
    expect(groups.map((group: { source: { id: string } }) => group.source.id)).toEqual(
      expect.arrayContaining([
        'source:egyptian-official-claim',
        'source:mohammed-edriss-al-taher',
        'source:mohammed-dango-facebook',
      ]),
    );
    expect(groups).toHaveLength(4);
  });

  test('an actor nobody blames has no groups', async () => {
    const response = await api.gql(attributionsQuery, { id: 'actor:al-serraj' });
    expect(response.data?.actor.attributionsBySource).toEqual([]);
  });
});

test('a page of actors with hierarchy, ties, network and attributions costs at most 11 round trips, whether 2 or 20 actors', async () => {
  const query = `query ($first: Int) {
    actors(first: $first) {
      edges { node { id parent { id } ancestors { id } subunits(depth: 2) { id } ties(at: "2017-05-15") { kind actor { id } }
                     network(depth: 2) { nodes { actor { id } } ties { source { id } } truncated }
                     attributionsBySource { source { id } events { id } claims { id } } } }
    }
  }`;
  const small = await api.gql(query, { first: 2 });
  const large = await api.gql(query, { first: 20 });
  expect(small.errors).toBeUndefined();
  expect(large.errors).toBeUndefined();
  // Ten statements at most, one per field or loader (page, ancestors, subunits, ties, network, attributions, and actors,
  // sources, events and claims by id), plus sources once more when network ties and attribution groups ask for them in
  // different waves. A larger page may need fewer: actors it read whole need no second read when a tie points at them.
  expect(small.extensions?.cypherRoundTrips).toBeLessThanOrEqual(11);
  expect(large.extensions?.cypherRoundTrips).toBeLessThanOrEqual(11);
});
