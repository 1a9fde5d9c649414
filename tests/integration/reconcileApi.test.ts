// The editors' side over HTTP: an event's candidates, the review queue, join / keep apart / split, merging places and
// pinning dataset names, each in the change feed.
import type { DocumentBundle } from '../../src/ingest/bundle.types';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { seededApi, type SeededApi } from '../support/seededApi';

let seeded: SeededApi;

beforeAll(async () => {
  seeded = await seededApi();
});
afterAll(() => seeded.close());

/** A wire report of the seed's Derna strike known only to the week: close enough to propose, not to join alone. */
const weekReport: DocumentBundle = {
  documents: [],
  actors: [],
  actorTies: [],
  actorPlaceTies: [],
  locations: [],
  sources: [{ id: 'source:weekly-digest', name: 'A weekly digest', kind: 'NEWS_OUTLET' }],
  events: [
    {
      id: 'event:digest-derna',
      kind: 'ATTACK',
      title: 'Attack on Derna',
      startDate: '2017-10-27',
      endDate: '2017-11-02',
      locationId: 'loc:derna',
    },
  ],
  claims: [
    {
      id: 'claim:digest-derna',
      kind: 'CASUALTY_COUNT',
      stance: 'ASSERTS',
      sourceId: 'source:weekly-digest',
      eventId: 'event:digest-derna',
      figures: { killed: 12 },
    },
  ],
};

const queue = `query ($first: Int, $after: String) { reviewQueue(first: $first, after: $after) {
  totalCount
  edges { cursor node { score reasons event { id } candidate { id } } }
  pageInfo { hasNextPage endCursor }
} }`;

test('a report known to the week waits in the review queue, best candidate first, and eventCandidates explains each', async () => {
  await ingestBundle(seeded.graph.db, weekReport, { by: 'test' });
  const { data } = await seeded.api.gql(queue, { first: 1 });
  expect(data?.reviewQueue.totalCount).toBeGreaterThanOrEqual(1);
  const [first] = data?.reviewQueue.edges ?? [];
  expect(first.node.event.id).toBe('event:digest-derna');
  expect(first.node.candidate.id).toMatch(/^event:derna-airstrike/);

  const { data: explained } = await seeded.api.gql(
    'query { eventCandidates(id: "event:digest-derna") { score reasons preciseEnough event { id } } }',
  );
  const candidates = explained?.eventCandidates ?? [];
  expect(candidates[0]).toMatchObject({
    preciseEnough: false,
    reasons: expect.arrayContaining(['compatible kinds (ATTACK / AIRSTRIKE: 0.6)']),
  });
  const scores = candidates.map((c: { score: number }) => c.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
});

test('the queue pages by cursor without repeating a pair', async () => {
  const { data: all } = await seeded.api.gql(queue, { first: 100 });
  const { data: page1 } = await seeded.api.gql(queue, { first: 1 });
  const { data: page2 } = await seeded.api.gql(queue, { first: 100, after: page1?.reviewQueue.pageInfo.endCursor });
  const key = (e: { node: { event: { id: string }; candidate: { id: string } } }) =>
    `${e.node.event.id}>${e.node.candidate.id}`;
  expect([...(page1?.reviewQueue.edges ?? []), ...(page2?.reviewQueue.edges ?? [])].map(key)).toEqual(
    all?.reviewQueue.edges.map(key),
  );
});

test('an editor joins the report into the incident, and splits it off again', async () => {
  const joined = await seeded.api.gql(
    'mutation { joinEvents(incidentId: "event:derna-airstrikes-2017-10-30", eventId: "event:digest-derna") { id casualties { killedHigh } } }',
  );
  expect(joined.errors).toBeUndefined();
  expect(joined.data?.joinEvents.id).toBe('event:derna-airstrikes-2017-10-30');
  const { data: viaOldId } = await seeded.api.gql('{ event(id: "event:digest-derna") { id claims { id } } }');
  expect(viaOldId?.event.id).toBe('event:derna-airstrikes-2017-10-30');
  expect(viaOldId?.event.claims.map((c: { id: string }) => c.id)).toContain('claim:digest-derna');
  const { data: feed } = await seeded.api.gql(
    '{ changes(first: 1000) { edges { node { id kind change mergedIntoId } } } }',
  );
  expect(feed?.changes.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
    id: 'event:digest-derna',
    kind: 'EVENT',
    change: 'MERGED',
    mergedIntoId: 'event:derna-airstrikes-2017-10-30',
  });
  const { data: rest } = await seeded.api.gql(queue, { first: 100 });
  expect(
    rest?.reviewQueue.edges.filter(
      (e: { node: { event: { id: string } } }) => e.node.event.id === 'event:digest-derna',
    ),
  ).toEqual([]);

  const split = await seeded.api.gql(
    'mutation { splitEvent(id: "event:digest-derna") { id kind location { id } claims { id } } }',
  );
  expect(split.data?.splitEvent).toEqual({
    id: 'event:digest-derna',
    kind: 'ATTACK',
    location: { id: 'loc:derna' },
    claims: [{ id: 'claim:digest-derna' }],
  });
  const { data: incident } = await seeded.api.gql(
    '{ event(id: "event:derna-airstrikes-2017-10-30") { claims { id } } }',
  );
  expect(incident?.event.claims.map((c: { id: string }) => c.id)).not.toContain('claim:digest-derna');
  // Split pairs are kept apart: the matcher does not propose them again.
  const { data: after } = await seeded.api.gql('query { eventCandidates(id: "event:digest-derna") { event { id } } }');
  expect(after?.eventCandidates.map((c: { event: { id: string } }) => c.event.id)).not.toContain(
    'event:derna-airstrikes-2017-10-30',
  );
});

