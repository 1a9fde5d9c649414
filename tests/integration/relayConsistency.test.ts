// A claim may relay only a claim about the same incident: its own event, one of its parts, or the event it is part of.
// Otherwise bundles, addClaim and updateEvent are refused with BAD_USER_INPUT naming the field, and nothing is written.
import { BadInputError } from '../../src/errors/BadInputError';
import type { DocumentBundle } from '../../src/ingest/bundle.types';
import { emptyBundle } from '../../src/ingest/emptyBundle';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { validateBundle } from '../../src/ingest/validateBundle';
import { seededApi, type SeededApi } from '../support/seededApi';
import type { TestApi } from '../support/testApi';
import type { TestGraph } from '../support/testGraph';

let graph: TestGraph;
let api: TestApi;
let seeded: SeededApi;

const dernaStrike = 'event:derna-airstrikes-2017-10-30';
const alFatayeh = 'event:derna-airstrike-al-fatayeh-2017-10-30';
const houn = 'event:egyptian-airstrike-houn-2017-05';
/** Libya Observer's 15 killed, about Al-Fatayeh. */
const fifteenKilled = 'claim:libya-observer-15-killed-25-injured';
/** The article's "unknown airstrikes bombed Derna", about the whole strike. */
const unknownAirstrikes = 'claim:article-unknown-airstrikes-bombed-derna';

const addClaim = 'mutation ($input: AddClaimInput!) { addClaim(input: $input) { id event { id } relays { id } } }';
const updateEvent = 'mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { id partOf { id } } }';
const relaying = (id: string, eventId: string, relaysClaimId: string) => ({
  id,
  kind: 'CASUALTY_COUNT',
  stance: 'ASSERTS',
  sourceId: 'source:reuters',
  eventId,
  relaysClaimId,
});
beforeAll(async () => {
  seeded = await seededApi();
  ({ graph, api } = seeded);
});

afterAll(() => seeded.close());

test('a claim about a whole may relay one about its part, and a claim about a part one about its whole', async () => {
  const up = await api.gql(addClaim, { input: relaying('claim:reuters-relays-15-killed', dernaStrike, fifteenKilled) });
  expect(up.errors).toBeUndefined();
  expect(up.data?.addClaim).toEqual({
    id: 'claim:reuters-relays-15-killed',
    event: { id: dernaStrike },
    relays: { id: fifteenKilled },
  });
  const down = await api.gql(addClaim, {
    input: { ...relaying('claim:reuters-relays-unknown-airstrikes', alFatayeh, unknownAirstrikes), kind: 'OCCURRENCE' },
  });
  expect(down.errors).toBeUndefined();
});

test('addClaim relaying a claim about an unrelated event is BAD_USER_INPUT naming relaysClaimId, and writes nothing', async () => {
  const response = await api.gql(addClaim, { input: relaying('claim:houn-relays-derna', houn, fifteenKilled) });
  expect(response.errors?.[0]).toMatchObject({
    message: `relaysClaimId: "claim:houn-relays-derna" relays "${fifteenKilled}", which is about "${alFatayeh}": a claim may relay only a claim about its own event ("${houn}"), one of its parts, or an event it is part of`,
    extensions: { code: 'BAD_USER_INPUT', field: 'relaysClaimId' },
  });
  expect((await api.gql('{ node(id: "claim:houn-relays-derna") { id } }')).data?.node ?? null).toBeNull();
});

test('a bundle relaying a claim in the graph about an unrelated event is refused naming the claim’s field, and writes nothing', async () => {
  const before = await graph.counts();
  const bundle: DocumentBundle = {
    ...emptyBundle(),
    claims: [
      { id: 'claim:fine', kind: 'OCCURRENCE', stance: 'ASSERTS', sourceId: 'source:reuters', eventId: dernaStrike },
      {
        id: 'claim:across',
        kind: 'OCCURRENCE',
        stance: 'ASSERTS',
        sourceId: 'source:reuters',
        eventId: houn,
        relaysClaimId: unknownAirstrikes,
      },
    ],
  };
  const error = await ingestBundle(graph.db, bundle, { by: 'test' }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BadInputError);
  expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'claims[1].relaysClaimId' } });
  expect(await graph.counts()).toEqual(before);
});

test('a bundle whose own claims relay across its own unrelated events is refused before any write', () => {
  const bundle: DocumentBundle = {
    ...emptyBundle(),
    events: [
      { id: 'event:a', kind: 'AIRSTRIKE', title: 'A' },
      { id: 'event:a-part', kind: 'AIRSTRIKE', title: 'A, one part', partOfEventId: 'event:a' },
      { id: 'event:b', kind: 'AIRSTRIKE', title: 'B' },
    ],
    claims: [
      {
        id: 'claim:on-a-part',
        kind: 'OCCURRENCE',
        stance: 'ASSERTS',
        sourceId: 'source:reuters',
        eventId: 'event:a-part',
      },
      {
        id: 'claim:on-a',
        kind: 'OCCURRENCE',
        stance: 'ASSERTS',
        sourceId: 'source:reuters',
        eventId: 'event:a',
        relaysClaimId: 'claim:on-a-part',
      },
      {
        id: 'claim:on-b',
        kind: 'OCCURRENCE',
        stance: 'ASSERTS',
        sourceId: 'source:reuters',
        eventId: 'event:b',
        relaysClaimId: 'claim:on-a-part',
      },
    ],
  };
  expect(validateBundle(bundle).problems).toEqual([
    {
      field: 'claims[2].relaysClaimId',
      problem:
        '"claim:on-b" relays "claim:on-a-part", which is about "event:a-part": a claim may relay only a claim about its own event ("event:b"), one of its parts, or an event it is part of',
    },
  ]);
});

test('moving a part out of its whole when a claim about it relays one about the whole is BAD_USER_INPUT naming partOfEventId', async () => {
  const response = await api.gql(updateEvent, { input: { id: alFatayeh, partOfEventId: null } });
  expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'partOfEventId' } });
  // Both relays of the first test would be parted: Reuters' on the strike relaying Al-Fatayeh's toll, and the other way round.
  expect(response.errors?.[0].extensions?.problems).toEqual([
    expect.objectContaining({
      field: 'partOfEventId',
      problem: expect.stringContaining('"claim:reuters-relays-15-killed" relays'),
    }),
    expect.objectContaining({
      field: 'partOfEventId',
      problem: expect.stringContaining('"claim:reuters-relays-unknown-airstrikes" relays'),
    }),
  ]);
  expect((await api.gql(`{ event(id: "${alFatayeh}") { partOf { id } } }`)).data?.event).toEqual({
    partOf: { id: dernaStrike },
  });
});
