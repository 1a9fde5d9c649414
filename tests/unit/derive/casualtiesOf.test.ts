// An event's casualty range over its and its parts' reports: one estimate per report, relays folded in, parts named;
// a source that gives its own range (UCDP's low / high) spans it beside others' figures.
import type { ClaimWithOrigin } from '../../../src/data/graphNodes';
import { casualtiesOf } from '../../../src/derive/casualtiesOf';

function report(
  id: string,
  eventId: string,
  killed: number | null,
  extra: Partial<ClaimWithOrigin> = {},
): ClaimWithOrigin {
  return {
    id,
    kind: 'CASUALTY_COUNT',
    stance: 'ASSERTS',
    sourceId: `source:${id}`,
    eventId,
    eventPath: [eventId],
    actorId: null,
    relaysClaimId: null,
    figures: { killed, injured: null, civiliansKilled: null, isMinimum: false },
    ...extra,
  } as unknown as ClaimWithOrigin;
}

test('a relay repeating its origin’s figures is the origin’s estimate; one giving other figures is its own', () => {
  const origin = report('origin', 'event:e', 10);
  const range = casualtiesOf(
    [
      origin,
      report('wire', 'event:e', 10, { relaysClaimId: 'origin' }),
      report('paper', 'event:e', 14, { relaysClaimId: 'origin' }),
    ],
    'event:e',
  );
  expect(range.estimates.map((e) => [e.claim.id, e.relays.map((r) => r.id), e.killed])).toEqual([
    ['origin', ['wire'], 10],
    ['paper', [], 14],
  ]);
  expect([range.killedLow, range.killedHigh]).toEqual([10, 14]);
  expect(range.reports).toHaveLength(3);
});

test('figures about parts are not added up; the breakdown puts the event itself first, then each part', () => {
  const range = casualtiesOf(
    [report('a', 'event:part-1', 7), report('b', 'event:part-2', 5), report('c', 'event:e', 9)],
    'event:e',
  );
  expect([range.killedLow, range.killedHigh]).toEqual([5, 9]);
  expect(range.byEvent.map((r) => [r.eventId, r.killedLow, r.killedHigh])).toEqual([
    ['event:e', 9, 9],
    ['event:part-1', 7, 7],
    ['event:part-2', 5, 5],
  ]);
});

test('a denying claim gives no estimate, and no figures give no range', () => {
  expect(
    casualtiesOf([report('a', 'event:e', 3, { stance: 'DENIES' } as Partial<ClaimWithOrigin>)], 'event:e'),
  ).toMatchObject({ killedLow: null, killedHigh: null, estimates: [], byEvent: [] });
});

function rangeReport(id: string, figures: Record<string, unknown>, stance = 'ASSERTS'): ClaimWithOrigin {
  return {
    id,
    kind: 'CASUALTY_COUNT',
    stance,
    sourceId: `source:${id}`,
    eventId: 'event:e',
    actorId: null,
    originClaimId: id,
    originSourceId: `source:${id}`,
    actorKind: null,
    actorLineage: [],
    involvements: [],
    figures: {
      killed: null,
      injured: null,
      civiliansKilled: null,
      isMinimum: false,
      killedLow: null,
      killedHigh: null,
      unknownStatusKilled: null,
      killedAmong: [],
      ...figures,
    },
  } as unknown as ClaimWithOrigin;
}

test('single figures give the range between the lowest and the highest', () => {
  expect(casualtiesOf([rangeReport('a', { killed: 15, injured: 25 }), rangeReport('b', { killed: 12 })])).toMatchObject(
    {
      killedLow: 12,
      killedHigh: 15,
      injuredLow: 25,
      injuredHigh: 25,
    },
  );
});

test("a source's own low and high widen the range; its best estimate alone would not", () => {
  const ucdp = rangeReport('ucdp', { killed: 16, killedLow: 15, killedHigh: 17 });
  expect(casualtiesOf([ucdp])).toMatchObject({ killedLow: 15, killedHigh: 17 });
  expect(casualtiesOf([ucdp, rangeReport('acled', { killed: 12 })])).toMatchObject({ killedLow: 12, killedHigh: 17 });
  expect(casualtiesOf([ucdp, rangeReport('acled', { killed: 12 })]).reports.map((c) => c.id)).toEqual([
    'ucdp',
    'acled',
  ]);
});

test('a range without a best estimate still counts, and a denial does not', () => {
  expect(
    casualtiesOf([rangeReport('a', { killedLow: 3, killedHigh: 9 }), rangeReport('b', { killed: 40 }, 'DENIES')]),
  ).toMatchObject({ killedLow: 3, killedHigh: 9 });
});

test("a part's own low and high roll up into the event's range and its part's breakdown", () => {
  const ucdp = report('ucdp', 'event:part-1', 16, {
    figures: { killed: 16, killedLow: 15, killedHigh: 17, injured: null, civiliansKilled: null, isMinimum: false },
  } as Partial<ClaimWithOrigin>);
  const range = casualtiesOf([report('a', 'event:e', 12), ucdp], 'event:e');
  expect([range.killedLow, range.killedHigh]).toEqual([12, 17]);
  expect(range.estimates.map((e) => [e.claim.id, e.killed, e.killedLow, e.killedHigh])).toEqual([
    ['a', 12, 12, 12],
    ['ucdp', 16, 15, 17],
  ]);
  expect(range.byEvent.map((r) => [r.eventId, r.killedLow, r.killedHigh])).toEqual([
    ['event:e', 12, 12],
    ['event:part-1', 15, 17],
  ]);
});
