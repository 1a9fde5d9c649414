// Sources meet at one incident, one actor and one place: an ACLED row and bundles that report what the graph already
// holds, each spelt its own way, end in the existing nodes; what the rules cannot tell waits for an editor.
import { acledColumns } from '../../src/acled/acledCodebook';
import { importAcledCsv } from '../../src/acled/importAcledCsv';
import { importAcledDeletions } from '../../src/acled/importAcledDeletions';
import type { DocumentBundle } from '../../src/ingest/bundle.types';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { seededApi, type SeededApi } from '../support/seededApi';

let seeded: SeededApi;

beforeEach(async () => {
  seeded = await seededApi();
});
afterEach(() => seeded.close());

async function query<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await seeded.graph.driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

const counts = async () =>
  (
    await query<{ events: number; places: number; actors: number }>(
      'CALL () { MATCH (e:Event) RETURN count(e) AS events } CALL () { MATCH (l:Location) RETURN count(l) AS places } CALL () { MATCH (a:Actor) RETURN count(a) AS actors } RETURN events, places, actors',
    )
  )[0];

type Row = Partial<Record<(typeof acledColumns)[number], string>>;
const csvOf = (rows: Row[]) =>
  [
    acledColumns.join(','),
    ...rows.map((row) =>
      acledColumns
        .map((c) => {
          const value = row[c] ?? '';
          return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
        })
        .join(','),
    ),
  ].join('\n') + '\n';

/** ACLED's own record of the seed's strike: "Darnah", "Military Forces of Egypt (2014-)", its own count. */
const acledDernaStrike: Row = {
  event_id_cnty: 'LBY9001',
  event_date: '30 October 2017',
  year: '2017',
  time_precision: '1',
  disorder_type: 'Political violence',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Air/drone strike',
  actor1: 'Military Forces of Egypt (2014-)',
  inter1: '8',
  assoc_actor_1: 'Military Forces of Libya (2014-) Haftar Faction',
  actor2: 'Civilians (Libya)',
  inter2: '7',
  interaction: '78',
  iso: '434',
  region: 'Northern Africa',
  country: 'Libya',
  admin1: 'Darnah',
  location: 'Darnah',
  latitude: '32.767',
  longitude: '22.6367',
  geo_precision: '1',
  source: 'Libya Observer; Reuters',
  source_scale: 'National',
  notes:
    'On 30 October 2017, unidentified warplanes (attributed to Egypt) struck Al-Fatayeh and Dahr al-Hamar in Darnah. 16 fatalities.',
  fatalities: '16',
  timestamp: '1510000000',
};

const eventQuery = `query ($id: ID!) { event(id: $id) {
  id kind
  location { id name }
  attributions { actor { id } sources { id } }
  casualties { killedLow killedHigh }
  claims { id source { id } }
} }`;

