// One request costs the same number of Cypher round trips for a page of 1 as for a page of 50.
import neo4j from 'neo4j-driver';

import { Database } from '../../src/db/database';
import type { BundleClaim, BundleEvent, BundleLocation, DocumentBundle } from '../../src/ingest/bundle.types';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { startTestApi, type TestApi } from '../support/testApi';
import { testGraph, type TestGraph } from '../support/testGraph';

let graph: TestGraph;
let api: TestApi;

const eventCount = 50;

/**
 * 50 strikes, each with an attribution relayed by a wire, a denial and a toll, in districts of one city, and a part
 * (without a place, of another kind, so lists of strikes leave it out) with a toll and a blame of its own.
 */
function fiftyStrikes(): DocumentBundle {
  const n = Array.from({ length: eventCount }, (_, i) => i);
  return {
    documents: [
      {
        id: 'doc:rt-report',
        title: 'Round-trip report',
        publishedOn: '2021-01-31',
        publishedOnPrecision: 'DAY',
        publisherId: 'source:rt-wire',
      },
    ],
    actors: [
      { id: 'actor:rt-state', name: 'RT State', kind: 'STATE' },
      { id: 'actor:rt-air-force', name: 'RT Air Force', kind: 'MILITARY_UNIT' },
      { id: 'actor:rt-militia', name: 'RT Militia', kind: 'ARMED_GROUP' },
    ],
    actorTies: [{ fromId: 'actor:rt-air-force', toId: 'actor:rt-state', kind: 'PART_OF' }],
    actorPlaceTies: [],
    locations: [
      {
        id: 'loc:rt-country',
        name: 'RT Country',
        kind: 'COUNTRY',
        latitude: 30,
        longitude: 20,
        geoPrecision: 'COUNTRY',
      },
      {
        id: 'loc:rt-city',
        name: 'RT City',
        kind: 'CITY',
        latitude: 31,
        longitude: 21,
        geoPrecision: 'CITY',
        parentId: 'loc:rt-country',
      },
      ...n.map((i): BundleLocation => ({
        id: `loc:rt-district-${i}`,
        name: `RT District ${i}`,
        kind: 'DISTRICT',
        latitude: 31 + i / 1000,
        longitude: 21,
        geoPrecision: 'EXACT',
        parentId: 'loc:rt-city',
      })),
    ],
    sources: [
      { id: 'source:rt-witness', name: 'RT Witness', kind: 'WITNESS' },
      { id: 'source:rt-wire', name: 'RT Wire', kind: 'WIRE_SERVICE' },
      { id: 'source:rt-ministry', name: 'RT Ministry', kind: 'OFFICIAL', affiliatedActorId: 'actor:rt-state' },
    ],
    events: n.flatMap((i): BundleEvent[] => [
      {
        id: `event:rt-strike-${i}`,
        kind: 'AIRSTRIKE',
        title: `Strike ${i}`,
        startDate: `2021-01-${String((i % 28) + 1).padStart(2, '0')}`,
        datePrecision: 'DAY',
        locationId: `loc:rt-district-${i}`,
      },
      {
        id: `event:rt-strike-${i}-market`,
        kind: 'OTHER',
        title: `Strike ${i}: the market`,
        partOfEventId: `event:rt-strike-${i}`,
      },
    ]),
    claims: n.flatMap((i): BundleClaim[] => [
      {
        id: `claim:rt-witness-${i}`,
        kind: 'ATTRIBUTION',
        stance: 'ASSERTS',
        sourceId: 'source:rt-witness',
        eventId: `event:rt-strike-${i}`,
        actorId: 'actor:rt-air-force',
        quote: `jets over district ${i}`,
        figures: { killed: i },
      },
      {
        id: `claim:rt-wire-${i}`,
        kind: 'ATTRIBUTION',
        stance: 'ASSERTS',
        sourceId: 'source:rt-wire',
        eventId: `event:rt-strike-${i}`,
        actorId: 'actor:rt-air-force',
        relaysClaimId: `claim:rt-witness-${i}`,
        documentId: 'doc:rt-report',
        involvedActors: [{ actorId: 'actor:rt-militia', role: 'TARGET' }],
      },
      {
        id: `claim:rt-ministry-${i}`,
        kind: 'DENIAL',
        stance: 'DENIES',
        sourceId: 'source:rt-ministry',
        eventId: `event:rt-strike-${i}`,
        actorId: 'actor:rt-air-force',
        documentId: 'doc:rt-report',
      },
      {
        id: `claim:rt-wire-market-${i}`,
        kind: 'ATTRIBUTION',
        stance: 'ASSERTS',
        sourceId: 'source:rt-wire',
        eventId: `event:rt-strike-${i}-market`,
        actorId: 'actor:rt-militia',
        figures: { killed: i + 2 },
      },
    ]),
  };
}

