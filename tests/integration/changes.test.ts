// The change feed: everything created or changed, in (changedAt, id) order, resumable by keyset cursor while writes go on.
import neo4j from 'neo4j-driver';

import { Role } from '../../src/auth/Role';
import { CypherRegistry } from '../../src/db/cypherRegistry';
import type { DocumentBundle } from '../../src/ingest/bundle.types';
import { emptyBundle } from '../../src/ingest/emptyBundle';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { startTestApi, type TestApi } from '../support/testApi';
import { testGraph, type TestGraph } from '../support/testGraph';

let graph: TestGraph;
let api: TestApi;

const feed = `query ($since: DateTimeISO, $after: String, $first: Int) {
  changes(since: $since, after: $after, first: $first) {
    hasNextPage
    cursor
    edges { cursor node { id kind change changedAt changedBy mergedIntoId node { id ... on Actor { name } ... on Claim { retractedAt } } } }
  }
}`;

interface ChangeNode {
  id: string;
  kind: string;
  change: string;
  changedAt: string;
  changedBy: string | null;
  mergedIntoId: string | null;
  node: { id: string; name?: string; retractedAt?: string | null } | null;
}

interface ChangePage {
  hasNextPage: boolean;
  cursor: string | null;
  edges: { cursor: string; node: ChangeNode }[];
}

