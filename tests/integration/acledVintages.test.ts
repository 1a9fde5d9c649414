// ACLED files as they are really written, one fixture per vintage in its exact layout (tests/fixtures/acled, see its
// README): every valid row imports, every bad row is reported with its line and reason, a second import changes nothing;
// old event types map onto today's and the event keeps the type as written; dates, NA and encodings as files write them;
// one place per town; actors' kinds settled over all their mentions and their names read by ACLED's conventions.
import { createReadStream } from 'node:fs';
import path from 'node:path';

import { importAcledCsv, type AcledImportReport } from '../../src/acled/importAcledCsv';
import { repoRoot } from '../../src/repoRoot';
import { startTestApi, type TestApi } from '../support/testApi';
import { testGraph, type TestGraph } from '../support/testGraph';

let graph: TestGraph;
let api: TestApi;

const fixture = (name: string) => path.join(repoRoot, 'tests', 'fixtures', 'acled', name);
const importFixture = (name: string) => importAcledCsv(graph.db, createReadStream(fixture(name)), { by: 'test' });

async function query<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await graph.driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

/** Each fixture: its vintage, the rows it holds that are valid, and the bad rows it holds on purpose. */
const fixtures: [
  file: string,
  vintage: string,
  valid: number,
  bad: [line: number, id: string | null, reason: RegExp][],
][] = [
  ['africa-gwno-2011.csv', 'africa-gwno', 10, []],
  ['pre-2019-export-2018.csv', 'pre-2019', 8, []],
  ['export-2019-old-types.csv', 'pre-2019', 4, []],
  ['export-2020-spreadsheet.csv', '2019-2023', 6, []],
  ['api-2023-written-by-r.csv', 'current', 4, []],
  [
    'export-2025-cut-short.csv',
    'current',
    4,
    [[7, 'LBY15005', /^has 8 fields where the header has 35: the file ends part-way through this row/]],
  ],
  ['extract-shuffled-columns.csv', '2019-2023', 2, []],
  ['hdx-hxl-2019.csv', '2019-2023', 3, []],
];

const reports = new Map<string, AcledImportReport>();

beforeAll(async () => {
  graph = testGraph();
  await graph.reset();
  for (const [file] of fixtures) reports.set(file, await importFixture(file));
  api = await startTestApi(graph.db);
});
afterAll(async () => {
  await api.close();
  await graph.close();
});

test.each(fixtures)(
  '%s is read as its vintage: every valid row created, every bad row reported with its line and reason',
  (file, vintage, valid, bad) => {
    const report = reports.get(file)!;
    expect(report).toMatchObject({
      vintage,
      rowsRead: valid + bad.length,
      created: valid,
      updated: 0,
      unchanged: 0,
      stale: 0,
    });
    expect(report.rejected.map((row) => [row.line, row.eventIdCnty, row.reason])).toEqual(
      bad.map(([line, id, reason]) => [line, id, expect.stringMatching(reason)]),
    );
  },
);

test('importing every fixture again changes nothing', async () => {
  const counts = await graph.counts();
  const stamps = await query('MATCH (n:Entity) RETURN n.id AS id, toString(n.updatedAt) AS updatedAt ORDER BY id');
  for (const [file, , valid, bad] of fixtures) {
    const again = await importFixture(file);
    expect([file, again.created, again.updated, again.unchanged, again.stale, again.rejected.length]).toEqual([
      file,
      0,
      0,
      valid,
      0,
      bad.length,
    ]);
  }
  expect(await graph.counts()).toEqual(counts);
  expect(await query('MATCH (n:Entity) RETURN n.id AS id, toString(n.updatedAt) AS updatedAt ORDER BY id')).toEqual(
    stamps,
  );
});

test('dates are read as each export writes them, day first in the old files', async () => {
  const dates = await query<{ id: string; start: string; end: string }>(
    'MATCH (e:Event) WHERE e.id IN $ids RETURN e.datasetRecordId AS id, toString(e.startDate) AS start, toString(e.endDate) AS end ORDER BY id',
    {
      ids: [
        '101LBY',
        '103LBY',
        '105LBY',
        '108LBY',
        'LIB6634',
        'LBY7101',
        'LBY9001',
        'LBY12001',
        'LBY15001',
        'LBY16001',
      ].map((id) => `event:acled-${id}`),
    },
  );
  expect(dates).toEqual([
    { id: '101LBY', start: '2011-02-17', end: '2011-02-17' }, // 17/02/2011
    { id: '103LBY', start: '2011-03-05', end: '2011-03-05' }, // 05/03/2011: the 5th of March, day first
    { id: '105LBY', start: '2011-03-23', end: '2011-03-29' }, // 26/03/2011 with time_precision 2: the week around it
    { id: '108LBY', start: '2011-09-01', end: '2011-09-30' }, // time_precision 3: the month
    { id: 'LBY12001', start: '2023-06-03', end: '2023-06-03' }, // 2023-06-03 (API)
    { id: 'LBY15001', start: '2025-05-16', end: '2025-05-16' }, // 16 May 2025 (export tool)
    { id: 'LBY16001', start: '2024-02-01', end: '2024-02-01' },
    { id: 'LBY7101', start: '2019-02-16', end: '2019-02-16' }, // 16-Feb-19 (spreadsheet)
    { id: 'LBY9001', start: '2020-05-09', end: '2020-05-09' }, // 9-May-20 (spreadsheet)
    { id: 'LIB6634', start: '2018-01-12', end: '2018-01-12' },
  ]);
});

