// The ingestBundle mutation over HTTP: counts, idempotency, precise errors, all-or-nothing, and concurrent writers.
import type { Driver } from 'neo4j-driver';

import { Role } from '../../src/auth/Role';
import { CypherRegistry } from '../../src/db/cypherRegistry';
import { Database, type RequestScope, type WriteTransaction } from '../../src/db/database';
import type { ParamsArgument, StatementName } from '../../src/db/statements';
import { maxBundleEntries } from '../../src/schema/bundle/documentBundle.input';
import { startTestApi, type TestApi } from '../support/testApi';
import { testGraph, type TestGraph } from '../support/testGraph';

let graph: TestGraph;
let api: TestApi;

const ingest = `mutation ($bundle: DocumentBundleInput!) {
  ingestBundle(bundle: $bundle) { nodesCreated nodesUpdated linksCreated linksUpdated linksReplaced }
}`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Bundle = Record<string, any[]>;

function reportBundle(): Bundle {
  return {
    documents: [
      { id: 'doc:report', title: 'Strike on the town', publisherId: 'source:wire', publishedOn: '2020-03-03' },
    ],
    actors: [
      { id: 'actor:air-force', name: 'Air Force', aliases: ['AF'], kind: 'MILITARY_UNIT' },
      { id: 'actor:army', name: 'Army', kind: 'ARMED_FORCES' },
    ],
    actorTies: [{ fromId: 'actor:air-force', toId: 'actor:army', kind: 'PART_OF' }],
    actorPlaceTies: [{ actorId: 'actor:army', locationId: 'loc:town', kind: 'CONTROLS', validFrom: '2020-01-01' }],
    locations: [{ id: 'loc:town', name: 'Town', kind: 'CITY', latitude: 30, longitude: 20, geoPrecision: 'CITY' }],
    sources: [{ id: 'source:wire', name: 'Wire', kind: 'WIRE_SERVICE' }],
    events: [
      {
        id: 'event:strike',
        kind: 'AIRSTRIKE',
        title: 'Strike',
        startDate: '2020-03-01',
        datePrecision: 'MONTH',
        locationId: 'loc:town',
      },
    ],
    claims: [
      {
        id: 'claim:wire-blames-af',
        kind: 'ATTRIBUTION',
        stance: 'ASSERTS',
        sourceId: 'source:wire',
        eventId: 'event:strike',
        actorId: 'actor:air-force',
        documentId: 'doc:report',
        confidence: 0.8,
        figures: { killed: 3, isMinimum: true },
        involvedActors: [{ actorId: 'actor:army', role: 'TARGET' }],
      },
    ],
  };
}

async function updatedAtById(): Promise<Record<string, string>> {
  const session = graph.driver.session();
  try {
    const result = await session.run('MATCH (n:Entity) RETURN n.id AS id, toString(n.updatedAt) AS updatedAt');
    return Object.fromEntries(result.records.map((r) => [r.get('id') as string, r.get('updatedAt') as string]));
  } finally {
    await session.close();
  }
}

