// Versions of ACLED rows: a row older than the one the graph holds (by `timestamp`) is skipped as stale and never
// overwrites the newer; ACLED's deleted-events list retracts the event's claims, visible in the change feed, and a later
// row of the event brings them back. Actors get the same kind whatever row they first appear in.
import { createReadStream } from 'node:fs';
import path from 'node:path';

import { acledColumns } from '../../src/acled/acledCodebook';
import { importAcledCsv } from '../../src/acled/importAcledCsv';
import { importAcledDeletions } from '../../src/acled/importAcledDeletions';
import { repoRoot } from '../../src/repoRoot';
import { startTestApi } from '../support/testApi';
import { testGraph, type TestGraph } from '../support/testGraph';

let graph: TestGraph;

beforeAll(() => {
  graph = testGraph();
});
beforeEach(() => graph.reset());
afterAll(() => graph.close());

type Row = Partial<Record<(typeof acledColumns)[number], string>>;
const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csvOf = (rows: Row[]) =>
  [acledColumns.join(','), ...rows.map((row) => acledColumns.map((column) => quote(row[column] ?? '')).join(','))].join(
    '\n',
  ) + '\n';
const importRows = (rows: Row[], by = 'test') => importAcledCsv(graph.db, csvOf(rows), { by });

async function query<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await graph.driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

const strike: Row = {
  event_id_cnty: 'LBY20001',
  event_date: '2024-03-02',
  year: '2024',
  time_precision: '1',
  disorder_type: 'Political violence',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Air/drone strike',
  actor1: 'Military Forces of Libya (2014-) Haftar Faction',
  inter1: '1',
  actor2: 'Chadian Rebel Group (Libya)',
  inter2: '2',
  interaction: '12',
  iso: '434',
  region: 'Northern Africa',
  country: 'Libya',
  admin1: 'Murzuq',
  admin2: 'Murzuq',
  location: 'Murzuq',
  latitude: '25.9155',
  longitude: '13.9184',
  geo_precision: '1',
  source: 'Libya Observer',
  source_scale: 'National',
  notes: 'LNA aircraft struck a Chadian rebel camp near Murzuq.',
  fatalities: '5',
  timestamp: '1710000000',
};
const older: Row = {
  ...strike,
  fatalities: '3',
  notes: 'LNA aircraft struck a camp near Murzuq; three killed.',
  timestamp: '1709500000',
};

const killed = async () =>
  (await query<{ killed: number }>('MATCH (c:Claim {id: "claim:acled-LBY20001"}) RETURN c.killed AS killed'))[0].killed;

test("a row older than the graph's version is skipped as stale and never overwrites the newer one", async () => {
  expect(await importRows([strike])).toMatchObject({ created: 1, stale: 0 });
  const before = await query('MATCH (n:Entity) RETURN n.id AS id, toString(n.updatedAt) AS updatedAt ORDER BY id');
  const report = await importRows([older]);
  expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 0, stale: 1, rejected: [] });
  expect(report.staleRows).toEqual([
    {
      line: 2,
      eventIdCnty: 'LBY20001',
      reason: 'timestamp 1709500000 is older than the 1710000000 the graph holds for LBY20001',
    },
  ]);
  expect(await killed()).toBe(5);
  expect(await query('MATCH (n:Entity) RETURN n.id AS id, toString(n.updatedAt) AS updatedAt ORDER BY id')).toEqual(
    before,
  );
  // A row without a timestamp cannot show it is newer either.
  expect(await importRows([{ ...older, timestamp: '' }])).toMatchObject({ stale: 1 });
});

test('the same rows written another way (dates, column order, NA) are unchanged', async () => {
  expect(await importRows([strike, protest])).toMatchObject({ created: 2 });
  const columns = [...acledColumns].reverse();
  const rewritten = [strike, protest].map((row) => ({
    ...row,
    event_date: '2 March 2024',
    assoc_actor_2: 'NA',
    admin3: 'N/A',
  }));
  const csv = [
    columns.map((c) => c.toUpperCase()).join(';'),
    ...rewritten.map((row) => columns.map((column) => quote(row[column] ?? '')).join(';')),
  ].join('\r\n');
  expect(await importAcledCsv(graph.db, csv, { by: 'test' })).toMatchObject({
    created: 0,
    updated: 0,
    unchanged: 2,
    stale: 0,
    rejected: [],
  });
});