const nestedEvents = `query ($first: Int!) {
  events(filter: { locationId: "loc:rt-country" }, first: $first) {
    totalCount
    edges { node {
      id title location { name parent { name parent { name } } }
      claims { quote stance source { name affiliatedActor { name } } actor { name ties { kind actor { name } } } document { title } relays { id } relayChain { source { name } } involvements { role actor { name } } }
      attributions { actor { name } sources { name } independentSourceCount }
      denials { actor { name } }
      casualties { killedLow killedHigh }
      contested { isContested reasons }
    } }
  }
}`;

/** What an event's derived answers say about its parts, and the parts themselves. */
const nestedParts = `query ($first: Int!) {
  events(filter: { locationId: "loc:rt-country" }, first: $first) {
    edges { node {
      id
      attributions { actor { name } status byEvent { event { title } sources { name } independentSourceCount } }
      casualties { killedLow killedHigh estimates { killed event { title partOf { id } } source { name } claim { id } relays { id } } byEvent { event { title } killedHigh } }
      contested { isContested reasons }
      responsibility { claimed deniedBy { actor { name } sources { name } } }
      claims(includeParts: true) { id event { title } }
      parts { totalCount edges { node { id title partOf { id } casualties { killedHigh } attributions { actor { name } } parts { totalCount } } } }
    } }
  }
}`;

const nestedAttributed = `query ($first: Int!) {
  eventsAttributedTo(actor: { name: "RT State" }, includeSubordinates: true, source: { id: "source:rt-witness" }, sourceRole: MAKER_OR_RELAYER, first: $first) {
    totalCount
    edges {
      node { id location { name } attributions { actor { name } independentSourceCount } }
      matchedClaims { quote source { name } document { title } relayChain { id } }
    }
  }
}`;

beforeAll(async () => {
  graph = testGraph();
  await graph.reset();
  await ingestBundle(graph.db, fiftyStrikes(), { by: 'test' });
  api = await startTestApi(graph.db);
});

afterAll(async () => {
  await api.close();
  await graph.close();
});

async function roundTrips(query: string, first: number): Promise<{ trips: number; edges: number }> {
  const response = await api.gql(query, { first });
  expect(response.errors).toBeUndefined();
  const connection = Object.values(response.data as Record<string, { edges: unknown[] }>)[0];
  return { trips: response.extensions?.cypherRoundTrips as number, edges: connection.edges.length };
}

test.each([
  ['the events list with claims, sources, relays, places and derived fields', nestedEvents],
  ['the canonical query with matched claims and relay chains', nestedAttributed],
  ['the events list with their parts and what their derived answers say of them', nestedParts],
])('%s costs as many round trips for 50 events as for 1', async (_name, query) => {
  const one = await roundTrips(query, 1);
  const fifty = await roundTrips(query, eventCount);
  expect(one.edges).toBe(1);
  expect(fifty.edges).toBe(eventCount);
  expect(one.trips).toBeGreaterThan(0);
  expect(fifty.trips).toBe(one.trips);
});

