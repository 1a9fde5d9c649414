// Merging two actors found to be one: names combined, every relationship moved once, and the old id redirecting.
import { Role } from '../../src/auth/Role';
import type { DocumentBundle } from '../../src/ingest/bundle.types';
import { emptyBundle } from '../../src/ingest/emptyBundle';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { startTestApi, type TestApi } from '../support/testApi';
import { testGraph, type TestGraph } from '../support/testGraph';

let graph: TestGraph;
let api: TestApi;

const merge = `mutation ($survivorId: ID!, $mergedId: ID!) {
  mergeActors(survivorId: $survivorId, mergedId: $mergedId) { id name aliases countryCode description }
}`;

/** The LNA and "Haftar's forces" entered as two actors; the other actors, places and claims hang off both. */
function twoNamesForOneActor(): DocumentBundle {
  return {
    documents: [{ id: 'doc:report', title: 'Report', publisherId: 'source:wire' }],
    actors: [
      { id: 'actor:lna', name: 'Libyan National Army', aliases: ['LNA'], kind: 'ARMED_FORCES' },
      {
        id: 'actor:haftar-forces',
        name: 'Haftar forces',
        aliases: ['LAAF', 'lna'],
        kind: 'ARMED_GROUP',
        countryCode: 'LY',
        description: 'Forces loyal to Khalifa Haftar',
      },
      { id: 'actor:hor', name: 'House of Representatives', kind: 'GOVERNMENT' },
      { id: 'actor:brigade-106', name: '106th Brigade', kind: 'MILITARY_UNIT' },
      { id: 'actor:dmsc', name: 'Derna Mujahideen Shura Council', kind: 'ARMED_GROUP' },
      { id: 'actor:egypt', name: 'Egypt', kind: 'STATE' },
    ],
    actorTies: [
      { fromId: 'actor:lna', toId: 'actor:hor', kind: 'PART_OF' },
      // The same tie from the merged actor: after the merge there is one, not two.
      { fromId: 'actor:haftar-forces', toId: 'actor:hor', kind: 'PART_OF', note: 'from the other name' },
      { fromId: 'actor:brigade-106', toId: 'actor:haftar-forces', kind: 'PART_OF' },
      { fromId: 'actor:haftar-forces', toId: 'actor:dmsc', kind: 'OPPOSES' },
      { fromId: 'actor:egypt', toId: 'actor:haftar-forces', kind: 'SUPPORTS' },
      // A tie between the two: it would become a tie of the survivor with itself, so it goes.
      { fromId: 'actor:haftar-forces', toId: 'actor:lna', kind: 'ALLIED_WITH' },
    ],
    actorPlaceTies: [
      { actorId: 'actor:haftar-forces', locationId: 'loc:derna', kind: 'BESIEGES', validFrom: '2018-01-01' },
    ],
    locations: [
      { id: 'loc:derna', name: 'Derna', kind: 'CITY', latitude: 32.76, longitude: 22.64, geoPrecision: 'CITY' },
    ],
    sources: [
      { id: 'source:wire', name: 'Wire', kind: 'WIRE_SERVICE' },
      {
        id: 'source:lna-media',
        name: 'LNA media office',
        kind: 'ARMED_GROUP_MEDIA',
        affiliatedActorId: 'actor:haftar-forces',
      },
    ],
    events: [
      { id: 'event:siege', kind: 'SIEGE', title: 'Siege of Derna', startDate: '2018-02-01', locationId: 'loc:derna' },
      {
        id: 'event:strike',
        kind: 'AIRSTRIKE',
        title: 'Strike on Derna',
        startDate: '2018-05-01',
        locationId: 'loc:derna',
      },
    ],
    claims: [
      {
        id: 'claim:wire-siege',
        kind: 'ATTRIBUTION',
        stance: 'ASSERTS',
        sourceId: 'source:wire',
        eventId: 'event:siege',
        actorId: 'actor:haftar-forces',
        documentId: 'doc:report',
        involvedActors: [{ actorId: 'actor:dmsc', role: 'TARGET' }],
      },
      {
        id: 'claim:wire-strike',
        kind: 'ATTRIBUTION',
        stance: 'ASSERTS',
        sourceId: 'source:wire',
        eventId: 'event:strike',
        actorId: 'actor:lna',
      },
      {
        id: 'claim:dmsc-strike',
        kind: 'DESCRIPTION',
        stance: 'ASSERTS',
        sourceId: 'source:lna-media',
        eventId: 'event:strike',
        involvedActors: [{ actorId: 'actor:haftar-forces', role: 'PARTICIPANT' }],
      },
    ],
  };
}

async function cypher<T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const session = graph.driver.session();
  try {
    return (await session.run(query, params)).records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}

async function mergeActors(survivorId: string, mergedId: string) {
  return api.gql(merge, { survivorId, mergedId });
}

beforeAll(async () => {
  graph = testGraph();
  api = await startTestApi(graph.db, { anonymousRole: Role.EDITOR });
});
beforeEach(async () => {
  await graph.reset();
  await ingestBundle(graph.db, twoNamesForOneActor(), { by: 'test' });
});
afterAll(async () => {
  await api.close();
  await graph.close();
});

