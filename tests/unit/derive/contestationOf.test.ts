// When sources disagree about who is behind an event, and when they only seem to.
import type { ClaimWithOrigin } from '../../../src/data/mappers';
import { contestationOf } from '../../../src/derive/contestationOf';

let next = 0;
function blame(actorId: string, sourceId: string, extra: Partial<ClaimWithOrigin> = {}): ClaimWithOrigin {
  next += 1;
  return {
    id: `claim:${next}`,
    kind: 'ATTRIBUTION',
    stance: 'ASSERTS',
    sourceId,
    eventId: 'event:e',
    actorId,
    originClaimId: `claim:${next}`,
    originSourceId: sourceId,
    actorKind: 'ARMED_FORCES',
    actorLineage: [],
    involvements: [],
    ...extra,
  } as unknown as ClaimWithOrigin;
}
const responsibility = (actorId: string) =>
  blame(actorId, 'source:claimant', { kind: 'RESPONSIBILITY_CLAIM' } as Partial<ClaimWithOrigin>);
const names = new Map([
  ['actor:state', 'State'],
  ['actor:air-force', 'Air Force'],
  ['actor:rebels', 'Rebels'],
  ['actor:unknown', 'Unknown jets'],
]);

test('blaming a unit and the state it belongs to is one accusation, not a disagreement', () => {
  const result = contestationOf(
    [
      blame('actor:state', 'source:a'),
      blame('actor:air-force', 'source:b', { actorLineage: ['actor:state'] }),
      responsibility('actor:state'),
    ],
    names,
  );
  expect(result).toEqual({
    isContested: false,
    reasons: ['sources agree on State, Air Force, which claims responsibility'],
  });
});

test('blaming two actors of which neither is part of the other is a disagreement', () => {
  const result = contestationOf(
    [
      blame('actor:air-force', 'source:a', { actorLineage: ['actor:state'] }),
      blame('actor:rebels', 'source:b'),
      responsibility('actor:rebels'),
    ],
    names,
  );
  expect(result.isContested).toBe(true);
  expect(result.reasons).toEqual(['sources blame 2 actors, none part of another: Air Force, Rebels']);
});

test('an unknown perpetrator disagrees with nobody', () => {
  const result = contestationOf(
    [
      blame('actor:unknown', 'source:a', { actorKind: 'UNKNOWN' }),
      blame('actor:rebels', 'source:b'),
      responsibility('actor:rebels'),
    ],
    names,
  );
  expect(result.isContested).toBe(false);
});
