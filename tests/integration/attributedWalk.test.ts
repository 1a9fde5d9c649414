// eventsAttributedTo finds a page two ways: counting every match (when totalCount is asked for, or matches are few)
// or walking events newest first and stopping when the page is full. Both must give the same pages, in the same
// order, ending with the undated events; and the nested values the statement brings must be those the per-kind
// loaders would have fetched.
import neo4j from 'neo4j-driver';

import { Database } from '../../src/db/database';
import type { BundleClaim, BundleEvent, DocumentBundle } from '../../src/ingest/bundle.types';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { startTestApi, type TestApi } from '../support/testApi';
import { testGraph, type TestGraph } from '../support/testGraph';

let graph: TestGraph;
let api: TestApi;

const dated = 40;
const undated = 4;

/** 44 events blamed on an air force (part of a state) by a witness, relayed by a wire; a militia blamed for some. */
function blamedOften(): DocumentBundle {
  const events: BundleEvent[] = Array.from({ length: dated + undated }, (_, i) => ({
    id: `event:walk-${String(i).padStart(2, '0')}`,
    kind: i % 3 === 0 ? 'SHELLING' : 'AIRSTRIKE',
    title: `Walk event ${i}`,
    // Two events a day, so the order leans on ids within a day; the last four have no date at all.
    ...(i < dated
      ? { startDate: `2022-03-${String(Math.floor(i / 2) + 1).padStart(2, '0')}`, datePrecision: 'DAY' as const }
      : {}),
    locationId: `loc:walk-district-${i % 2}`,
  }));
  const claims: BundleClaim[] = events.flatMap((event, i): BundleClaim[] => [
    {
      id: `claim:walk-witness-${i}`,
      kind: 'ATTRIBUTION',
      stance: 'ASSERTS',
      sourceId: 'source:walk-witness',
      eventId: event.id,
      actorId: 'actor:walk-air-force',
      quote: `jets over ${i}`,
      confidence: (i % 10) / 10,
      documentId: 'doc:walk-report',
      ...(i % 3 === 0 ? { figures: { killed: i } } : {}),
    },
    {
      id: `claim:walk-wire-${i}`,
      kind: 'ATTRIBUTION',
      stance: 'ASSERTS',
      sourceId: 'source:walk-wire',
      eventId: event.id,
      actorId: 'actor:walk-air-force',
      relaysClaimId: `claim:walk-witness-${i}`,
    },
    ...(i % 5 === 0
      ? [
          {
            id: `claim:walk-militia-${i}`,
            kind: 'ATTRIBUTION',
            stance: 'ASSERTS',
            sourceId: 'source:walk-ministry',
            eventId: event.id,
            actorId: 'actor:walk-militia',
          } as BundleClaim,
        ]
      : []),
    ...(i % 7 === 0
      ? [
          {
            id: `claim:walk-denial-${i}`,
            kind: 'DENIAL',
            stance: 'DENIES',
            sourceId: 'source:walk-ministry',
            eventId: event.id,
            actorId: 'actor:walk-air-force',
          } as BundleClaim,
        ]
      : []),
  ]);
  return {
    documents: [
      {
        id: 'doc:walk-report',
        title: 'Walk report',
        url: 'https://example.org/walk',
        publishedOn: '2022-04-01',
        publishedOnPrecision: 'DAY',
        publisherId: 'source:walk-wire',
      },
    ],
    actors: [
      { id: 'actor:walk-state', name: 'Walk State', kind: 'STATE' },
      { id: 'actor:walk-air-force', name: 'Walk Air Force', kind: 'MILITARY_UNIT' },
      { id: 'actor:walk-militia', name: 'Walk Militia', kind: 'ARMED_GROUP' },
    ],
    actorTies: [{ fromId: 'actor:walk-air-force', toId: 'actor:walk-state', kind: 'PART_OF' }],
    actorPlaceTies: [],
    locations: [
      { id: 'loc:walk-city', name: 'Walk City', kind: 'CITY', latitude: 32, longitude: 22, geoPrecision: 'CITY' },
      {
        id: 'loc:walk-district-0',
        name: 'Walk District 0',
        kind: 'DISTRICT',
        latitude: 32.01,
        longitude: 22.01,
        geoPrecision: 'EXACT',
        parentId: 'loc:walk-city',
      },
      {
        id: 'loc:walk-district-1',
        name: 'Walk District 1',
        kind: 'DISTRICT',
        latitude: 32.02,
        longitude: 22.02,
        geoPrecision: 'EXACT',
        parentId: 'loc:walk-city',
      },
    ],
    sources: [
      { id: 'source:walk-witness', name: 'Walk Witness', kind: 'WITNESS' },
      { id: 'source:walk-wire', name: 'Walk Wire', kind: 'WIRE_SERVICE' },
      { id: 'source:walk-ministry', name: 'Walk Ministry', kind: 'OFFICIAL', affiliatedActorId: 'actor:walk-state' },
    ],
    events,
    claims,
  };
}

