import { kindAgreement } from '../../../src/reconcile/eventKinds';
import { autoJoinTarget, matchEvents, rankCandidates, type EventFacts } from '../../../src/reconcile/eventMatch';

const seedStrike: EventFacts = {
  id: 'event:derna-airstrikes-2017-10-30',
  kind: 'AIRSTRIKE',
  startDate: '2017-10-30',
  endDate: '2017-10-30',
  latitude: 32.76361,
  longitude: 22.63611,
  geoPrecision: 'CITY',
  actorIds: ['actor:egypt', 'actor:egyptian-armed-forces', 'actor:unknown-warplanes-derna-2017-10'],
  actorLineage: ['actor:egypt', 'actor:egyptian-armed-forces', 'actor:unknown-warplanes-derna-2017-10'],
  actorsUnknown: false,
  datasetIds: [],
  partOfEventId: null,
};
const acledRow: EventFacts = {
  id: 'event:acled-LBY5001',
  kind: 'AIRSTRIKE',
  startDate: '2017-10-30',
  endDate: '2017-10-30',
  latitude: 32.767,
  longitude: 22.6367,
  geoPrecision: 'CITY',
  actorIds: ['actor:egyptian-air-force'],
  actorLineage: ['actor:egyptian-air-force', 'actor:egyptian-armed-forces', 'actor:egypt'],
  actorsUnknown: false,
  datasetIds: ['source:acled'],
  partOfEventId: null,
};

test("an ACLED row on the seed's strike matches it on every count", () => {
  const match = matchEvents(acledRow, seedStrike);
  expect(match?.score).toBeGreaterThan(0.95);
  expect(match?.reasons).toEqual([
    'same day',
    '0.4 km apart, within 50 km (CITY / CITY)',
    'same kind (AIRSTRIKE)',
    'shared actors (actor:egypt, actor:egyptian-armed-forces)',
  ]);
  expect(match?.preciseEnough).toBe(true);
});

test('an airstrike may be a drone strike or an attack of unknown means, never a protest', () => {
  expect(kindAgreement('AIRSTRIKE', 'DRONE_STRIKE')).toBeGreaterThan(0);
  expect(kindAgreement('ATTACK', 'AIRSTRIKE')).toBeGreaterThan(0);
  expect(kindAgreement('AIRSTRIKE', 'PROTEST')).toBe(0);
  expect(matchEvents({ ...acledRow, kind: 'PROTEST' }, seedStrike)).toBeNull();
});

test('the time window follows the date precisions: two days apart is out, a week-wide report overlaps weakly', () => {
  expect(matchEvents({ ...acledRow, startDate: '2017-11-01', endDate: '2017-11-01' }, seedStrike)).toBeNull();
  const dayAfter = matchEvents({ ...acledRow, startDate: '2017-10-31', endDate: '2017-10-31' }, seedStrike);
  expect(dayAfter?.reasons[0]).toBe('1 day(s) apart');
  const week = matchEvents({ ...acledRow, startDate: '2017-10-27', endDate: '2017-11-02' }, seedStrike);
  expect(week?.preciseEnough).toBe(false);
  expect(week?.score).toBeLessThan(matchEvents(acledRow, seedStrike)?.score ?? 0);
});

test('the distance window follows the geo precisions', () => {
  const tobruk = { ...acledRow, latitude: 32.08, longitude: 23.96 };
  expect(matchEvents(tobruk, seedStrike)).toBeNull();
  expect(matchEvents({ ...tobruk, geoPrecision: 'REGION' }, seedStrike)?.preciseEnough).toBe(false);
  expect(matchEvents({ ...acledRow, geoPrecision: 'COUNTRY' }, seedStrike)).toBeNull();
});

test('two reports in one dataset are never one incident', () => {
  expect(matchEvents(acledRow, { ...seedStrike, datasetIds: ['source:acled'] })).toBeNull();
});

test('a report joins the whole series, not one of its strikes, when they tie', () => {
  const part = { ...seedStrike, id: 'event:derna-airstrike-al-fatayeh-2017-10-30', partOfEventId: seedStrike.id };
  const ranked = rankCandidates(acledRow, [part, seedStrike]);
  expect(ranked.map((c) => c.eventId)).toEqual([part.id, seedStrike.id]);
  expect(
    autoJoinTarget(
      ranked,
      new Map([
        [part.id, part],
        [seedStrike.id, seedStrike],
      ]),
    )?.eventId,
  ).toBe(seedStrike.id);
});

test('reports that blame different actors are proposed, never joined by themselves', () => {
  const other = { ...acledRow, actorIds: ['actor:lna'], actorLineage: ['actor:lna'] };
  const ranked = rankCandidates(other, [seedStrike]);
  expect(ranked[0]).toMatchObject({ actorsAgree: false, reasons: expect.arrayContaining(['no actor in common']) });
  expect(autoJoinTarget(ranked, new Map([[seedStrike.id, seedStrike]]))).toBeNull();
});

test('two units of one army are different actors; a unit and its army are not', () => {
  const unit = (id: string) => ({ ...acledRow, actorIds: [id], actorLineage: [id, 'actor:army'] });
  expect(
    matchEvents(unit('actor:unit-1'), { ...unit('actor:unit-2'), id: 'event:other', datasetIds: [] })?.actorsAgree,
  ).toBe(false);
  expect(
    matchEvents(unit('actor:unit-1'), { ...seedStrike, actorIds: ['actor:army'], actorLineage: ['actor:army'] })
      ?.actorsAgree,
  ).toBe(true);
});

test('two unrelated strikes that fit equally well are left to a person', () => {
  const other = { ...seedStrike, id: 'event:another-derna-strike' };
  const ranked = rankCandidates(acledRow, [seedStrike, other]);
  expect(ranked).toHaveLength(2);
  expect(
    autoJoinTarget(
      ranked,
      new Map([
        [seedStrike.id, seedStrike],
        [other.id, other],
      ]),
    ),
  ).toBeNull();
});
