// When sources disagree about who is behind an event, and when they only seem to.
import type { ClaimWithOrigin } from '../../../src/data/graphNodes';
import { attributionsOf, denialsOf, responsibilityOf } from '../../../src/derive/attributionsOf';
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
    eventPath: ['event:e'],
    actorId,
    originClaimId: `claim:${next}`,
    originSourceId: sourceId,
    actorKind: 'ARMED_FORCES',
    actorLineage: [],
    originAffiliation: [],
    involvements: [],
    ...extra,
  } as unknown as ClaimWithOrigin;
}
const responsibility = (actorId: string, extra: Partial<ClaimWithOrigin> = {}) =>
  blame(actorId, 'source:claimant', { kind: 'RESPONSIBILITY_CLAIM', ...extra } as Partial<ClaimWithOrigin>);
const denial = (actorId: string, sourceId: string, extra: Partial<ClaimWithOrigin> = {}) =>
  blame(actorId, sourceId, { kind: 'DENIAL', ...extra } as Partial<ClaimWithOrigin>);
/** A relay by `sourceId` of `claim`: the same statement, its origin's source. */
const relay = (claim: ClaimWithOrigin, sourceId: string) =>
  ({ ...claim, id: `${claim.id}-relayed-by-${sourceId}`, sourceId, relaysClaimId: claim.id }) as ClaimWithOrigin;
const actors = new Map([
  ['actor:state', 'State'],
  ['actor:air-force', 'Air Force'],
  ['actor:rebels', 'Rebels'],
  ['actor:allies', 'Allies'],
  ['actor:unknown', 'Unknown jets'],
]);
const names = {
  actors,
  eventId: 'event:e',
  events: new Map([
    ['event:part-1', 'Part one'],
    ['event:part-2', 'Part two'],
  ]),
};
const airForce = { actorLineage: ['actor:state'] } as Partial<ClaimWithOrigin>;
const unknown = { actorKind: 'UNKNOWN' } as Partial<ClaimWithOrigin>;

/** Every number in a reason, and the independent counts they must be. */
const numbersIn = (reasons: string[]) =>
  reasons.flatMap((reason) => [...reason.matchAll(/(\d+) independent source/g)].map((m) => Number(m[1])));

test("two datasets' names for one state's bodies blame one side; rival factions of a state are a disagreement", () => {
  // The state key as the data layer reads it from the actor's name (stateKeyOfName).
  const egyptForces = { actorStateKey: 'egypt|' } as Partial<ClaimWithOrigin>; // Military Forces of Egypt (2014-)
  const egyptGovernment = { actorStateKey: 'egypt|' } as Partial<ClaimWithOrigin>; // UCDP: Government of Egypt
  expect(
    contestationOf(
      [blame('actor:rebels', 'source:acled', egyptForces), blame('actor:allies', 'source:ucdp', egyptGovernment)],
      names,
    ).isContested,
  ).toBe(false);
  const haftar = { actorStateKey: 'libya|haftar faction' } as Partial<ClaimWithOrigin>;
  const gna = { actorStateKey: 'libya|government of national accord' } as Partial<ClaimWithOrigin>;
  expect(
    contestationOf([blame('actor:rebels', 'source:a', haftar), blame('actor:allies', 'source:b', gna)], names)
      .isContested,
  ).toBe(true);
});

test('blaming a unit and the state it belongs to is one accusation, not a disagreement', () => {
  const result = contestationOf(
    [blame('actor:state', 'source:a'), blame('actor:air-force', 'source:b', airForce), responsibility('actor:state')],
    names,
  );
  expect(result).toEqual({
    isContested: false,
    reasons: [
      'no two sources blame different actors, and no source denies an actor that another source blames',
      'State claims responsibility (named by 2 independent sources)',
      'Air Force is alleged by 1 independent source',
    ],
  });
});

test('two sources blaming actors of which neither is part of the other disagree, with each actor’s independent count', () => {
  const result = contestationOf(
    [
      blame('actor:air-force', 'source:a', airForce),
      blame('actor:rebels', 'source:b'),
      relay(blame('actor:rebels', 'source:c'), 'source:d'),
    ],
    names,
  );
  expect(result).toEqual({
    isContested: true,
    reasons: ['sources disagree on who did it: Air Force (1 independent source) vs Rebels (2 independent sources)'],
  });
  const counts = new Map(
    attributionsOf([blame('actor:rebels', 'source:b'), relay(blame('actor:rebels', 'source:c'), 'source:d')]).map(
      (g) => [g.actorId, g.independentSourceCount],
    ),
  );
  expect(counts.get('actor:rebels')).toBe(2);
});

test('one source naming two actors together accuses them jointly; a second source naming one of them agrees', () => {
  expect(
    contestationOf([blame('actor:rebels', 'source:a'), blame('actor:allies', 'source:a')], names).isContested,
  ).toBe(false);
  expect(
    contestationOf(
      [blame('actor:rebels', 'source:a'), blame('actor:allies', 'source:a'), blame('actor:allies', 'source:b')],
      names,
    ).isContested,
  ).toBe(false);
  expect(
    contestationOf([blame('actor:rebels', 'source:a'), blame('actor:allies', 'source:b')], names).isContested,
  ).toBe(true);
});