beforeAll(async () => {
  graph = testGraph();
  await graph.reset();
  await ingestBundle(graph.db, blamedOften(), { by: 'test' });
  api = await startTestApi(graph.db);
});

afterAll(async () => {
  await api.close();
  await graph.reset();
  await graph.close();
});

const allDetail = { event: true, place: true, claim: true, source: true, document: true };
const noDetail = { event: false, place: false, claim: false, source: false, document: false };

/** The page statements' parameters for the canonical question about the state and its units, as the API sends them. */
function statementParams(overrides: Record<string, unknown> = {}) {
  return {
    actorId: 'actor:walk-state',
    includeSubordinates: true,
    sourceId: null,
    sourceAsRelayer: false,
    kinds: null,
    from: null,
    to: null,
    locationId: null,
    center: null,
    radiusMeters: null,
    minConfidence: null,
    includeRetracted: false,
    descending: true,
    skip: neo4j.int(0),
    limit: neo4j.int(5),
    detail: allDetail,
    ...overrides,
  };
}

type HitRow = { claimIds: string[]; claims: { id: string }[]; sources: unknown[]; documents: unknown[] };

/** A hit with its claims (and their sources and documents, index for index) by claim id: the two ways collect them in different orders. */
function byClaimId(hit: HitRow): HitRow {
  const order = hit.claims
    .map((claim, i) => [claim.id, i] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, i]) => i);
  return {
    ...hit,
    claimIds: [...hit.claimIds].sort(),
    claims: order.map((i) => hit.claims[i]),
    sources: order.map((i) => hit.sources[i]),
    documents: order.map((i) => hit.documents[i]),
  };
}

test('with matches this common the walk runs, and ends where counting does', async () => {
  const [walking] = await graph.db.read('eventsAttributedToWalked', statementParams());
  expect(walking).toMatchObject({ walked: true, exhausted: false });
  expect(walking.page).toHaveLength(6);
  const [counting] = await graph.db.read('eventsAttributedToCounted', statementParams());
  expect(counting.totalCount).toBe(dated + undated);
  expect(walking.page.slice(0, 5).map(byClaimId)).toEqual(counting.page.map(byClaimId));
});

test('an actor blamed rarely is counted even when the total is not asked for', async () => {
  const [row] = await graph.db.read('eventsAttributedToWalked', statementParams({ actorId: 'actor:walk-militia' }));
  expect(row).toMatchObject({ walked: false, page: [] });
});

test('an actor blamed often, asked about a source that seldom blames anyone, is counted: walking would pass most events', async () => {
  const page = { limit: neo4j.int(20) };
  const [anySource] = await graph.db.read('eventsAttributedToWalked', statementParams(page));
  expect(anySource.walked).toBe(true);
  const [ministry] = await graph.db.read(
    'eventsAttributedToWalked',
    statementParams({ ...page, sourceId: 'source:walk-ministry' }),
  );
  expect(ministry.walked).toBe(false);
});