/** Relationships that exist more than once between the same two nodes with the same type. */
async function duplicateRelationships(): Promise<string[]> {
  const session = graph.driver.session();
  try {
    const result = await session.run(
      'MATCH (a)-[r]->(b) WITH a, type(r) AS type, b, count(r) AS copies WHERE copies > 1 RETURN a.id + " " + type + " " + b.id AS link',
    );
    return result.records.map((r) => r.get('link') as string);
  } finally {
    await session.close();
  }
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

test('a bundle is written in one mutation that reports the nodes and links it created', async () => {
  const response = await api.gql(ingest, { bundle: reportBundle() });
  expect(response.errors).toBeUndefined();
  expect(response.data!.ingestBundle).toEqual({
    nodesCreated: 7,
    nodesUpdated: 0,
    linksCreated: 9,
    linksUpdated: 0,
    linksReplaced: 0,
  });
  expect(await graph.counts()).toEqual({ nodes: 7, relationships: 9 });
  const read = await api.gql(
    '{ claim(id: "claim:wire-blames-af") { actor { name } event { location { name } } document { title } } }',
  );
  expect(read.data!.claim).toEqual({
    actor: { name: 'Air Force' },
    event: { location: { name: 'Town' } },
    document: { title: 'Strike on the town' },
  });
});

test('the same bundle sent twice changes nothing the second time: no counts, no node, no link, no updatedAt', async () => {
  await api.gql(ingest, { bundle: reportBundle() });
  const countsBefore = await graph.counts();
  const updatedBefore = await updatedAtById();
  const second = await api.gql(ingest, { bundle: reportBundle() });
  expect(second.data!.ingestBundle).toEqual({
    nodesCreated: 0,
    nodesUpdated: 0,
    linksCreated: 0,
    linksUpdated: 0,
    linksReplaced: 0,
  });
  expect(await graph.counts()).toEqual(countsBefore);
  expect(await updatedAtById()).toEqual(updatedBefore);
});

test('a bundle may refer to nodes already in the graph by id, and a changed field updates only that node', async () => {
  await api.gql(ingest, { bundle: reportBundle() });
  const followUp = {
    events: [
      {
        id: 'event:strike',
        kind: 'AIRSTRIKE',
        title: 'Strike on the market',
        startDate: '2020-03-01',
        datePrecision: 'MONTH',
        locationId: 'loc:town',
      },
    ],
    claims: [
      {
        id: 'claim:wire-denies-army',
        kind: 'DENIAL',
        stance: 'DENIES',
        sourceId: 'source:wire',
        eventId: 'event:strike',
        actorId: 'actor:army',
      },
    ],
  };
  const response = await api.gql(ingest, { bundle: followUp });
  expect(response.errors).toBeUndefined();
  expect(response.data!.ingestBundle).toMatchObject({ nodesCreated: 1, nodesUpdated: 1, linksReplaced: 0 });
});

test('invalid fields are BAD_USER_INPUT naming each field by its path in the bundle, and nothing is written', async () => {
  const bad = reportBundle();
  bad.locations[0].latitude = 123;
  bad.claims[0].confidence = 7;
  const response = await api.gql(ingest, { bundle: bad });
  expect(response.data?.ingestBundle ?? null).toBeNull();
  expect(response.errors?.[0].extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'bundle.locations[0].latitude',
    problems: [
      { field: 'bundle.locations[0].latitude', problem: '123 is not a latitude between -90 and 90' },
      { field: 'bundle.claims[0].confidence', problem: '7 is not a number between 0 and 1' },
    ],
  });
  expect(await graph.counts()).toEqual({ nodes: 0, relationships: 0 });
});

test('a reference to an id that exists nowhere is NOT_FOUND naming the field', async () => {
  const broken = reportBundle();
  broken.claims[0].sourceId = 'source:nobody';
  const response = await api.gql(ingest, { bundle: broken });
  expect(response.errors?.[0]).toMatchObject({
    extensions: { code: 'NOT_FOUND', id: 'source:nobody', argumentName: 'claims[0].sourceId' },
  });
  expect(await graph.counts()).toEqual({ nodes: 0, relationships: 0 });
});

test(`a bundle of more than ${maxBundleEntries} entries is refused with BAD_USER_INPUT on bundle`, async () => {
  const huge = {
    actors: Array.from({ length: maxBundleEntries + 1 }, (_, i) => ({
      id: `actor:a${i}`,
      name: `A${i}`,
      kind: 'ARMED_GROUP',
    })),
  };
  const response = await api.gql(ingest, { bundle: huge });
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bundle' });
  expect(response.errors?.[0].message).toContain(`at most ${maxBundleEntries} per bundle`);
  expect(await graph.counts()).toEqual({ nodes: 0, relationships: 0 });
});

test('a bundle that fails halfway through leaves node and relationship counts exactly as before', async () => {
  await api.gql(ingest, { bundle: reportBundle() });
  const before = await graph.counts();
  const updatedBefore = await updatedAtById();
  const bigger = reportBundle();
  bigger.actors.push({ id: 'actor:militia', name: 'Militia', kind: 'ARMED_GROUP' });
  bigger.actors[1].description = 'changed before the failure';
  bigger.claims.push({
    id: 'claim:new',
    kind: 'ATTRIBUTION',
    stance: 'ASSERTS',
    sourceId: 'source:wire',
    eventId: 'event:strike',
    actorId: 'actor:militia',
  });
  // The real statements run against Neo4j over the real API; the transaction breaks when it reaches the links,
  // after every node of the bundle was merged.
  class BreaksAtLinks extends Database {
    constructor(driver: Driver, scope?: RequestScope) {
      super(driver, { database: 'neo4j', queryTimeoutMs: 30_000 }, scope);
    }
    override forRequest(scope: RequestScope): Database {
      return new BreaksAtLinks(this.driver, scope);
    }
    override write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
      return super.write((tx) =>
        work({
          run: <N extends StatementName>(name: N, ...params: ParamsArgument<N>) => {
            if (name === 'createLinks') throw new Error('connection lost halfway through the bundle');
            return tx.run(name, ...params);
          },
        } as unknown as WriteTransaction),
      );
    }
  }
  const failingApi = await startTestApi(new BreaksAtLinks(graph.driver), { anonymousRole: Role.EDITOR });
  try {
    const response = await failingApi.gql(ingest, { bundle: bigger });
    expect(response.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  } finally {
    await failingApi.close();
  }
  expect(await graph.counts()).toEqual(before);
  expect(await updatedAtById()).toEqual(updatedBefore);
});

