// Importing ACLED CSVs: events at their places, actors reused, ACLED's and the outlets' claims, idempotent
// re-imports, updated rows, rejected rows with reasons, a stop part-way that says what is committed, and the API mutation.
import { acledColumns } from '../../src/acled/acledCodebook';
import { importAcledCsv } from '../../src/acled/importAcledCsv';
import { importAcledFromApi, maxApiAcledCsvBytes } from '../../src/acled/importAcledFromApi';
import { Role } from '../../src/auth/Role';
import { ApiError } from '../../src/errors/ApiError';
import { ImportAbortedError } from '../../src/errors/ImportAbortedError';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { startTestApi } from '../support/testApi';
import { testGraph, type TestGraph } from '../support/testGraph';

let graph: TestGraph;

beforeAll(() => {
  graph = testGraph();
});
beforeEach(async () => {
  await graph.reset();
  // Already in the graph: the LNA under its own name (ACLED's long name is an alias) and an outlet the seed knows.
  await ingestBundle(
    graph.db,
    {
      documents: [],
      actorTies: [],
      actorPlaceTies: [],
      locations: [],
      events: [],
      claims: [],
      actors: [
        {
          id: 'actor:lna',
          name: 'Libyan National Army',
          aliases: ['Military Forces of Libya (2014-) Haftar Faction', 'LNA'],
          kind: 'ARMED_FORCES',
        },
      ],
      sources: [{ id: 'source:libya-observer', name: 'Libya Observer', kind: 'NEWS_OUTLET' }],
    },
    { by: 'test' },
  );
});
afterAll(() => graph.close());

type Row = Partial<Record<(typeof acledColumns)[number], string>>;

const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csvLine = (row: Row) => acledColumns.map((column) => quote(row[column] ?? '')).join(',');
const csvOf = (lines: string[]) => [acledColumns.join(','), ...lines].join('\n') + '\n';

const libya = {
  iso: '434',
  region: 'Northern Africa',
  country: 'Libya',
  disorder_type: 'Political violence',
  time_precision: '1',
  geo_precision: '1',
};
const dernaStrike: Row = {
  ...libya,
  event_id_cnty: 'LBY1001',
  event_date: '2017-05-26',
  year: '2017',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Air/drone strike',
  actor1: 'Military Forces of Egypt (2014-)',
  inter1: '8',
  assoc_actor_1: 'Military Forces of Libya (2014-) Haftar Faction',
  actor2: 'Mujahideen Shura Council of Derna',
  inter2: '2',
  interaction: '28',
  admin1: 'Darnah',
  admin2: 'Derna',
  location: 'Derna',
  latitude: '32.7648',
  longitude: '22.6367',
  source: 'Libya Observer; Reuters',
  source_scale: 'National-International',
  notes:
    'On 26 May 2017, Egyptian jets struck positions of the Mujahideen Shura Council of Derna, a day after the Minya attack. 6 fatalities.',
  fatalities: '6',
  timestamp: '1496000000',
};
const benghaziClash: Row = {
  ...libya,
  event_id_cnty: 'LBY1002',
  event_date: '14 March 2017',
  year: '2017',
  time_precision: '2',
  event_type: 'Battles',
  sub_event_type: 'Armed clash',
  actor1: 'Military Forces of Libya (2014-) Haftar Faction',
  inter1: '1',
  actor2: 'Benghazi Revolutionaries Shura Council',
  inter2: '3',
  admin1: 'Benghazi',
  admin2: 'Benghazi',
  location: 'Benghazi',
  latitude: '32.1167',
  longitude: '20.0667',
  geo_precision: '2',
  source: 'Libya Herald; Al Wasat',
  notes: 'Clashes in Ganfouda, west of Benghazi, between the LNA and the BRSC.',
  fatalities: '3',
  timestamp: '1490000000',
};
const tripoliProtest: Row = {
  ...libya,
  event_id_cnty: 'LBY1003',
  event_date: '2017-05-27',
  year: '2017',
  disorder_type: 'Demonstrations',
  event_type: 'Protests',
  sub_event_type: 'Peaceful protest',
  actor1: 'Protesters (Libya)',
  inter1: '6',
  admin1: 'Tripoli',
  admin2: 'Tripoli',
  location: 'Tripoli',
  latitude: '32.8925',
  longitude: '13.18',
  source: 'Libya Herald',
  notes: "Residents protested in Martyrs' Square against power cuts.",
  fatalities: '0',
  timestamp: '1496100000',
};
const dernaCivilians: Row = {
  ...dernaStrike,
  event_id_cnty: 'LBY1004',
  event_date: '2017-05-29',
  event_type: 'Violence against civilians',
  sub_event_type: 'Attack',
  actor1: 'Military Forces of Egypt (2014-)',
  assoc_actor_1: '',
  actor2: 'Civilians (Libya)',
  inter2: '7',
  civilian_targeting: 'Civilian targeting',
  source: 'Local Source',
  notes: 'A strike hit a house in Derna, killing a woman and her child.',
  fatalities: '2',
};
const goodRows = [dernaStrike, benghaziClash, tripoliProtest, dernaCivilians];
const badLines = [
  csvLine({ ...dernaStrike, event_id_cnty: 'LBY1005', event_date: '2017-13-40' }),
  csvLine({ ...dernaStrike, event_id_cnty: 'LBY1006', latitude: '132.76' }),
  csvLine({ ...dernaStrike, event_id_cnty: '' }),
  csvLine({ ...dernaStrike, event_id_cnty: 'LBY1008', event_type: 'Skirmish' }),
  'LBY1009,2017-05-30,2017,1,Political violence,Battles',
];
const fileWithBadRows = csvOf([...goodRows.map(csvLine), ...badLines]);

