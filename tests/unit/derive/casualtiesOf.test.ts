// An event's casualty range over its and its parts' reports: one estimate per report, relays folded in, parts named.
import type { ClaimWithOrigin } from '../../../src/db/mappers';
import { casualtiesOf } from '../../../src/derive/casualtiesOf';

function report(id: string, eventId: string, killed: number | null, extra: Partial<ClaimWithOrigin> = {}): ClaimWithOrigin {
  return {
    id, kind: 'CASUALTY_COUNT', stance: 'ASSERTS', sourceId: `source:${id}`, eventId, eventPath: [eventId], actorId: null, relaysClaimId: null,
    figures: { killed, injured: null, civiliansKilled: null, isMinimum: false }, ...extra,
  } as unknown as ClaimWithOrigin;
}

test('a relay repeating its origin’s figures is the origin’s estimate; one giving other figures is its own', () => {
  const origin = report('origin', 'event:e', 10);
  const range = casualtiesOf([origin, report('wire', 'event:e', 10, { relaysClaimId: 'origin' }), report('paper', 'event:e', 14, { relaysClaimId: 'origin' })], 'event:e');
  expect(range.estimates.map((e) => [e.claim.id, e.relays.map((r) => r.id), e.killed])).toEqual([['origin', ['wire'], 10], ['paper', [], 14]]);
  expect([range.killedLow, range.killedHigh]).toEqual([10, 14]);
  expect(range.reports).toHaveLength(3);
});

test('figures about parts are not added up; the breakdown puts the event itself first, then each part', () => {
  const range = casualtiesOf([report('a', 'event:part-1', 7), report('b', 'event:part-2', 5), report('c', 'event:e', 9)], 'event:e');
  expect([range.killedLow, range.killedHigh]).toEqual([5, 9]);
  expect(range.byEvent.map((r) => [r.eventId, r.killedLow, r.killedHigh])).toEqual([['event:e', 9, 9], ['event:part-1', 7, 7], ['event:part-2', 5, 5]]);
});

test('a denying claim gives no estimate, and no figures give no range', () => {
  expect(casualtiesOf([report('a', 'event:e', 3, { stance: 'DENIES' } as Partial<ClaimWithOrigin>)], 'event:e')).toMatchObject({ killedLow: null, killedHigh: null, estimates: [], byEvent: [] });
});