async function changes(variables: Record<string, unknown> = {}): Promise<ChangePage> {
  const response = await api.gql<{ changes: ChangePage }>(feed, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.changes;
}

function reportBundle(): DocumentBundle {
  return {
    ...emptyBundle(),
    actors: [
      { id: 'actor:air-force', name: 'Air Force', kind: 'MILITARY_UNIT' },
      { id: 'actor:air-arm', name: 'Air Arm', kind: 'MILITARY_UNIT' },
    ],
    locations: [{ id: 'loc:town', name: 'Town', kind: 'CITY', latitude: 30, longitude: 20, geoPrecision: 'CITY' }],
    sources: [{ id: 'source:wire', name: 'Wire', kind: 'WIRE_SERVICE' }],
    events: [
      { id: 'event:strike', kind: 'AIRSTRIKE', title: 'Strike', startDate: '2020-03-01', locationId: 'loc:town' },
    ],
    claims: [
      {
        id: 'claim:blames-air-arm',
        kind: 'ATTRIBUTION',
        stance: 'ASSERTS',
        sourceId: 'source:wire',
        eventId: 'event:strike',
        actorId: 'actor:air-arm',
      },
      { id: 'claim:occurred', kind: 'OCCURRENCE', stance: 'ASSERTS', sourceId: 'source:wire', eventId: 'event:strike' },
    ],
  };
}

/** True when each change comes after the one before in (changedAt, id) order. */
function inFeedOrder(nodes: ChangeNode[]): boolean {
  return nodes.every(
    (node, i) =>
      i === 0 ||
      nodes[i - 1].changedAt < node.changedAt ||
      (nodes[i - 1].changedAt === node.changedAt && nodes[i - 1].id < node.id),
  );
}

beforeAll(async () => {
  graph = testGraph();
  api = await startTestApi(graph.db, { anonymousRole: Role.EDITOR });
});
beforeEach(() => graph.reset());
afterAll(async () => {
  await api.close();
  await graph.close();
});

test('lists every node created, in (changedAt, id) order, with what it is and the node itself', async () => {
  await ingestBundle(graph.db, reportBundle(), { by: 'importer' });
  const page = await changes();
  const nodes = page.edges.map((edge) => edge.node);
  expect(nodes.map((n) => n.id).sort()).toEqual([
    'actor:air-arm',
    'actor:air-force',
    'claim:blames-air-arm',
    'claim:occurred',
    'event:strike',
    'loc:town',
    'source:wire',
  ]);
  expect(inFeedOrder(nodes)).toBe(true);
  expect(nodes.find((n) => n.id === 'actor:air-force')).toEqual({
    id: 'actor:air-force',
    kind: 'ACTOR',
    change: 'CREATED',
    changedAt: expect.any(String),
    changedBy: 'importer',
    mergedIntoId: null,
    node: { id: 'actor:air-force', name: 'Air Force' },
  });
  expect(new Set(nodes.map((n) => n.change))).toEqual(new Set(['CREATED']));
  expect(page.hasNextPage).toBe(false);
});

test('a client paging with the cursor while writes continue reads every change once, and a node changed again comes again later', async () => {
  await ingestBundle(graph.db, reportBundle(), { by: 'test' });
  const read: ChangeNode[] = [];
  let cursor: string | null = null;
  let round = 0;
  for (;;) {
    const page: ChangePage = await changes({ first: 3, after: cursor });
    read.push(...page.edges.map((edge) => edge.node));
    cursor = page.cursor;
    // Writes between pages: new nodes, and a change to a node the client has already read.
    if (round === 0)
      await ingestBundle(
        graph.db,
        { ...emptyBundle(), actors: [{ id: 'actor:militia', name: 'Militia', kind: 'ARMED_GROUP' }] },
        { by: 'test' },
      );
    if (round === 1)
      await ingestBundle(
        graph.db,
        {
          ...emptyBundle(),
          actors: [{ id: 'actor:air-force', name: 'Air Force', aliases: ['AF'], kind: 'MILITARY_UNIT' }],
        },
        { by: 'test' },
      );
    round += 1;
    if (!page.hasNextPage) break;
  }
  expect(inFeedOrder(read)).toBe(true);
  const ids = read.map((n) => n.id);
  expect(new Set(ids)).toEqual(
    new Set([
      'actor:air-arm',
      'actor:air-force',
      'claim:blames-air-arm',
      'claim:occurred',
      'event:strike',
      'loc:town',
      'source:wire',
      'actor:militia',
    ]),
  );
  // The air force, on the first page, was read as created, then again, at the end, as updated; nothing else twice.
  expect(ids.length).toBe(9);
  expect(read.filter((n) => n.id === 'actor:air-force').map((n) => n.change)).toEqual(['CREATED', 'UPDATED']);
  expect(ids.at(-1)).toBe('actor:air-force');

  // Resuming later from the stored cursor gives only what changed since.
  const nothingNew = await changes({ after: cursor });
  expect(nothingNew).toEqual({ hasNextPage: false, cursor, edges: [] });
  await ingestBundle(
    graph.db,
    { ...emptyBundle(), sources: [{ id: 'source:wire', name: 'The Wire', kind: 'WIRE_SERVICE' }] },
    { by: 'test' },
  );
  const later = await changes({ after: cursor });
  expect(later.edges.map((edge) => [edge.node.id, edge.node.change])).toEqual([['source:wire', 'UPDATED']]);
});

test('since leaves out what changed before it', async () => {
  await ingestBundle(graph.db, reportBundle(), { by: 'test' });
  const all = await changes();
  const since = all.edges.at(-1)!.node.changedAt;
  await ingestBundle(
    graph.db,
    { ...emptyBundle(), actors: [{ id: 'actor:militia', name: 'Militia', kind: 'ARMED_GROUP' }] },
    { by: 'test' },
  );
  const recent = await changes({ since: new Date(Date.parse(since) + 1).toISOString() });
  expect(recent.edges.map((edge) => edge.node.id)).toEqual(['actor:militia']);
});

test('with a settle window, a change is listed only once it is that old, so a write committing late is not skipped', async () => {
  const settled = await startTestApi(graph.db, { anonymousRole: Role.EDITOR, changeFeedSettleMs: 60_000 });
  try {
    await ingestBundle(graph.db, reportBundle(), { by: 'test' });
    const response = await settled.gql<{ changes: ChangePage }>(feed, {});
    expect(response.errors).toBeUndefined();
    expect(response.data!.changes.edges).toEqual([]);
    // The API without a window lists the same writes at once.
    expect((await changes()).edges.length).toBeGreaterThan(0);
  } finally {
    await settled.close();
  }
});

test('a retracted claim comes in the feed as RETRACTED', async () => {
  await ingestBundle(graph.db, reportBundle(), { by: 'test' });
  const { cursor } = await changes({ first: 1000 });
  const retract = await api.gql(
    'mutation { retractClaim(id: "claim:occurred", reason: "the outlet corrected its report") { id } }',
  );
  expect(retract.errors).toBeUndefined();
  const page = await changes({ after: cursor });
  expect(page.edges.map((edge) => edge.node)).toEqual([
    expect.objectContaining({
      id: 'claim:occurred',
      kind: 'CLAIM',
      change: 'RETRACTED',
      changedBy: 'anonymous',
      node: { id: 'claim:occurred', retractedAt: expect.any(String) },
    }),
  ]);
});

test('a merge comes in the feed: the merged id as MERGED with where it went, the survivor and the moved claims as UPDATED', async () => {
  await ingestBundle(graph.db, reportBundle(), { by: 'test' });
  const { cursor } = await changes({ first: 1000 });
  const merged = await api.gql(
    'mutation { mergeActors(survivorId: "actor:air-force", mergedId: "actor:air-arm") { id } }',
  );
  expect(merged.errors).toBeUndefined();
  const page = await changes({ after: cursor });
  const byId = Object.fromEntries(page.edges.map((edge) => [edge.node.id, edge.node]));
  expect(Object.keys(byId).sort()).toEqual(['actor:air-arm', 'actor:air-force', 'claim:blames-air-arm']);
  expect(byId['actor:air-arm']).toMatchObject({
    kind: 'ACTOR',
    change: 'MERGED',
    mergedIntoId: 'actor:air-force',
    node: null,
  });
  expect(byId['actor:air-force']).toMatchObject({
    kind: 'ACTOR',
    change: 'UPDATED',
    mergedIntoId: null,
    node: { id: 'actor:air-force' },
  });
  expect(byId['claim:blames-air-arm']).toMatchObject({ change: 'UPDATED' });
});

describe('bad arguments', () => {
  test('a cursor the feed did not give is BAD_USER_INPUT on after', async () => {
    const response = await api.gql(feed, { after: 'not-a-cursor' });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  test('a page of more than 1000 is BAD_USER_INPUT on first', async () => {
    const response = await api.gql(feed, { first: 1001 });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

test('the feed seeks the updatedAt range index and reads it in order, without scanning or sorting', async () => {
  // Enough nodes that a scan would show.
  await ingestBundle(
    graph.db,
    {
      ...emptyBundle(),
      actors: Array.from({ length: 300 }, (_, i) => ({
        id: `actor:a${String(i).padStart(3, '0')}`,
        name: `Actor ${i}`,
        kind: 'ARMED_GROUP' as const,
      })),
    },
    { by: 'test' },
  );
  const first = await changes({ first: 10 });
  const [at] = JSON.parse(Buffer.from(first.cursor!, 'base64url').toString('utf8')) as string[];
  const result = await graph.driver.executeQuery(
    `PROFILE ${CypherRegistry.load().text('changesSince')}`,
    { from: at, afterId: first.edges.at(-1)!.node.id, until: new Date().toISOString(), limit: neo4j.int(11) },
    { routing: 'READ' },
  );
  const operators: string[] = [];
  const walk = (plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
    operators.push(`${plan.operatorType} ${String(plan.arguments.Details ?? '')}`);
    plan.children.forEach((child) => walk(child as typeof plan));
  };
  walk(result.summary.profile as never);
  const plan = operators.join('\n');
  // Nodes at the cursor's instant after its id, then nodes at later instants: two seeks, each read in index order.
  expect(plan).toMatch(
    /^NodeIndexSeek\S* RANGE INDEX n:Entity\(updatedAt, id\) WHERE updatedAt = \S+ AND id > \$afterId/m,
  );
  expect(plan).toMatch(
    /^NodeIndexSeek\S* RANGE INDEX n:Entity\(updatedAt, id\) WHERE updatedAt > \S+ AND id IS NOT NULL/m,
  );
  expect(operators.filter((op) => /Scan|^Sort|PartialSort/.test(op))).toEqual([]);
  // Only the merge of the two halves (at most twice the page size) is ordered by hand.
  expect(operators.filter((op) => /^Top/.test(op))).toHaveLength(1);
});