async function query<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await graph.driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

const countActorsWithKey = async (key: string) =>
  (await query<{ n: number }>('MATCH (a:Actor) WHERE $key IN a.nameKeys RETURN count(a) AS n', { key }))[0].n;

test('each good row becomes an event and each bad row is reported with its line and reason', async () => {
  const report = await importAcledCsv(graph.db, fileWithBadRows, { by: 'test' });
  expect(report).toMatchObject({ rowsRead: 9, created: 4, updated: 0, unchanged: 0, batches: 1 });
  expect(report.rejected.map((r) => [r.line, r.eventIdCnty])).toEqual([
    [6, 'LBY1005'],
    [7, 'LBY1006'],
    [8, null],
    [9, 'LBY1008'],
    [10, 'LBY1009'],
  ]);
  expect(report.rejected.map((r) => r.reason)).toEqual([
    expect.stringMatching(/event_date "2017-13-40" is not a date/),
    expect.stringMatching(/latitude "132.76" is not a number between -90 and 90/),
    'event_id_cnty is missing',
    expect.stringMatching(/event_type "Skirmish" is not one of ACLED's/),
    'has 6 fields where the header has 31',
  ]);
  const events = await query<{ id: string; kind: string; description: string; location: string }>(
    'MATCH (e:Event)-[:OCCURRED_IN]->(l:Location) RETURN e.id AS id, e.kind AS kind, e.description AS description, l.id AS location ORDER BY id',
  );
  expect(events).toEqual([
    { id: 'event:acled-LBY1001', kind: 'AIRSTRIKE', description: dernaStrike.notes, location: 'loc:acled-libya:derna' },
    {
      id: 'event:acled-LBY1002',
      kind: 'ARMED_CLASH',
      description: benghaziClash.notes,
      location: 'loc:acled-libya:benghazi/near',
    },
    {
      id: 'event:acled-LBY1003',
      kind: 'PROTEST',
      description: tripoliProtest.notes,
      location: 'loc:acled-libya:tripoli',
    },
    { id: 'event:acled-LBY1004', kind: 'ATTACK', description: dernaCivilians.notes, location: 'loc:acled-libya:derna' },
  ]);
});

test('a line that is not valid CSV is reported with its line and does not stop the import', async () => {
  const brokenQuote = `LBY1010,"2017-05-30"x,${acledColumns
    .slice(2)
    .map(() => '')
    .join(',')}`;
  const report = await importAcledCsv(graph.db, csvOf([csvLine(dernaStrike), csvLine(tripoliProtest), brokenQuote]), {
    by: 'test',
  });
  expect(report.created).toBe(2);
  expect(report.rejected[0]).toEqual({
    line: 4,
    eventIdCnty: null,
    reason: expect.stringMatching(/^not readable as CSV: Invalid Closing Quote/),
  });
  expect(report.rejected.every((row) => row.reason.startsWith('not readable as CSV'))).toBe(true);
});

test('places form one hierarchy from the country down, shared by the rows that name them', async () => {
  await importAcledCsv(graph.db, fileWithBadRows, { by: 'test' });
  const chain = await query<{ names: string[]; kinds: string[] }>(
    'MATCH p = (:Location {id: $id})-[:PART_OF*]->(:Location {kind: "COUNTRY"}) RETURN [n IN nodes(p) | n.name] AS names, [n IN nodes(p) | n.kind] AS kinds',
    { id: 'loc:acled-libya:benghazi/near' },
  );
  expect(chain).toEqual([
    {
      names: ['near Benghazi', 'Benghazi', 'Benghazi', 'Benghazi', 'Libya'],
      kinds: ['DISTRICT', 'CITY', 'REGION', 'REGION', 'COUNTRY'],
    },
  ]);
  const [derna] = await query<{ n: number; lat: number; lon: number }>(
    'MATCH (l:Location {name: "Derna", kind: "CITY"}) RETURN count(l) AS n, min(l.point.y) AS lat, min(l.point.x) AS lon',
  );
  expect([derna.n, derna.lat, derna.lon]).toEqual([1, 32.7648, 22.6367]);
  const [{ countries }] = await query<{ countries: string[] }>(
    'MATCH (l:Location {kind: "COUNTRY"}) RETURN collect(l.id) AS countries',
  );
  expect(countries).toEqual(['loc:acled-libya']);
});

test('actors are reused by name or alias, never duplicated', async () => {
  await importAcledCsv(graph.db, fileWithBadRows, { by: 'test' });
  const [clash] = await query<{ actor: string }>(
    'MATCH (:Claim {id: "claim:acled-LBY1002"})-[:ATTRIBUTES_TO]->(a:Actor) RETURN a.id AS actor',
  );
  expect(clash.actor).toBe('actor:lna');
  expect(await countActorsWithKey('military forces of libya 2014 haftar faction')).toBe(1);
  expect(await countActorsWithKey('military forces of egypt 2014')).toBe(1);
  const [egypt] = await query<{ id: string; kind: string; claims: number }>(
    'MATCH (a:Actor {name: "Military Forces of Egypt (2014-)"})<-[:ATTRIBUTES_TO]-(c:Claim) RETURN a.id AS id, a.kind AS kind, count(c) AS claims',
  );
  // ACLED's naming convention says a state's armed forces, whatever inter code (8, external forces, in Libya) the row gives.
  expect([egypt.id, egypt.kind, egypt.claims]).toEqual([
    'actor:acled-military-forces-of-egypt-2014',
    'ARMED_FORCES',
    2,
  ]);
});

test('ACLED attributes each event to actor1 with its figures; outlets report it, and a single outlet is relayed', async () => {
  await importAcledCsv(graph.db, fileWithBadRows, { by: 'test' });
  const [strike] = await query<{
    maker: string;
    actor: string;
    killed: number;
    involved: string[];
    relays: string | null;
  }>(`
    MATCH (s:Source)-[:MADE]->(c:Claim {id: 'claim:acled-LBY1001'})-[:ATTRIBUTES_TO]->(a:Actor)
    OPTIONAL MATCH (c)-[i:INVOLVES]->(x:Actor)
    WITH s, c, a, x, i ORDER BY x.id
    OPTIONAL MATCH (c)-[:RELAYS]->(r:Claim)
    RETURN s.id AS maker, a.id AS actor, c.killed AS killed, collect(x.id + ' ' + i.role) AS involved, r.id AS relays`);
  expect(strike).toEqual({
    maker: 'source:acled',
    actor: 'actor:acled-military-forces-of-egypt-2014',
    killed: 6,
    involved: ['actor:acled-mujahideen-shura-council-of-derna TARGET', 'actor:lna PARTICIPANT'],
    relays: null,
  });
  const outlets = await query<{ source: string; kind: string }>(
    'MATCH (s:Source)-[:MADE]->(c:Claim)-[:ABOUT]->(:Event {id: "event:acled-LBY1001"}) WHERE c.kind = "OCCURRENCE" RETURN s.id AS source, c.kind AS kind ORDER BY source',
  );
  expect(outlets).toEqual([
    { source: 'source:libya-observer', kind: 'OCCURRENCE' },
    { source: 'source:outlet-reuters', kind: 'OCCURRENCE' },
  ]);
  const [protest] = await query<{ relayedMaker: string }>(
    'MATCH (:Claim {id: "claim:acled-LBY1003"})-[:RELAYS]->(:Claim)<-[:MADE]-(s:Source) RETURN s.id AS relayedMaker',
  );
  expect(protest.relayedMaker).toBe('source:outlet-libya-herald');
  const [victims] = await query<{ role: string }>(
    'MATCH (:Claim {id: "claim:acled-LBY1004"})-[i:INVOLVES]->(:Actor {name: "Civilians (Libya)"}) RETURN i.role AS role',
  );
  expect(victims.role).toBe('VICTIM');
});

test('importing the same file again changes nothing', async () => {
  await importAcledCsv(graph.db, fileWithBadRows, { by: 'test' });
  const counts = await graph.counts();
  const stamps = await query<{ id: string; updatedAt: unknown }>(
    'MATCH (n:Entity) RETURN n.id AS id, toString(n.updatedAt) AS updatedAt ORDER BY id',
  );
  const again = await importAcledCsv(graph.db, fileWithBadRows, { by: 'test' });
  expect(again).toMatchObject({ rowsRead: 9, created: 0, updated: 0, unchanged: 4 });
  expect(again.rejected).toHaveLength(5);
  expect(await graph.counts()).toEqual(counts);
  expect(await query('MATCH (n:Entity) RETURN n.id AS id, toString(n.updatedAt) AS updatedAt ORDER BY id')).toEqual(
    stamps,
  );
});

test('an updated row replaces its attribution, involved actors, outlets and figures instead of adding to them', async () => {
  await importAcledCsv(graph.db, csvOf(goodRows.map(csvLine)), { by: 'test' });
  const eventsBefore = (await query('MATCH (e:Event) RETURN e.id')).length;
  const revised = {
    ...dernaStrike,
    actor1: 'Unidentified Armed Group (Libya)',
    inter1: '3',
    actor2: '',
    inter2: '',
    source: 'Libya Observer',
    fatalities: '7',
    timestamp: '1497000000',
  };
  const report = await importAcledCsv(
    graph.db,
    csvOf([revised, benghaziClash, tripoliProtest, dernaCivilians].map(csvLine)),
    { by: 'editor-2' },
  );
  expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 3, rejected: [] });
  expect((await query('MATCH (e:Event) RETURN e.id')).length).toBe(eventsBefore);
  const [claim] = await query<{
    actors: string[];
    kind: string;
    involved: string[];
    killed: number;
    outlets: string[];
    relays: string[];
    by: string;
  }>(`
    MATCH (c:Claim {id: 'claim:acled-LBY1001'})-[:ATTRIBUTES_TO]->(a:Actor)
    WITH c, collect(a.id) AS actors, collect(a.kind)[0] AS kind
    OPTIONAL MATCH (c)-[:INVOLVES]->(x:Actor)
    WITH c, actors, kind, collect(x.id) AS involved
    OPTIONAL MATCH (o:Claim)-[:ABOUT]->(:Event {id: 'event:acled-LBY1001'}) WHERE o.kind = 'OCCURRENCE'
    WITH c, actors, kind, involved, collect(o.id) AS outlets
    OPTIONAL MATCH (c)-[:RELAYS]->(r:Claim)
    RETURN actors, kind, involved, c.killed AS killed, outlets, collect(r.id) AS relays, c.updatedBy AS by`);
  expect(claim).toEqual({
    actors: ['actor:acled-unidentified-armed-group-libya'],
    kind: 'UNKNOWN',
    involved: ['actor:lna'],
    killed: 7,
    outlets: ['claim:acled-LBY1001:outlet:libya-observer'],
    relays: ['claim:acled-LBY1001:outlet:libya-observer'],
    by: 'editor-2',
  });
});