test('a READER is refused the mutation with UNAUTHENTICATED, and nothing is written', async () => {
  const readerApi = await startTestApi(graph.db, { anonymousRole: Role.READER });
  try {
    const response = await readerApi.gql(ingest, { bundle: reportBundle() });
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  } finally {
    await readerApi.close();
  }
  expect(await graph.counts()).toEqual({ nodes: 0, relationships: 0 });
});

describe('concurrent writers', () => {
  /** Round `round` of three clients' bundles: they share new nodes and links, and links between nodes that exist already. */
  function overlappingBundles(round: number): Bundle[] {
    const shared = {
      actors: [{ id: `actor:unit-${round}`, name: `Unit ${round}`, kind: 'MILITARY_UNIT' }],
      events: [
        {
          id: `event:clash-${round}`,
          kind: 'ARMED_CLASH',
          title: `Clash ${round}`,
          startDate: '2020-04-01',
          locationId: 'loc:town',
        },
      ],
      claims: [
        {
          id: `claim:wire-clash-${round}`,
          kind: 'ATTRIBUTION',
          stance: 'ASSERTS',
          sourceId: 'source:wire',
          eventId: `event:clash-${round}`,
          actorId: `actor:unit-${round}`,
        },
      ],
    };
    return ['a', 'b', 'c'].map((client) => ({
      ...shared,
      actors: [...shared.actors, { id: `actor:${client}-${round}`, name: `${client} ${round}`, kind: 'ARMED_GROUP' }],
      actorTies: [
        { fromId: `actor:unit-${round}`, toId: 'actor:army', kind: 'PART_OF' },
        // Between two nodes that exist before the round: MERGE on existing nodes, not CREATE.
        { fromId: 'actor:air-force', toId: `actor:army`, kind: 'SUPPORTS', note: `round ${round}` },
        { fromId: `actor:${client}-${round}`, toId: `actor:unit-${round}`, kind: 'OPPOSES' },
      ],
      actorPlaceTies: [{ actorId: `actor:unit-${round}`, locationId: 'loc:town', kind: 'BASED_IN' }],
    }));
  }

  test('clients sending overlapping bundles at the same time end with no duplicate node or relationship', async () => {
    const rounds = 6;
    await api.gql(ingest, { bundle: reportBundle() });
    const otherClient = await startTestApi(graph.db, { anonymousRole: Role.EDITOR });
    try {
      for (let round = 0; round < rounds; round += 1) {
        const [a, b, c] = overlappingBundles(round);
        const responses = await Promise.all([
          api.gql(ingest, { bundle: a }),
          otherClient.gql(ingest, { bundle: b }),
          api.gql(ingest, { bundle: c }),
        ]);
        for (const response of responses) expect(response.errors).toBeUndefined();
        // Each shared node is created by exactly one of the clients.
        expect(responses.reduce((sum, r) => sum + (r.data!.ingestBundle.nodesCreated as number), 0)).toBe(3 + 3);
      }
    } finally {
      await otherClient.close();
    }
    expect(await duplicateRelationships()).toEqual([]);
    const concurrent = await graph.counts();

    // The same bundles one after another give the same graph.
    await graph.reset();
    await api.gql(ingest, { bundle: reportBundle() });
    for (let round = 0; round < rounds; round += 1)
      for (const bundle of overlappingBundles(round)) await api.gql(ingest, { bundle });
    expect(await graph.counts()).toEqual(concurrent);
  });
});

test('a link between nodes that existed before the bundle is merged under a lock on both ends, so writers cannot both create it', async () => {
  // Links with an end the transaction created are CREATEd (createLinks): no other transaction can see that node before
  // this one commits, and one that MERGEs the same node id waits on the uniqueness constraint and then finds it existing.
  const result = await graph.driver.executeQuery(`EXPLAIN ${CypherRegistry.load().text('mergeLinks')}`, {
    links: [],
    now: null,
    by: null,
  });
  const operators: string[] = [];
  const walk = (plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
    operators.push(`${plan.operatorType} ${String(plan.arguments.Details ?? '')}`);
    plan.children.forEach((child) => walk(child as typeof plan));
  };
  walk(result.summary.plan as never);
  expect(operators.join('\n')).toMatch(/^LockingMerge\S* .*LOCK\(from, to\)/m);
});
