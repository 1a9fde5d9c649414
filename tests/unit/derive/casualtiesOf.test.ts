// The casualty range of an event: a source that gives its own range (UCDP's low / high) spans it beside others' figures.
import type { ClaimWithOrigin } from '../../../src/data/mappers';
import { casualtiesOf } from '../../../src/derive/casualtiesOf';

function report(id: string, figures: Record<string, unknown>, stance = 'ASSERTS'): ClaimWithOrigin {
  return {
    id, kind: 'CASUALTY_COUNT', stance, sourceId: `source:${id}`, eventId: 'event:e', actorId: null, originClaimId: id, originSourceId: `source:${id}`,
    actorKind: null, actorLineage: [], involvements: [],
    figures: { killed: null, injured: null, civiliansKilled: null, isMinimum: false, killedLow: null, killedHigh: null, unknownStatusKilled: null, killedAmong: [], ...figures },
  } as unknown as ClaimWithOrigin;
}

test('single figures give the range between the lowest and the highest', () => {
  expect(casualtiesOf([report('a', { killed: 15, injured: 25 }), report('b', { killed: 12 })])).toMatchObject({ killedLow: 12, killedHigh: 15, injuredLow: 25, injuredHigh: 25 });
});

test('a source\'s own low and high widen the range; its best estimate alone would not', () => {
  const ucdp = report('ucdp', { killed: 16, killedLow: 15, killedHigh: 17 });
  expect(casualtiesOf([ucdp])).toMatchObject({ killedLow: 15, killedHigh: 17 });
  expect(casualtiesOf([ucdp, report('acled', { killed: 12 })])).toMatchObject({ killedLow: 12, killedHigh: 17 });
  expect(casualtiesOf([ucdp, report('acled', { killed: 12 })]).reports.map((c) => c.id)).toEqual(['ucdp', 'acled']);
});

test('a range without a best estimate still counts, and a denial does not', () => {
  expect(casualtiesOf([report('a', { killedLow: 3, killedHigh: 9 }), report('b', { killed: 40 }, 'DENIES')])).toMatchObject({ killedLow: 3, killedHigh: 9 });
});