test('a relay of a blame is its origin’s word: an origin and its relay never disagree with each other', () => {
  const origin = blame('actor:rebels', 'source:a');
  expect(contestationOf([origin, relay(origin, 'source:wire')], names).isContested).toBe(false);
});

test('an unknown perpetrator beside a named one disagrees with nobody: the named one is alleged', () => {
  const claims = [blame('actor:unknown', 'source:a', unknown), blame('actor:rebels', 'source:b')];
  expect(contestationOf(claims, names)).toEqual({
    isContested: false,
    reasons: [
      'no two sources blame different actors, and no source denies an actor that another source blames',
      '1 independent source names an unidentified perpetrator: Unknown jets',
      'Rebels is alleged by 1 independent source',
    ],
  });
  expect(attributionsOf(claims).map((g) => [g.actorId, g.status])).toEqual([
    ['actor:unknown', 'UNIDENTIFIED'],
    ['actor:rebels', 'ALLEGED'],
  ]);
});

test('nobody claiming responsibility is not a disagreement', () => {
  const claims = [blame('actor:rebels', 'source:a'), blame('actor:rebels', 'source:b')];
  expect(contestationOf(claims, names).isContested).toBe(false);
  expect(responsibilityOf(claims)).toEqual({ claimed: false, claimedBy: [], deniedBy: [] });
});

test('a responsibility claim while another source blames someone else is a disagreement', () => {
  const result = contestationOf(
    [responsibility('actor:rebels'), blame('actor:air-force', 'source:a', airForce)],
    names,
  );
  expect(result).toEqual({
    isContested: true,
    reasons: ['sources disagree on who did it: Rebels (1 independent source) vs Air Force (1 independent source)'],
  });
});

test('a denial of an actor another source blames is a disagreement, counted as the denials and attributions count', () => {
  const blamed = blame('actor:state', 'source:a');
  const denied = denial('actor:state', 'source:official', { originAffiliation: ['actor:state'] });
  const claims = [blamed, blame('actor:state', 'source:b'), denied, relay(denied, 'source:wire')];
  const result = contestationOf(claims, names);
  expect(result).toEqual({
    isContested: true,
    reasons: ['State is blamed by 2 independent sources and denied by 1 independent source'],
  });
  expect(numbersIn(result.reasons)).toEqual([
    attributionsOf(claims)[0].independentSourceCount,
    denialsOf(claims)[0].independentSourceCount,
  ]);
  expect(responsibilityOf(claims).deniedBy.map((g) => [g.actorId, g.sourceIds])).toEqual([
    ['actor:state', ['source:official', 'source:wire']],
  ]);
});

test('denying a state disagrees with blaming its air force, and the reason says how they are linked', () => {
  const result = contestationOf(
    [blame('actor:air-force', 'source:a', airForce), denial('actor:state', 'source:official')],
    names,
  );
  expect(result).toEqual({
    isContested: true,
    reasons: [
      'State is denied by 1 independent source, while 1 independent source blames Air Force, which is part of it',
    ],
  });
});

test('a denial nobody contradicts, or a source denying what it blamed, is no disagreement', () => {
  expect(contestationOf([denial('actor:state', 'source:official')], names)).toEqual({
    isContested: false,
    reasons: ['no claim attributes the event to anyone'],
  });
  expect(
    contestationOf([blame('actor:rebels', 'source:a'), denial('actor:state', 'source:official')], names).isContested,
  ).toBe(false);
  expect(contestationOf([blame('actor:state', 'source:a'), denial('actor:state', 'source:a')], names).isContested).toBe(
    false,
  );
});

test('a denial by a source that does not speak for the denied actor is a denial, not the actor denying it', () => {
  const claims = [
    denial('actor:state', 'source:analyst'),
    denial('actor:state', 'source:official', { originAffiliation: ['actor:air-force', 'actor:state'] }),
  ];
  expect(responsibilityOf(claims).deniedBy.map((g) => g.sourceIds)).toEqual([['source:official']]);
  expect(denialsOf(claims).map((g) => g.sourceIds)).toEqual([['source:analyst', 'source:official']]);
});

test('claims about two parts of an event are about different incidents; a part and its whole are one', () => {
  const inPart = (part: string) => ({ eventId: part, eventPath: [part, 'event:e'] }) as Partial<ClaimWithOrigin>;
  expect(
    contestationOf(
      [
        blame('actor:rebels', 'source:a', inPart('event:part-1')),
        blame('actor:allies', 'source:b', inPart('event:part-2')),
      ],
      names,
    ).isContested,
  ).toBe(false);
  const result = contestationOf(
    [blame('actor:rebels', 'source:a', inPart('event:part-1')), blame('actor:allies', 'source:b')],
    names,
  );
  expect(result).toEqual({
    isContested: true,
    reasons: [
      'sources disagree on who did it: Rebels (1 independent source) vs Allies (1 independent source) (claims about Part one; the event itself)',
    ],
  });
});