test('a newer row replaces an older one; within one file the later version wins whatever the order', async () => {
  expect(await importRows([older])).toMatchObject({ created: 1 });
  expect(await importRows([strike])).toMatchObject({ updated: 1, stale: 0 });
  expect(await killed()).toBe(5);
  await graph.reset();
  const report = await importRows([strike, older]);
  expect(report).toMatchObject({ created: 1, stale: 1 });
  expect(report.staleRows.map((row) => row.line)).toEqual([3]);
  expect(await killed()).toBe(5);
  // Also when the two versions fall in batches written at once: the later batch waits for the one writing the event.
  await graph.reset();
  const other = { ...strike, event_id_cnty: 'LBY20002' };
  expect(
    await importAcledCsv(graph.db, csvOf([older, other, strike]), { by: 'test', batchSize: 1, concurrency: 2 }),
  ).toMatchObject({ created: 2, updated: 1, stale: 0 });
  expect(await killed()).toBe(5);
  await graph.reset();
  expect(
    await importAcledCsv(graph.db, csvOf([strike, other, older]), { by: 'test', batchSize: 1, concurrency: 2 }),
  ).toMatchObject({ created: 2, updated: 0, stale: 1 });
  expect(await killed()).toBe(5);
});

test("ACLED's deleted events list retracts the event's claims, in the change feed, and an older row cannot bring it back", async () => {
  await importAcledCsv(
    graph.db,
    createReadStream(path.join(repoRoot, 'tests', 'fixtures', 'acled', 'api-2023-written-by-r.csv')),
    { by: 'test' },
  );
  const since = new Date().toISOString();
  const report = await importAcledDeletions(
    graph.db,
    createReadStream(path.join(repoRoot, 'tests', 'fixtures', 'acled', 'deleted-events.csv')),
    { by: 'deleter' },
  );
  expect(report).toMatchObject({
    rowsRead: 2,
    retracted: 1,
    claimsRetracted: 2,
    notFound: 1,
    alreadyDeleted: 0,
    stale: 0,
    rejected: [],
  });
  const claims = await query<{ id: string; reason: string; by: string }>(
    'MATCH (c:Claim)-[:ABOUT]->(:Event {id: "event:acled-LBY12004"}) RETURN c.id AS id, c.retractionReason AS reason, c.retractedBy AS by ORDER BY id',
  );
  expect(claims).toEqual([
    {
      id: 'claim:acled-LBY12004',
      reason: 'ACLED deleted event LBY12004 (deleted_timestamp 1690000000, 2023-07-22)',
      by: 'deleter',
    },
    {
      id: 'claim:acled-LBY12004:outlet:libya-observer',
      reason: 'ACLED deleted event LBY12004 (deleted_timestamp 1690000000, 2023-07-22)',
      by: 'deleter',
    },
  ]);
  const api = await startTestApi(graph.db);
  try {
    const response = await api.gql(
      `query ($since: DateTimeISO) { changes(since: $since, first: 50) { edges { node { id change changedBy } } } }`,
      { since },
    );
    expect(response.errors).toBeUndefined();
    const changes = response.data?.changes.edges.map(
      (edge: { node: { id: string; change: string; changedBy: string } }) => edge.node,
    );
    expect(changes).toEqual(
      expect.arrayContaining([
        { id: 'claim:acled-LBY12004', change: 'RETRACTED', changedBy: 'deleter' },
        { id: 'claim:acled-LBY12004:outlet:libya-observer', change: 'RETRACTED', changedBy: 'deleter' },
        { id: 'event:acled-LBY12004', change: 'UPDATED', changedBy: 'deleter' },
      ]),
    );
    // The deleted event's attribution no longer counts.
    const event = await api.gql(
      '{ event(id: "event:acled-LBY12004") { attributions { actor { id } } datasetRecord { deletedAt } } }',
    );
    expect(event.data?.event).toEqual({ attributions: [], datasetRecord: { deletedAt: '2023-07-22T04:26:40.000Z' } });
  } finally {
    await api.close();
  }
  // Applying the list again changes nothing; the file's own row of the event is now stale.
  expect(
    await importAcledDeletions(
      graph.db,
      createReadStream(path.join(repoRoot, 'tests', 'fixtures', 'acled', 'deleted-events.csv')),
      { by: 'deleter' },
    ),
  ).toMatchObject({ retracted: 0, alreadyDeleted: 1, notFound: 1 });
  const again = await importAcledCsv(
    graph.db,
    createReadStream(path.join(repoRoot, 'tests', 'fixtures', 'acled', 'api-2023-written-by-r.csv')),
    { by: 'test' },
  );
  expect(again).toMatchObject({ unchanged: 3, stale: 1 });
  expect(again.staleRows[0]).toMatchObject({
    line: 5,
    eventIdCnty: 'LBY12004',
    reason: expect.stringMatching(/^ACLED deleted event LBY12004/),
  });
});