test('a page of events with their places is one round trip, and brings them as eventsByIds and locationsByIds do', async () => {
  const response = await api.gql(
    '{ events(filter: { kinds: [AIRSTRIKE] }, first: 10) { totalCount edges { node { id title startDate location { id name latitude } } } } }',
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.events.edges).toHaveLength(10);
  expect(response.extensions?.cypherRoundTrips).toBe(1);

  const params = {
    kinds: ['AIRSTRIKE'],
    from: null,
    to: null,
    locationId: null,
    exactLocation: false,
    center: null,
    radiusMeters: null,
    southWest: null,
    northEast: null,
    actorId: null,
    sourceId: null,
    contested: null,
    minKilled: null,
    grades: null,
    needsKilled: false,
    needsJudgement: false,
    needsGrade: false,
    order: 'NEWEST_FIRST',
    skip: neo4j.int(0),
    limit: neo4j.int(10),
  };
  const [row] = await graph.db.read('eventsPage', params);
  expect(row.totalCount).toBe(eventCount);
  expect(row.page.map((hit) => hit.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const events = await graph.db.read('eventsByIds', { ids: row.page.map((hit) => hit.event.id) });
  const locations = await graph.db.read('locationsByIds', {
    ids: row.page.flatMap((hit) => (hit.location ? [hit.location.id] : [])),
  });
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
  const eventsById = byId(events.map((r) => r.event));
  const locationsById = byId(locations.map((r) => r.location));
  expect(row.page.map((hit) => hit.event)).toEqual(row.page.map((hit) => eventsById.get(hit.event.id)));
  expect(row.page.map((hit) => hit.location)).toEqual(
    row.page.map((hit) => locationsById.get(hit.location?.id as string)),
  );
});

test("an event's claims bring their sources and blamed actors as sourcesByIds and actorsByIds give them", async () => {
  const rows = await graph.db.read('claimsAboutEvents', { eventIds: ['event:rt-strike-3'], includeRetracted: false });
  // The strike's three claims and its market's one, which comes with the market as eventsByIds gives it.
  expect(rows).toHaveLength(4);
  const partRows = rows.filter((row) => row.part !== null);
  expect(partRows.map((row) => row.claim.id)).toEqual(['claim:rt-wire-market-3']);
  const [{ event: market }] = await graph.db.read('eventsByIds', { ids: ['event:rt-strike-3-market'] });
  expect(partRows[0].part).toEqual(market);
  expect(rows.map((row) => row.source.id)).toEqual(rows.map((row) => row.claim.sourceId));
  expect(rows.map((row) => row.actor?.id ?? null)).toEqual(rows.map((row) => row.claim.actorId));
  const sources = await graph.db.read('sourcesByIds', { ids: rows.map((row) => row.source.id) });
  const actors = await graph.db.read('actorsByIds', { ids: rows.flatMap((row) => (row.actor ? [row.actor.id] : [])) });
  const sourcesById = new Map(sources.map((r) => [r.source.id, r.source]));
  const actorsById = new Map(actors.map((r) => [r.actor.id, r.actor]));
  expect(rows.map((row) => row.source)).toEqual(rows.map((row) => sourcesById.get(row.source.id)));
  expect(rows.map((row) => row.actor)).toEqual(rows.map((row) => actorsById.get(row.actor?.id as string)));

  // One event's attributions, with who blames and who is blamed: the event, then its claims with the rest.
  const response = await api.gql(
    '{ event(id: "event:rt-strike-3") { id attributions { actor { id name } independentSourceCount sources { id name } claims { id } } } }',
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.event.attributions).toHaveLength(2);
  expect(response.extensions?.cypherRoundTrips).toBe(2);
});

test("an event's claims are asked for beside the event, not after it, when the query reads what derives from them", async () => {
  const steps: string[] = [];
  const read = Database.prototype.read;
  // The real reads, against the real graph, with when each starts and ends noted.
  const watched = jest.spyOn(Database.prototype, 'read').mockImplementation(async function (
    this: Database,
    name,
    params,
  ) {
    steps.push(`start ${name}`);
    try {
      return (await read.call(this, name, params)) as never;
    } finally {
      steps.push(`end ${name}`);
    }
  });
  try {
    const response = await api.gql('{ event(id: "event:rt-strike-7") { title casualties { killedHigh } } }');
    expect(response.errors).toBeUndefined();
    // The witness gives 7 killed in the strike, the wire 9 in its market (a part of it).
    expect(response.data?.event.casualties.killedHigh).toBe(9);
  } finally {
    watched.mockRestore();
  }
  // Both reads are under way before either ends.
  expect(steps.slice(0, 2).sort()).toEqual(['start claimsAboutEvents', 'start eventsByIds']);
  expect(steps).toHaveLength(4);
});

test("an actor's ties bring their other ends: the tied actors and places cost no trip of their own", async () => {
  const response = await api.gql(
    '{ actor(id: "actor:rt-air-force") { ties { kind actor { name kind } location { name } } } }',
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.actor.ties).toEqual([
    { kind: 'PART_OF', actor: { name: 'RT State', kind: 'STATE' }, location: null },
  ]);
  // The actor, then its ties with the state at their other end.
  expect(response.extensions?.cypherRoundTrips).toBe(2);
});

test("a place's children and ancestors bring themselves: their own fields look none of them up again", async () => {
  const response = await api.gql(
    '{ location(id: "loc:rt-city") { children { id parent { id } events { totalCount } } ancestors { name } } }',
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.location.children).toHaveLength(eventCount);
  expect(response.data?.location.ancestors).toEqual([{ name: 'RT Country' }]);
  // The city, its children, its ancestors, then each child's events page (which checks its place exists: known).
  expect(response.extensions?.cypherRoundTrips).toBe(3 + eventCount);
});
