// Edits of ingested data: the update path reads back exactly what ingest wrote, so an empty update changes nothing.
import { EditRepository } from '../../src/data/repositories/EditRepository';
import type { EditableKind } from '../../src/edit/editKinds';
import { loadSeed } from '../../src/seed/loadSeed';
import { testGraph, type TestGraph } from '../support/testGraph';

let graph: TestGraph;

beforeAll(async () => {
  graph = testGraph();
  await graph.reset();
  await loadSeed(graph.db);
});

afterAll(() => graph.close());

/** Every property of every node and relationship, to compare whole graphs. */
async function snapshot(): Promise<string[]> {
  const session = graph.driver.session();
  try {
    const result = await session.run(
      `MATCH (n:Entity) OPTIONAL MATCH (n)-[r]->(m:Entity)
       WITH n, collect([type(r), m.id, properties(r)]) AS links
       RETURN n.id AS id, properties(n) AS props, links ORDER BY id`,
    );
    return result.records.map((record) => JSON.stringify(record.toObject()));
  } finally {
    await session.close();
  }
}

const kinds: EditableKind[] = ['Actor', 'Location', 'Source', 'Document', 'Event'];

test('an update that gives no field leaves every seeded node, link and timestamp as ingest wrote it', async () => {
  const edits = new EditRepository(graph.db);
  const before = await snapshot();
  let updated = 0;
  for (const kind of kinds) {
    const ids = await idsOf(kind);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      await edits.update(kind, id, { id }, 'someone-else');
      updated += 1;
    }
  }
  expect(updated).toBeGreaterThan(20);
  expect(await snapshot()).toEqual(before);
});

test('an update of a seeded event keeps its other fields and links', async () => {
  const edits = new EditRepository(graph.db);
  const [event] = await graph.db.read('eventsByIds', { ids: ['event:derna-airstrikes-2017-10-30'] });
  await edits.update(
    'Event',
    'event:derna-airstrikes-2017-10-30',
    { dateNote: 'checked against two reports' },
    'editor-1',
  );
  const [after] = await graph.db.read('eventsByIds', { ids: ['event:derna-airstrikes-2017-10-30'] });
  expect(after.event).toEqual({
    ...event.event,
    dateNote: 'checked against two reports',
    updatedAt: expect.any(Number),
  });
  expect(after.event.updatedAt).not.toBe(event.event.updatedAt);
  const [audit] = await graph.db.read('auditByIds', { ids: ['event:derna-airstrikes-2017-10-30'] });
  expect(audit.audit).toMatchObject({ createdBy: 'seed', updatedBy: 'editor-1' });
});

async function idsOf(kind: EditableKind): Promise<string[]> {
  const session = graph.driver.session();
  try {
    const result = await session.run('MATCH (n:Entity) WHERE $kind IN labels(n) RETURN n.id AS id ORDER BY id', {
      kind,
    });
    return result.records.map((record) => record.get('id') as string);
  } finally {
    await session.close();
  }
}