test('a failure part-way stops the import and says which batch committed last', async () => {
  // An id the importer would give a new actor is already taken by a place: ingesting that row's batch fails.
  await ingestBundle(
    graph.db,
    {
      documents: [],
      actorTies: [],
      actorPlaceTies: [],
      actors: [],
      sources: [],
      events: [],
      claims: [],
      locations: [
        {
          id: 'actor:acled-benghazi-revolutionaries-shura-council',
          name: 'Misfiled place',
          kind: 'SITE',
          latitude: 32,
          longitude: 20,
          geoPrecision: 'EXACT',
        },
      ],
    },
    { by: 'test' },
  );
  const error = await importAcledCsv(graph.db, csvOf(goodRows.map(csvLine)), { by: 'test', batchSize: 1 }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportAbortedError);
  const aborted = error as ImportAbortedError;
  expect(aborted.message).toMatch(
    /^ACLED import stopped: batch 2 \(lines 3-3\) failed: .*actor:acled-benghazi-revolutionaries-shura-council.*batches 1-1 \(through line 2\) are committed/,
  );
  expect([aborted.committedBatches, aborted.committedThroughLine]).toEqual([1, 2]);
  expect(await query<{ id: string }>('MATCH (e:Event) RETURN e.id AS id')).toEqual([{ id: 'event:acled-LBY1001' }]);
});