test('a country file from HDX: the HXL hashtag row under the header is skipped, not rejected, and no place or actor is named by a tag', async () => {
  expect(reports.get('hdx-hxl-2019.csv')?.hxlHashtagRow).toBe(2);
  for (const [file] of fixtures.filter(([name]) => name !== 'hdx-hxl-2019.csv'))
    expect(reports.get(file)?.hxlHashtagRow).toBeNull();
  expect(await query("MATCH (n:Entity) WHERE n.name STARTS WITH '#' OR n.id CONTAINS '#' RETURN n.id")).toEqual([]);
  const [strike] = await query<{ title: string; date: string }>(
    "MATCH (e:Event {id: 'event:acled-LBY20001'}) RETURN e.title AS title, toString(e.startDate) AS date",
  );
  expect(strike).toEqual({ title: 'Air/drone strike in Mitiga', date: '2019-09-14' });
});

test('NA, blanks and encodings are read as the files mean them', async () => {
  // R writes missing values as NA: no actor, place or source is named NA, and NA in civilian_targeting is not "set".
  expect(await query('MATCH (n:Entity) WHERE n.name IN ["NA", "N/A", "NULL"] RETURN n.id')).toEqual([]);
  const [gnu] = await query<{ role: string }>(
    'MATCH (:Claim {id: "claim:acled-LBY12001"})-[i:INVOLVES]->(:Actor {name: "Zawiya Communal Militia (Libya)"}) RETURN i.role AS role',
  );
  expect(gnu.role).toBe('TARGET');
  const [notes] = await query<{ tagged: string; untagged: string }>(
    'MATCH (a:Claim {id: "claim:acled-LBY12002"}), (b:Claim {id: "claim:acled-LBY12001"}) RETURN a.note AS tagged, b.note AS untagged',
  );
  expect(notes.tagged).toMatch(/tags: crowd size=no report/);
  expect(notes.untagged).not.toMatch(/tags|NA/);
  // A value that only starts with NA is a value.
  expect(
    await query('MATCH (l:Location {name: "NA (Ad Dafiniyah)", kind: "DISTRICT"}) RETURN l.id AS id'),
  ).toHaveLength(1);
  // Windows-1252 (the Excel-saved Africa file), a quoted line break and doubled quotes (the export tool's file).
  const [france] = await query<{ description: string }>(
    'MATCH (e:Event {id: "event:acled-104LBY"}) RETURN e.description AS description',
  );
  expect(france.description).toBe(
    'French aircraft struck government armour advancing on Benghazi\u2019s southern outskirts.',
  );
  const [clash] = await query<{ description: string }>(
    'MATCH (e:Event {id: "event:acled-LBY15001"}) RETURN e.description AS description',
  );
  expect(clash.description).toBe(
    'Heavy clashes broke out in Abu Salim after the killing of the SSA commander.\nFighting spread to the "Tripoli Tower" area overnight.',
  );
  // Sources listed with commas in an old file are separate outlets.
  const outlets = await query<{ name: string }>(
    'MATCH (s:Source)-[:MADE]->(:Claim)-[:ABOUT]->(:Event {id: "event:acled-LIB6634"}) WHERE s.id <> "source:acled" RETURN s.name AS name ORDER BY name',
  );
  expect(outlets.map((o) => o.name)).toEqual(['Al Wasat', 'Libya Herald']);
});

const eventQuery = `query ($id: ID!) { event(id: $id) { kind title datasetRecord { dataset recordId eventType subEventType originalEventType originalSubEventType version } } }`;