test('the survivor takes the merged actor’s name and aliases, and keeps its own fields, filling the missing ones', async () => {
  const response = await mergeActors('actor:lna', 'actor:haftar-forces');
  expect(response.errors).toBeUndefined();
  expect(response.data!.mergeActors).toEqual({
    id: 'actor:lna',
    name: 'Libyan National Army',
    // "lna" folds like the survivor's alias LNA, so it is not added twice.
    aliases: ['LNA', 'Haftar forces', 'LAAF'],
    countryCode: 'LY',
    description: 'Forces loyal to Khalifa Haftar',
  });
  const [helpers] = await cypher<{ aliasText: string; nameKeys: string[] }>(
    'MATCH (a:Actor {id: "actor:lna"}) RETURN a.aliasText AS aliasText, a.nameKeys AS nameKeys',
  );
  expect(helpers.aliasText).toBe('LNA | Haftar forces | LAAF');
  expect([...helpers.nameKeys].sort()).toEqual(['haftar forces', 'laaf', 'libyan national army', 'lna']);
});

test('the merged actor’s names find the survivor: by name lookup and by full-text search', async () => {
  await mergeActors('actor:lna', 'actor:haftar-forces');
  const byName = await api.gql('{ eventsAttributedTo(actor: {name: "Haftar forces"}) { edges { node { id } } } }');
  expect(byName.errors).toBeUndefined();
  expect(byName.data!.eventsAttributedTo.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([
    'event:siege',
    'event:strike',
  ]);
  const search = await api.gql('{ actors(search: "laaf") { edges { node { id } } } }');
  expect(search.data!.actors.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['actor:lna']);
});

test('every relationship of the merged actor moves to the survivor, without doubling one it already had', async () => {
  const before = await graph.counts();
  await mergeActors('actor:lna', 'actor:haftar-forces');
  const links = await cypher<{ link: string }>(
    'MATCH (a)-[r]->(b) WHERE a.id = "actor:lna" OR b.id = "actor:lna" RETURN a.id + " " + type(r) + " " + b.id AS link ORDER BY link',
  );
  expect(links.map((l) => l.link)).toEqual([
    'actor:brigade-106 PART_OF actor:lna',
    'actor:egypt SUPPORTS actor:lna',
    'actor:haftar-forces MERGED_INTO actor:lna',
    'actor:lna BESIEGES loc:derna',
    'actor:lna OPPOSES actor:dmsc',
    'actor:lna PART_OF actor:hor',
    'claim:dmsc-strike INVOLVES actor:lna',
    'claim:wire-siege ATTRIBUTES_TO actor:lna',
    'claim:wire-strike ATTRIBUTES_TO actor:lna',
    'source:lna-media AFFILIATED_WITH actor:lna',
  ]);
  // Gone: the merged actor's own PART_OF hor (the survivor had it) and the tie between the two; added: the redirect link.
  expect(await graph.counts()).toEqual({ nodes: before.nodes, relationships: before.relationships - 2 + 1 });
  const [besieges] = await cypher<{ validFrom: string }>(
    'MATCH (:Actor {id: "actor:lna"})-[r:BESIEGES]->() RETURN toString(r.validFrom) AS validFrom',
  );
  expect(besieges.validFrom).toBe('2018-01-01');
  const [involves] = await cypher<{ role: string }>(
    'MATCH (:Claim {id: "claim:dmsc-strike"})-[r:INVOLVES]->() RETURN r.role AS role',
  );
  expect(involves.role).toBe('PARTICIPANT');
});

test('the merged id still answers for the survivor: actor, node, eventsAttributedTo and the events filter', async () => {
  await mergeActors('actor:lna', 'actor:haftar-forces');
  const response = await api.gql(`{
    actor(id: "actor:haftar-forces") { id name }
    node(id: "actor:haftar-forces") { id ... on Actor { name } }
    eventsAttributedTo(actor: {id: "actor:haftar-forces"}) { edges { node { id } } }
    events(filter: {actorId: "actor:haftar-forces"}) { edges { node { id } } }
  }`);
  expect(response.errors).toBeUndefined();
  expect(response.data!.actor).toEqual({ id: 'actor:lna', name: 'Libyan National Army' });
  expect(response.data!.node).toEqual({ id: 'actor:lna', name: 'Libyan National Army' });
  const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id).sort();
  expect(ids(response.data!.eventsAttributedTo)).toEqual(['event:siege', 'event:strike']);
  expect(ids(response.data!.events)).toEqual(['event:siege', 'event:strike']);
  const actors = await api.gql('{ actors(first: 50) { edges { node { id } } } }');
  expect(actors.data!.actors.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(
    'actor:haftar-forces',
  );
});

test('the merge records who and when, on the survivor and on the redirect', async () => {
  await mergeActors('actor:lna', 'actor:haftar-forces');
  const [row] = await cypher<{ survivorBy: string; mergedBy: string; sameMoment: boolean; labels: string[] }>(
    `MATCH (m:Entity {id: "actor:haftar-forces"})-[:MERGED_INTO]->(s:Actor {id: "actor:lna"})
     RETURN s.updatedBy AS survivorBy, m.mergedBy AS mergedBy, m.mergedAt = s.updatedAt AS sameMoment, labels(m) AS labels`,
  );
  expect(row).toEqual({
    survivorBy: 'anonymous',
    mergedBy: 'anonymous',
    sameMoment: true,
    labels: expect.arrayContaining(['Entity', 'Redirect']),
  });
  expect(row.labels).not.toContain('Actor');
});

test('merging into an actor that later merges on keeps every old id resolving to the final survivor', async () => {
  await mergeActors('actor:lna', 'actor:haftar-forces');
  await ingestBundle(
    graph.db,
    { ...emptyBundle(), actors: [{ id: 'actor:laaf', name: 'Libyan Arab Armed Forces', kind: 'ARMED_FORCES' }] },
    { by: 'test' },
  );
  const second = await mergeActors('actor:laaf', 'actor:lna');
  expect(second.errors).toBeUndefined();
  const response = await api.gql('{ a: actor(id: "actor:haftar-forces") { id } b: actor(id: "actor:lna") { id } }');
  expect(response.data).toEqual({ a: { id: 'actor:laaf' }, b: { id: 'actor:laaf' } });
  const [{ redirects }] = await cypher<{ redirects: number }>(
    'MATCH (:Redirect)-[r:MERGED_INTO]->(:Actor {id: "actor:laaf"}) RETURN count(r) AS redirects',
  );
  expect(Number(redirects)).toBe(2);
});

test('a bundle sent after the merge that refers to the merged id links to the survivor; defining that id again is CONFLICT', async () => {
  await mergeActors('actor:lna', 'actor:haftar-forces');
  const late: DocumentBundle = {
    ...emptyBundle(),
    events: [{ id: 'event:clash', kind: 'ARMED_CLASH', title: 'Clash', startDate: '2018-06-01' }],
    claims: [
      {
        id: 'claim:wire-clash',
        kind: 'ATTRIBUTION',
        stance: 'ASSERTS',
        sourceId: 'source:wire',
        eventId: 'event:clash',
        actorId: 'actor:haftar-forces',
        involvedActors: [
          { actorId: 'actor:lna', role: 'PARTICIPANT' },
          { actorId: 'actor:haftar-forces', role: 'PARTICIPANT' },
        ],
      },
    ],
  };
  await ingestBundle(graph.db, late, { by: 'test' });
  const links = await cypher<{ link: string }>(
    'MATCH (:Claim {id: "claim:wire-clash"})-[r]->(a:Actor) RETURN type(r) + " " + a.id AS link ORDER BY link',
  );
  // The two involvements name one actor now: one link, not two.
  expect(links.map((l) => l.link)).toEqual(['ATTRIBUTES_TO actor:lna', 'INVOLVES actor:lna']);
  const redefined = ingestBundle(
    graph.db,
    { ...emptyBundle(), actors: [{ id: 'actor:haftar-forces', name: 'Haftar forces', kind: 'ARMED_GROUP' }] },
    { by: 'test' },
  );
  await expect(redefined).rejects.toMatchObject({
    extensions: { code: 'CONFLICT' },
    message: expect.stringContaining('was merged into "actor:lna"'),
  });
});

describe('refusals', () => {
  test('an actor merged into itself is CONFLICT', async () => {
    const response = await mergeActors('actor:lna', 'actor:lna');
    expect(response.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  test('an actor merged into its own redirect is CONFLICT, and so is merging a redirect again', async () => {
    await mergeActors('actor:lna', 'actor:haftar-forces');
    const before = await graph.counts();
    expect((await mergeActors('actor:haftar-forces', 'actor:lna')).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await mergeActors('actor:lna', 'actor:haftar-forces')).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await graph.counts()).toEqual(before);
  });

  test('an unknown id is NOT_FOUND naming the argument', async () => {
    const response = await mergeActors('actor:lna', 'actor:nobody');
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      id: 'actor:nobody',
      argumentName: 'mergedId',
    });
  });

  test('an id of something other than an actor is BAD_USER_INPUT', async () => {
    const response = await mergeActors('actor:lna', 'event:siege');
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mergedId' });
  });

  test('a READER is refused with UNAUTHENTICATED, and nothing changes', async () => {
    const before = await graph.counts();
    const readerApi = await startTestApi(graph.db, { anonymousRole: Role.READER });
    try {
      const response = await readerApi.gql(merge, { survivorId: 'actor:lna', mergedId: 'actor:haftar-forces' });
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await readerApi.close();
    }
    expect(await graph.counts()).toEqual(before);
    expect((await api.gql('{ actor(id: "actor:haftar-forces") { id } }')).data!.actor).toEqual({
      id: 'actor:haftar-forces',
    });
  });
});