test('walking and counting bring the same summaries, with their detail and without', async () => {
  for (const params of [
    statementParams({ limit: neo4j.int(12), sourceId: 'source:walk-wire', sourceAsRelayer: true }),
    statementParams({ limit: neo4j.int(12), skip: neo4j.int(3), detail: noDetail }),
  ]) {
    const [walking] = await graph.db.read('eventsAttributedToWalked', params);
    const [counting] = await graph.db.read('eventsAttributedToCounted', params);
    expect(walking.walked).toBe(true);
    expect(counting.page).toHaveLength(12);
    expect(walking.page.slice(0, 12).map(byClaimId)).toEqual(counting.page.map(byClaimId));
  }
});

const pageQuery = (arguments_: string, withTotal: boolean) => `query ($after: String) {
  eventsAttributedTo(${arguments_}, first: 7, after: $after) {
    ${withTotal ? 'totalCount' : ''}
    pageInfo { hasNextPage hasPreviousPage }
    edges { cursor node { id startDate location { name } } matchedClaims { id figures { killed } source { name } document { title } } }
  }
}`;

interface PageOfEvents {
  pageInfo: { hasNextPage: boolean };
  edges: { cursor: string }[];
}

/** Every page of a query, each asked after the previous page's last cursor, to the end; cursors left out. */
async function allPages(query: string): Promise<{ ids: string[]; pages: unknown[] }> {
  const pages: unknown[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 20; guard += 1) {
    const response = await api.gql<{ eventsAttributedTo: PageOfEvents }>(query, { after });
    expect(response.errors).toBeUndefined();
    const connection: PageOfEvents = response.data!.eventsAttributedTo;
    pages.push({
      pageInfo: connection.pageInfo,
      edges: connection.edges.map((edge: { cursor: string }) => ({ ...edge, cursor: undefined })),
    });
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.edges[connection.edges.length - 1].cursor;
  }
  const ids = pages.flatMap((page) =>
    (page as { edges: { node: { id: string } }[] }).edges.map((edge) => edge.node.id),
  );
  return { ids, pages };
}

test.each([
  ['the state and its units', 'actor: {id: "actor:walk-state"}, includeSubordinates: true'],
  [
    'by the witness as maker',
    'actor: {id: "actor:walk-state"}, includeSubordinates: true, source: {id: "source:walk-witness"}',
  ],
  [
    'by the witness as maker or relayer',
    'actor: {id: "actor:walk-air-force"}, source: {id: "source:walk-witness"}, sourceRole: MAKER_OR_RELAYER',
  ],
  ['airstrikes only, confident claims', 'actor: {name: "Walk Air Force"}, kinds: [AIRSTRIKE], minConfidence: 0.3'],
])('%s: paging without totalCount walks to the same pages as paging with it', async (_name, arguments_) => {
  const counted = await allPages(pageQuery(arguments_, true));
  const walked = await allPages(pageQuery(arguments_, false));
  expect(walked.pages).toEqual(counted.pages);
  expect(walked.ids.length).toBeGreaterThan(7);
  expect(new Set(walked.ids).size).toBe(walked.ids.length);
});

test('the whole list, walked, is newest first with ties by id and the undated events last', async () => {
  const { ids } = await allPages(pageQuery('actor: {id: "actor:walk-state"}, includeSubordinates: true', false));
  const expected = [
    ...Array.from({ length: dated }, (_, i) => i).sort((a, b) => Math.floor(b / 2) - Math.floor(a / 2) || a - b),
    ...Array.from({ length: undated }, (_, i) => dated + i),
  ].map((i) => `event:walk-${String(i).padStart(2, '0')}`);
  expect(ids).toEqual(expected);
});

type Row = Record<string, unknown>;
interface PageRow {
  page: {
    event: Row & { id: string };
    claimIds: string[];
    location: Row | null;
    claims: Row[];
    sources: Row[];
    documents: (Row | null)[];
  }[];
}
interface ObjectsRow {
  events: Row[];
  locations: Row[];
  claims: Row[];
  documents: Row[];
  sources: Row[];
}