test.each([
  ['110LBY', 'Battle-No change of territory', 'Battles', 'Armed clash', 'ARMED_CLASH'],
  ['103LBY', 'Battle-Government regains territory', 'Battles', 'Government regains territory', 'TERRITORY_CHANGE'],
  [
    '105LBY',
    'Battle-Non-state actor overtakes territory',
    'Battles',
    'Non-state actor overtakes territory',
    'TERRITORY_CHANGE',
  ],
  ['104LBY', 'Remote violence', 'Explosions/Remote violence', null, 'ATTACK'],
  ['101LBY', 'Riots/Protests', 'Protests', null, 'PROTEST'],
  ['102LBY', 'Riots/Protests', 'Riots', null, 'PROTEST'],
  ['106LBY', 'Violence against civilians', 'Violence against civilians', null, 'ATTACK'],
  ['109LBY', 'Strategic development', 'Strategic developments', null, 'OTHER'],
  [
    '107LBY',
    'Non-violent transfer of territory',
    'Strategic developments',
    'Non-violent transfer of territory',
    'TERRITORY_CHANGE',
  ],
  ['108LBY', 'Headquarters or base established', 'Strategic developments', 'Headquarters or base established', 'OTHER'],
])(
  'old type of %s, "%s", is %s / %s (%s), and the event keeps it as written',
  async (id, original, eventType, subEventType, kind) => {
    const response = await api.gql(eventQuery, { id: `event:acled-${id}` });
    expect(response.errors).toBeUndefined();
    expect(response.data?.event).toMatchObject({
      kind,
      title: expect.stringMatching(new RegExp(`^${(subEventType ?? eventType).replace(/[/()]/g, '\\$&')} in `)),
      datasetRecord: {
        dataset: 'ACLED',
        recordId: id,
        eventType,
        subEventType,
        originalEventType: original,
        originalSubEventType: null,
      },
    });
  },
);

test('a current row keeps its own types and the version the graph holds', async () => {
  const response = await api.gql(eventQuery, { id: 'event:acled-LBY9001' });
  expect(response.data?.event).toEqual({
    kind: 'SHELLING',
    title: 'Shelling/artillery/missile attack in Tripoli',
    datasetRecord: {
      dataset: 'ACLED',
      recordId: 'LBY9001',
      eventType: 'Explosions/Remote violence',
      subEventType: 'Shelling/artillery/missile attack',
      originalEventType: 'Explosions/Remote violence',
      originalSubEventType: 'Shelling/artillery/missile attack',
      version: '2020-05-12T16:58:31.000Z',
    },
  });
  expect((await api.gql(eventQuery, { id: 'event:acled-101LBY' })).data?.event.datasetRecord.version).toBeNull();
});

test('a town reached through different admin areas over the years is one place', async () => {
  const towns = await query<{ id: string; events: string[] }>(`
    MATCH (t:Location {kind: 'CITY', name: 'Tripoli'})
    OPTIONAL MATCH (e:Event)-[:OCCURRED_IN]->(t)
    WITH t, e ORDER BY e.id
    RETURN t.id AS id, collect(e.datasetRecordId) AS events`);
  // Under "Tarabulus" (2011), "Tajura wa an Nawahi al Arba" (2018) and "Tripoli" (2019 on).
  expect(towns).toHaveLength(1);
  expect(towns[0].events).toEqual(
    expect.arrayContaining(['107LBY', 'LIB6635', 'LIB6637', 'LBY7102', 'LBY9001', 'LBY12002', 'LBY15001']),
  );
  // Tajura, in Tripoli's admin area, is a town of its own.
  expect(await query('MATCH (t:Location {kind: "CITY", name: "Tajura"}) RETURN t.id')).toHaveLength(1);
});

const actorQuery = `query ($id: ID!) { actor(id: $id) { kind nameParts { acronym baseName stateBody country since until qualifier generic } } }`;

test.each([
  [
    'Military Forces of Egypt (2014-)',
    'ARMED_FORCES',
    { stateBody: 'Military Forces', country: 'Egypt', since: 2014, until: null, baseName: 'Military Forces of Egypt' },
  ],
  ['Military Forces of Libya (1969-2011)', 'ARMED_FORCES', { country: 'Libya', since: 1969, until: 2011 }],
  [
    'Military Forces of Libya (2014-) Haftar Faction',
    'ARMED_FORCES',
    { country: 'Libya', since: 2014, qualifier: 'Haftar Faction' },
  ],
  ['Police Forces of Libya (2014-)', 'ARMED_FORCES', { stateBody: 'Police Forces', country: 'Libya', since: 2014 }],
  [
    'NTC: National Transitional Council',
    'ARMED_GROUP',
    { acronym: 'NTC', baseName: 'National Transitional Council', country: null },
  ],
  [
    'Unidentified Armed Group (Libya)',
    'UNKNOWN',
    { baseName: 'Unidentified Armed Group', country: 'Libya', generic: 'unidentified' },
  ],
  ['Civilians (Libya)', 'CIVILIANS', { baseName: 'Civilians', country: 'Libya', generic: 'civilians' }],
  ['Stability Support Apparatus', 'ARMED_GROUP', { baseName: 'Stability Support Apparatus', country: null }],
])("%s is %s, its name read by ACLED's conventions", async (name, kind, parts) => {
  const [{ id }] = await query<{ id: string }>('MATCH (a:Actor {name: $name}) RETURN a.id AS id', { name });
  const response = await api.gql(actorQuery, { id });
  expect(response.errors).toBeUndefined();
  expect(response.data?.actor).toMatchObject({ kind, nameParts: parts });
});