test("a file without ACLED's columns is refused before anything is written", async () => {
  const before = await graph.counts();
  const error = await importAcledCsv(graph.db, 'id,date,place\n1,2017-05-26,Derna\n', { by: 'test' }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
  expect((error as ApiError).message).toMatch(/lacks ACLED columns event_id_cnty, event_date, event_type/);
  expect(await graph.counts()).toEqual(before);
});

test('the API refuses a CSV over 5 MB, naming the field', async () => {
  const error = await importAcledFromApi(graph.db, 'x'.repeat(maxApiAcledCsvBytes + 1), 'test').catch(
    (e: unknown) => e,
  );
  expect((error as ApiError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
});

describe('the importAcledCsv mutation', () => {
  const mutation = `mutation Import($csv: String!) {
    importAcledCsv(csv: $csv) {
      rowsRead created updated unchanged stale batches layout rejected { line eventIdCnty reason } rejectedByReason { reason count lines } staleRows { line }
    }
  }`;

  test('imports for an editor and reports each row', async () => {
    const api = await startTestApi(graph.db, { anonymousRole: Role.EDITOR });
    try {
      const response = await api.gql(mutation, { csv: fileWithBadRows });
      expect(response.errors).toBeUndefined();
      expect(response.data?.importAcledCsv).toMatchObject({
        rowsRead: 9,
        created: 4,
        updated: 0,
        unchanged: 0,
        stale: 0,
        batches: 1,
        staleRows: [],
        layout: 'a current ACLED export (disorder_type, civilian_targeting, tags)',
      });
      expect(response.data?.importAcledCsv.rejectedByReason).toEqual([
        { reason: 'event_date is not a date', count: 1, lines: [6] },
        { reason: 'latitude is not a number between -90 and 90', count: 1, lines: [7] },
        { reason: 'event_id_cnty is missing', count: 1, lines: [8] },
        { reason: "event_type is not one of ACLED's", count: 1, lines: [9] },
        { reason: 'has a different number of fields from the header', count: 1, lines: [10] },
      ]);
      expect(response.data?.importAcledCsv.rejected[1]).toEqual({
        line: 7,
        eventIdCnty: 'LBY1006',
        reason: 'latitude "132.76" is not a number between -90 and 90',
      });
      const [{ by }] = await query<{ by: string }>(
        'MATCH (e:Event {id: "event:acled-LBY1001"}) RETURN e.createdBy AS by',
      );
      expect(by).toBe('anonymous');
    } finally {
      await api.close();
    }
  });

  test('is refused to an anonymous reader, writing nothing', async () => {
    const before = await graph.counts();
    const api = await startTestApi(graph.db, { anonymousRole: Role.READER });
    try {
      const response = await api.gql(mutation, { csv: fileWithBadRows });
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(await graph.counts()).toEqual(before);
    } finally {
      await api.close();
    }
  });
});