/** A page of the canonical statement (blamed on the state and its units, made or relayed by the wire) and its whole objects. */
async function pageAndObjects(
  overrides: Record<string, unknown> = {},
): Promise<{ page: PageRow['page']; objects: ObjectsRow }> {
  const [{ page }] = await graph.db.read(
    'eventsAttributedToCounted',
    statementParams({ limit: neo4j.int(12), sourceId: 'source:walk-wire', sourceAsRelayer: true, ...overrides }),
  );
  const [objects] = await graph.db.read('attributedPageObjects', {
    eventIds: page.map((hit) => hit.event.id),
    claimIds: page.flatMap((hit) => hit.claimIds),
  });
  return { page, objects };
}

test("a page's whole objects are those the per-kind statements give", async () => {
  const { page, objects } = await pageAndObjects();
  /** The items as `read` gives the objects of their ids. */
  const byId = async (items: Row[], read: (ids: string[]) => Promise<Row[]>) => {
    const found = new Map((await read(items.map((item) => item.id as string))).map((object) => [object.id, object]));
    return items.map((item) => found.get(item.id));
  };
  expect(objects.events.map((event) => event.id)).toEqual(page.map((hit) => hit.event.id));
  expect(objects.claims.map((claim) => claim.id)).toEqual(page.flatMap((hit) => hit.claimIds));
  expect(objects.claims.length).toBeGreaterThan(12);
  expect(objects.events).toEqual(
    await byId(objects.events, async (ids) => (await graph.db.read('eventsByIds', { ids })).map((row) => row.event)),
  );
  expect(objects.claims).toEqual(
    await byId(objects.claims, async (ids) => (await graph.db.read('claimsByIds', { ids })).map((row) => row.claim)),
  );
  // Places, documents and sources come once each for the whole page.
  expect(objects.locations.map((location) => location.id).sort()).toEqual(
    [...new Set(objects.events.map((event) => event.locationId).filter(Boolean))].sort(),
  );
  expect(objects.locations).toEqual(
    await byId(objects.locations, async (ids) =>
      (await graph.db.read('locationsByIds', { ids })).map((row) => row.location),
    ),
  );
  expect(objects.documents.map((document) => document.id).sort()).toEqual(
    [...new Set(objects.claims.map((claim) => claim.documentId).filter(Boolean))].sort(),
  );
  expect(objects.documents.length).toBeGreaterThan(0);
  expect(objects.documents).toEqual(
    await byId(objects.documents, async (ids) =>
      (await graph.db.read('documentsByIds', { ids })).map((row) => row.document),
    ),
  );
  expect(objects.sources.map((source) => source.id).sort()).toEqual(
    [...new Set(objects.claims.map((claim) => claim.sourceId))].sort(),
  );
  expect(objects.sources).toHaveLength(2);
  expect(objects.sources).toEqual(
    await byId(objects.sources, async (ids) => (await graph.db.read('sourcesByIds', { ids })).map((row) => row.source)),
  );
});

const summaryFields = {
  event: ['id', 'kind', 'title', 'startDate'],
  eventDetail: ['endDate', 'datePrecision'],
  place: ['id', 'name'],
  placeDetail: ['kind', 'point', 'countryCode'],
  claim: ['id', 'kind', 'stance', 'quote', 'confidence'],
  claimDetail: [
    'claimedOn',
    'killed',
    'injured',
    'civiliansKilled',
    'figuresAreMinimum',
    'killedLow',
    'killedHigh',
    'unknownStatusKilled',
    'killedAmongActorIds',
    'killedAmongCounts',
  ],
  source: ['id', 'name'],
  sourceDetail: ['kind', 'url'],
  document: ['id', 'title', 'url'],
  documentDetail: ['publishedOn'],
};