test("an ACLED row about the seed's strike joins it: one incident with both sources' attributions and figures, no second place or actor", async () => {
  const before = await counts();
  const report = await importAcledCsv(seeded.graph.db, csvOf([acledDernaStrike]), { by: 'test' });
  expect(report.rejected).toEqual([]);

  // The row's own id answers with the seed's incident.
  const { data } = await seeded.api.gql(eventQuery, { id: 'event:acled-LBY9001' });
  const event = data?.event;
  expect(event.id).toBe('event:derna-airstrikes-2017-10-30');
  expect(event.location).toEqual({ id: 'loc:derna', name: 'Derna' });
  const claimIds = event.claims.map((c: { id: string }) => c.id);
  expect(claimIds).toEqual(
    expect.arrayContaining(['claim:acled-LBY9001', 'claim:dmsc-media-office-blames-egypt', 'claim:dango-blames-egypt']),
  );
  // ACLED blames the Egyptian armed forces, beside the article's sources that blame Egypt.
  const blamedBy = Object.fromEntries(
    event.attributions.map((a: { actor: { id: string }; sources: { id: string }[] }) => [
      a.actor.id,
      a.sources.map((s) => s.id),
    ]),
  );
  expect(blamedBy['actor:egyptian-armed-forces']).toContain('source:acled');
  expect(blamedBy['actor:egypt']).toEqual(expect.arrayContaining(['source:mohammed-edriss-al-taher']));
  // ACLED's 16 beside the article's figures.
  expect(event.casualties.killedHigh).toBe(16);

  // No second incident, town or Egyptian armed forces: only ACLED's admin area "Darnah" (a region, not the town) is new.
  const after = await counts();
  expect(after.events).toBe(before.events);
  expect(after.actors - before.actors).toBe(1); // "Civilians (Libya)", which the seed does not hold
  const newPlaces = await query<{ id: string; kind: string }>(
    "MATCH (l:Location) WHERE l.id STARTS WITH 'loc:acled-' RETURN l.id AS id, l.kind AS kind",
  );
  expect(newPlaces).toEqual([{ id: 'loc:acled-libya/darnah', kind: 'REGION' }]);
  const [derna] = await query<{ aliases: string[] }>(
    "MATCH (l:Location {id: 'loc:derna'}) RETURN l.aliases AS aliases",
  );
  expect(derna.aliases).toContain('Darnah');
  const [forces] = await query<{ aliases: string[] }>(
    "MATCH (a:Actor {id: 'actor:egyptian-armed-forces'}) RETURN a.aliases AS aliases",
  );
  expect(forces.aliases).toContain('Military Forces of Egypt (2014-)');
  // ACLED's name for Haftar's forces is pinned to the LNA in seed/crosswalk.json: the associated actor is the seed's.
  const [{ involved }] = await query<{ involved: string[] }>(
    "MATCH (:Claim {id: 'claim:acled-LBY9001'})-[:INVOLVES]->(a:Actor) RETURN collect(a.id) AS involved",
  );
  expect(involved).toEqual(expect.arrayContaining(['actor:libyan-national-army']));
});

test('importing the same row again changes nothing and still lands on the one incident', async () => {
  await importAcledCsv(seeded.graph.db, csvOf([acledDernaStrike]), { by: 'test' });
  const before = await counts();
  const again = await importAcledCsv(seeded.graph.db, csvOf([acledDernaStrike]), { by: 'test' });
  expect(again).toMatchObject({ created: 0, unchanged: 1 });
  expect(await counts()).toEqual(before);
  const [{ about }] = await query<{ about: string }>(
    "MATCH (:Claim {id: 'claim:acled-LBY9001'})-[:ABOUT]->(e) RETURN e.id AS about",
  );
  expect(about).toBe('event:derna-airstrikes-2017-10-30');
});

test("joined into the seed's strike, ACLED's row keeps issue 21's rule: blaming Egypt's armed forces beside Egypt is one accusation, so the incident is not contested and nobody claims it", async () => {
  await importAcledCsv(seeded.graph.db, csvOf([acledDernaStrike]), { by: 'test' });
  const { data, errors } = await seeded.api.gql(
    `query ($id: ID!) { event(id: $id) {
      contested { isContested reasons }
      attributions { actor { id } status independentSourceCount }
      responsibility { claimed }
      grade
      casualties { killedLow killedHigh byEvent { event { id } killedLow killedHigh } }
    } }`,
    { id: 'event:derna-airstrikes-2017-10-30' },
  );
  expect(errors).toBeUndefined();
  const event = data?.event;
  expect(event.contested.isContested).toBe(false);
  const status = Object.fromEntries(
    event.attributions.map((a: { actor: { id: string }; status: string }) => [a.actor.id, a.status]),
  );
  expect(status['actor:egypt']).toBe('ALLEGED');
  expect(status['actor:egyptian-armed-forces']).toBe('ALLEGED');
  expect(event.responsibility.claimed).toBe(false);
  expect(event.grade).toBe('FAIR');
  // The parts' 15 killed (Libya Observer) and ACLED's 16 about the whole: one range over the event and its parts.
  expect([event.casualties.killedLow, event.casualties.killedHigh]).toEqual([15, 16]);
  expect(event.casualties.byEvent[0]).toMatchObject({
    event: { id: 'event:derna-airstrikes-2017-10-30' },
    killedLow: 16,
    killedHigh: 16,
  });
});