test('splitting an event that was never joined is a CONFLICT; joining an unknown id NOT_FOUND', async () => {
  const split = await seeded.api.gql('mutation { splitEvent(id: "event:derna-airstrikes-2017-10-30") { id } }');
  expect(split.errors?.[0].extensions?.code).toBe('CONFLICT');
  const join = await seeded.api.gql(
    'mutation { joinEvents(incidentId: "event:derna-airstrikes-2017-10-30", eventId: "event:nope") { id } }',
  );
  expect(join.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', id: 'event:nope' });
});

test('keepApart takes a pair out of the queue for good', async () => {
  await ingestBundle(
    seeded.graph.db,
    {
      ...weekReport,
      events: [{ ...weekReport.events[0], id: 'event:digest-derna-2' }],
      claims: [{ ...weekReport.claims[0], id: 'claim:digest-derna-2', eventId: 'event:digest-derna-2' }],
    },
    { by: 'test' },
  );
  const { data } = await seeded.api.gql('query { eventCandidates(id: "event:digest-derna-2") { event { id } } }');
  const ids = data?.eventCandidates.map((c: { event: { id: string } }) => c.event.id) ?? [];
  expect(ids.length).toBeGreaterThan(0);
  for (const otherId of ids) {
    const kept = await seeded.api.gql(
      'mutation ($otherId: ID!) { keepApart(eventId: "event:digest-derna-2", otherId: $otherId) { id } }',
      { otherId },
    );
    expect(kept.errors).toBeUndefined();
  }
  const { data: again } = await seeded.api.gql(
    'query { eventCandidates(id: "event:digest-derna-2") { event { id } } }',
  );
  expect(again?.eventCandidates).toEqual([]);
});

test('mergeLocations makes two places one, and the old id answers with the survivor', async () => {
  await ingestBundle(
    seeded.graph.db,
    {
      documents: [],
      actors: [],
      actorTies: [],
      actorPlaceTies: [],
      sources: [],
      events: [],
      claims: [],
      // Too far from Derna's point for the rule (a gazetteer's point for the district): an editor merges it.
      locations: [
        {
          id: 'loc:darnah-district-town',
          name: 'Darnah town',
          kind: 'CITY',
          parentId: 'loc:libya',
          latitude: 32.5,
          longitude: 22.3,
          geoPrecision: 'CITY',
        },
      ],
    },
    { by: 'test' },
  );
  const merged = await seeded.api.gql(
    'mutation { mergeLocations(survivorId: "loc:derna", mergedId: "loc:darnah-district-town") { id aliases } }',
  );
  expect(merged.data?.mergeLocations).toEqual({
    id: 'loc:derna',
    aliases: expect.arrayContaining(['Darnah', 'Darnah town']),
  });
  const { data } = await seeded.api.gql('{ location(id: "loc:darnah-district-town") { id } }');
  expect(data?.location.id).toBe('loc:derna');
  const { data: feed } = await seeded.api.gql('{ changes(first: 1000) { edges { node { id change mergedIntoId } } } }');
  expect(feed?.changes.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
    id: 'loc:darnah-district-town',
    change: 'MERGED',
    mergedIntoId: 'loc:derna',
  });
});

test('the crosswalk resolves ACLED names: the seed pins the LNA, an editor pins another, ambiguous names are only listed', async () => {
  const { data } = await seeded.api.gql(
    'query { actorCandidates(name: "Military Forces of Libya (2014-) Haftar Faction") { score basis actor { id } } }',
  );
  expect(data?.actorCandidates[0]).toEqual({ score: 1, basis: 'PIN', actor: { id: 'actor:libyan-national-army' } });

  const pin = await seeded.api.gql(
    'mutation { pinActorName(scheme: "acled", name: "Unidentified Armed Group (Libya)", actorId: "actor:unknown-warplanes-derna-2017-10") { id } }',
  );
  expect(pin.errors).toBeUndefined();
  const { data: pinned } = await seeded.api.gql(
    'query { actorCandidates(name: "Unidentified Armed Group (Libya)") { basis actor { id } } }',
  );
  expect(pinned?.actorCandidates[0]).toEqual({ basis: 'PIN', actor: { id: 'actor:unknown-warplanes-derna-2017-10' } });

  const unknownActor = await seeded.api.gql(
    'mutation { pinActorName(scheme: "acled", name: "X", actorId: "actor:nope") { id } }',
  );
  expect(unknownActor.errors?.[0].extensions?.code).toBe('NOT_FOUND');
});