/** The summaries a page should carry, from its whole objects: the basic fields, and the detail fields if asked for. */
function expectedSummaries(page: PageRow['page'], objects: ObjectsRow, withDetail: boolean) {
  const pick = (row: Row, part: keyof typeof summaryFields & ('event' | 'place' | 'claim' | 'source' | 'document')) =>
    Object.fromEntries(
      [...summaryFields[part], ...(withDetail ? summaryFields[`${part}Detail`] : [])].map((key) => [key, row[key]]),
    );
  const byId = (rows: Row[]) => new Map(rows.map((row) => [row.id, row]));
  const [events, locations, claims, documents, sources] = [
    objects.events,
    objects.locations,
    objects.claims,
    objects.documents,
    objects.sources,
  ].map(byId);
  return page.map((hit) => {
    const event = events.get(hit.event.id)!;
    const hitClaims = hit.claimIds.map((id) => claims.get(id)!);
    return {
      event: pick(event, 'event'),
      location: event.locationId ? pick(locations.get(event.locationId)!, 'place') : null,
      claims: hitClaims.map((claim) => pick(claim, 'claim')),
      sources: hitClaims.map((claim) => pick(sources.get(claim.sourceId)!, 'source')),
      documents: hitClaims.map((claim) =>
        claim.documentId ? pick(documents.get(claim.documentId)!, 'document') : null,
      ),
    };
  });
}

const summariesOf = (page: PageRow['page']) =>
  page.map(({ event, location, claims, sources, documents }) => ({ event, location, claims, sources, documents }));

test('summaries carry what the whole objects say: their basic fields, and their detail when asked for', async () => {
  const withDetail = await pageAndObjects();
  const expected = expectedSummaries(withDetail.page, withDetail.objects, true);
  expect(summariesOf(withDetail.page)).toEqual(expected);
  const all = <T>(pick: (hit: (typeof expected)[number]) => T[]) => expected.flatMap(pick);
  expect(all((hit) => hit.documents).filter((document) => document !== null).length).toBeGreaterThan(0);
  expect(all((hit) => hit.claims).filter((claim) => claim.killed != null).length).toBeGreaterThan(0);
  expect(all((hit) => [hit.location]).filter((location) => location !== null).length).toBeGreaterThan(0);

  const basic = await pageAndObjects({ detail: noDetail });
  expect(summariesOf(basic.page)).toEqual(expectedSummaries(basic.page, basic.objects, false));
});

test('a page read as summaries answers as one of whole objects does, and a field beyond them still comes', async () => {
  // Attributions come from the event's id alone: summaries serve them.
  const asSummaries = pageQuery('actor: {id: "actor:walk-state"}, includeSubordinates: true', false).replace(
    'node { id',
    'node { attributions { actor { name } } id',
  );
  // `updatedAt` is no summary field: asking for it makes the page whole objects.
  const asWholeObjects = asSummaries
    .replace('node { attributions', 'node { updatedAt attributions')
    .replace('source { name', 'source { updatedAt name');
  // Each request reads through its own Database (counting its round trips): watch them all.
  const reads = jest.spyOn(Database.prototype, 'read');
  const statementsRead = () => new Set(reads.mock.calls.map(([statement]) => statement));
  const summarised = await allPages(asSummaries);
  const readForSummaries = statementsRead();
  reads.mockClear();
  const whole = await allPages(asWholeObjects);
  const readForWholeObjects = statementsRead();
  reads.mockRestore();
  // The last page's walk runs out of dated events, and counting brings the undated ones; attributions read the claims.
  expect(readForSummaries).toEqual(
    new Set(['eventsAttributedToWalked', 'eventsAttributedToCounted', 'claimsAboutEvents']),
  );
  expect(readForWholeObjects).toEqual(
    new Set(['eventsAttributedToWalked', 'eventsAttributedToCounted', 'attributedPageObjects', 'claimsAboutEvents']),
  );
  type Page = { edges: { node: Record<string, unknown>; matchedClaims: { source: Record<string, unknown> }[] }[] };
  for (const page of whole.pages as Page[]) {
    for (const edge of page.edges) {
      expect(edge.node.updatedAt).toEqual(expect.any(String));
      delete edge.node.updatedAt;
      for (const claim of edge.matchedClaims) {
        expect(claim.source.updatedAt).toEqual(expect.any(String));
        delete claim.source.updatedAt;
      }
    }
  }
  expect(summarised.pages).toEqual(whole.pages);
  expect(summarised.ids.length).toBeGreaterThan(7);
});