test("a row newer than the deletion restores the event's claims; a deletion older than the graph's row is stale", async () => {
  await importRows([strike]);
  expect(
    await importAcledDeletions(graph.db, 'event_id_cnty,deleted_timestamp\nLBY20001,1710000500\n', { by: 'test' }),
  ).toMatchObject({ retracted: 1, claimsRetracted: 2 });
  expect(await importRows([{ ...strike, timestamp: '1710000900', fatalities: '6' }])).toMatchObject({ updated: 1 });
  const claims = await query<{ retracted: unknown }>(
    'MATCH (c:Claim)-[:ABOUT]->(:Event {id: "event:acled-LBY20001"}) RETURN c.retractedAt AS retracted',
  );
  expect(claims).toEqual([{ retracted: null }, { retracted: null }]);
  expect(await killed()).toBe(6);
  const stale = await importAcledDeletions(
    graph.db,
    'EVENT_ID_CNTY,DELETED_TIMESTAMP\r\nLBY20001,1710000500\r\nLBY20001 x,17\r\nLBY20002,yesterday\r\n',
    { by: 'test' },
  );
  expect(stale).toMatchObject({
    retracted: 0,
    stale: 1,
    staleRows: [{ line: 2, eventIdCnty: 'LBY20001', reason: expect.stringMatching(/newer than the deletion/) }],
  });
  expect(stale.rejected).toEqual([
    {
      line: 3,
      eventIdCnty: null,
      reason: 'event_id_cnty "LBY20001 x" is not an ACLED event id (no spaces, at most 150 characters)',
    },
    { line: 4, eventIdCnty: 'LBY20002', reason: 'deleted_timestamp "yesterday" is not a Unix time in seconds' },
  ]);
});

const protest: Row = {
  ...strike,
  event_id_cnty: 'LBY21001',
  disorder_type: 'Demonstrations',
  event_type: 'Protests',
  sub_event_type: 'Peaceful protest',
  actor1: 'Protesters (Libya)',
  inter1: '6',
  assoc_actor_1: 'Tawergha Communal Group (Libya)',
  actor2: '',
  inter2: '',
  interaction: '60',
  timestamp: '1710000000',
};
const clash: Row = {
  ...strike,
  event_id_cnty: 'LBY21002',
  event_type: 'Battles',
  sub_event_type: 'Armed clash',
  actor1: 'Tawergha Communal Group (Libya)',
  inter1: '4',
  actor2: 'Misrata Communal Militia (Libya)',
  inter2: 'Identity militia',
  timestamp: '1710000000',
};

test.each([
  ['associate first', [protest, clash]],
  ['actor first', [clash, protest]],
])("an actor's kind does not depend on the row it first appears in (%s)", async (_order, rows) => {
  // Row by row, each file its own import, so the first mention is written before the second is read.
  for (const row of rows) await importRows([row]);
  const kinds = await query<{ name: string; kind: string }>(
    'MATCH (a:Actor) RETURN a.name AS name, a.kind AS kind ORDER BY name',
  );
  expect(kinds).toEqual([
    { name: 'Misrata Communal Militia (Libya)', kind: 'ARMED_GROUP' },
    { name: 'Protesters (Libya)', kind: 'OTHER' },
    { name: 'Tawergha Communal Group (Libya)', kind: 'ARMED_GROUP' },
  ]);
});

test("an actor's kind an editor set is kept", async () => {
  await importRows([protest]);
  await graph.driver.executeQuery(
    'MATCH (a:Actor {name: "Tawergha Communal Group (Libya)"}) SET a.kind = "POLITICAL_ORGANIZATION"',
  );
  await importRows([clash]);
  const [{ kind }] = await query<{ kind: string }>(
    'MATCH (a:Actor {name: "Tawergha Communal Group (Libya)"}) RETURN a.kind AS kind',
  );
  expect(kind).toBe('POLITICAL_ORGANIZATION');
});