test("ACLED's later version of a row joined into the seed's strike updates it there, and its deletion retracts only its own claims", async () => {
  await importAcledCsv(seeded.graph.db, csvOf([acledDernaStrike]), { by: 'test' });
  const before = await counts();
  // A newer version with another count: a new import (a new writer) finds the town and the event as redirects.
  const newer = { ...acledDernaStrike, fatalities: '17', timestamp: '1520000000' };
  const report = await importAcledCsv(seeded.graph.db, csvOf([newer]), { by: 'test' });
  expect(report).toMatchObject({ created: 0, updated: 1, rejected: [] });
  expect(await counts()).toEqual(before);
  const [claim] = await query<{ about: string; killed: number; joinedFrom: string }>(
    "MATCH (c:Claim {id: 'claim:acled-LBY9001'})-[a:ABOUT]->(e) RETURN e.id AS about, c.killed AS killed, a.joinedFrom AS joinedFrom",
  );
  expect(claim).toEqual({ about: 'event:derna-airstrikes-2017-10-30', killed: 17, joinedFrom: 'event:acled-LBY9001' });
  // The version is recorded where the row's id lives, so the same file again is unchanged and an older one stale.
  expect(await importAcledCsv(seeded.graph.db, csvOf([newer]), { by: 'test' })).toMatchObject({ unchanged: 1 });
  expect(await importAcledCsv(seeded.graph.db, csvOf([acledDernaStrike]), { by: 'test' })).toMatchObject({
    stale: 1,
    updated: 0,
  });

  const deletions = await importAcledDeletions(
    seeded.graph.db,
    'event_id_cnty,deleted_timestamp\nLBY9001,1530000000\n',
    {
      by: 'test',
    },
  );
  expect(deletions).toMatchObject({ retracted: 1, notFound: 0 });
  const retracted = await query<{ id: string }>(
    "MATCH (c:Claim)-[:ABOUT]->(:Event {id: 'event:derna-airstrikes-2017-10-30'}) WHERE c.retractedAt IS NOT NULL RETURN c.id AS id ORDER BY id",
  );
  // ACLED's claim and its outlets' claims, and none of the article's.
  expect(retracted.map((c) => c.id).every((id) => id.startsWith('claim:acled-LBY9001'))).toBe(true);
  expect(retracted.map((c) => c.id)).toContain('claim:acled-LBY9001');
});

/** A wire report of a strike on Sirte, in its own spelling and ids, from a source the graph does not know yet. */
function wireReport(
  overrides: {
    kind?: 'AIRSTRIKE' | 'DRONE_STRIKE' | 'PROTEST';
    date?: string;
    place?: string;
    precision?: 'DAY' | 'MONTH';
  } = {},
): DocumentBundle {
  return {
    documents: [{ id: 'doc:wire-surt', title: 'Strike on Surt', publisherId: 'source:wire' }],
    actors: [{ id: 'actor:wire-lna', name: 'LNA', kind: 'ARMED_GROUP', countryCode: 'LY' }],
    actorTies: [],
    actorPlaceTies: [],
    locations: [
      {
        id: 'loc:wire-surt',
        name: overrides.place ?? 'Surt',
        kind: 'CITY',
        parentId: 'loc:libya',
        latitude: 31.2089,
        longitude: 16.5887,
        geoPrecision: 'CITY',
      },
    ],
    sources: [{ id: 'source:wire', name: 'A wire', kind: 'WIRE_SERVICE' }],
    events: [
      {
        id: 'event:wire-surt-strike',
        kind: overrides.kind ?? 'DRONE_STRIKE',
        title: 'Drone strike on Surt',
        startDate: overrides.date ?? '2019-01-15',
        datePrecision: overrides.precision ?? 'DAY',
        locationId: 'loc:wire-surt',
      },
    ],
    claims: [
      {
        id: 'claim:wire-blames-lna',
        kind: 'ATTRIBUTION',
        stance: 'ASSERTS',
        sourceId: 'source:wire',
        eventId: 'event:wire-surt-strike',
        actorId: 'actor:wire-lna',
        documentId: 'doc:wire-surt',
        figures: { killed: 4 },
      },
    ],
  };
}

/** The graph's own record of a strike on Sirte by the LNA. */
const localReport: DocumentBundle = {
  documents: [],
  actorTies: [],
  actorPlaceTies: [],
  locations: [],
  actors: [],
  sources: [{ id: 'source:local', name: 'A local outlet', kind: 'LOCAL_MEDIA' }],
  events: [
    {
      id: 'event:sirte-strike',
      kind: 'AIRSTRIKE',
      title: 'Airstrike on Sirte',
      startDate: '2019-01-15',
      locationId: 'loc:sirte',
    },
  ],
  claims: [
    {
      id: 'claim:local-blames-lna',
      kind: 'ATTRIBUTION',
      stance: 'ASSERTS',
      sourceId: 'source:local',
      eventId: 'event:sirte-strike',
      actorId: 'actor:libyan-national-army',
      figures: { killed: 6 },
    },
  ],
};

test('a bundle spelling place and actor its own way meets the graph\'s incident: Surt is Sirte, "LNA" the Libyan National Army, a drone strike the airstrike', async () => {
  await ingestBundle(seeded.graph.db, localReport, { by: 'test' });
  const before = await counts();
  await ingestBundle(seeded.graph.db, wireReport(), { by: 'test' });
  const after = await counts();
  expect(after).toEqual(before);
  const { data } = await seeded.api.gql(eventQuery, { id: 'event:wire-surt-strike' });
  expect(data?.event.id).toBe('event:sirte-strike');
  expect(data?.event.casualties).toEqual({ killedLow: 4, killedHigh: 6 });
  expect(data?.event.attributions.map((a: { actor: { id: string } }) => a.actor.id)).toEqual([
    'actor:libyan-national-army',
  ]);
  const { data: place } = await seeded.api.gql('{ location(id: "loc:wire-surt") { id aliases } }');
  expect(place?.location).toEqual({ id: 'loc:sirte', aliases: ['Sirt', 'Surt'] });
});

test('a protest on the same day in the same town is another incident', async () => {
  await ingestBundle(seeded.graph.db, localReport, { by: 'test' });
  await ingestBundle(seeded.graph.db, wireReport({ kind: 'PROTEST' }), { by: 'test' });
  const rows = await query<{ id: string }>(
    'MATCH (e:Event) WHERE e.id IN ["event:wire-surt-strike", "event:sirte-strike"] RETURN e.id AS id ORDER BY id',
  );
  expect(rows.map((r) => r.id)).toEqual(['event:sirte-strike', 'event:wire-surt-strike']);
  expect(await query('MATCH (:Event)-[p:POSSIBLY_SAME]->(:Event) RETURN p')).toEqual([]);
});

test('a report known only to the month waits in the review queue instead of joining', async () => {
  await ingestBundle(seeded.graph.db, localReport, { by: 'test' });
  await ingestBundle(seeded.graph.db, wireReport({ date: '2019-01-01', precision: 'MONTH' }), { by: 'test' });
  const pairs = await query<{ eventId: string; candidateId: string; score: number }>(
    'MATCH (e:Event)-[p:POSSIBLY_SAME]->(c:Event) RETURN e.id AS eventId, c.id AS candidateId, p.score AS score',
  );
  expect(pairs).toEqual([
    { eventId: 'event:wire-surt-strike', candidateId: 'event:sirte-strike', score: expect.any(Number) },
  ]);
});

test('a town of the same name in another country stays another place', async () => {
  const bundle = wireReport({ place: 'Sirte' });
  bundle.locations = [{ ...bundle.locations[0], parentId: 'loc:egypt' }];
  await ingestBundle(seeded.graph.db, bundle, { by: 'test' });
  expect(await query("MATCH (l:Location {id: 'loc:wire-surt'}) RETURN l.id AS id")).toEqual([{ id: 'loc:wire-surt' }]);
});
