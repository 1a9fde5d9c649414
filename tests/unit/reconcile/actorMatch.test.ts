import { parseAcledActorName } from '../../../src/reconcile/acledActorNames';
import { actorCandidates, confidentActor, externalKey, type ActorFacts } from '../../../src/reconcile/actorMatch';

const egyptianArmedForces: ActorFacts = {
  id: 'actor:egyptian-armed-forces',
  name: 'Egyptian Armed Forces',
  aliases: ["Egypt's military"],
  kind: 'ARMED_FORCES',
  countryCode: 'EG',
  externalKeys: [],
};
const egypt: ActorFacts = {
  id: 'actor:egypt',
  name: 'Egypt',
  aliases: [],
  kind: 'STATE',
  countryCode: 'EG',
  externalKeys: [],
};
const lna: ActorFacts = {
  id: 'actor:libyan-national-army',
  name: 'Libyan National Army',
  aliases: ['LNA'],
  kind: 'ARMED_GROUP',
  countryCode: 'LY',
  externalKeys: [],
};

describe("ACLED's actor names read as structure", () => {
  test("a state's forces with the years of its government", () => {
    expect(parseAcledActorName('Military Forces of Egypt (2014-)')).toEqual({
      role: 'STATE_FORCES',
      country: 'Egypt',
      countryCode: 'EG',
      fromYear: 2014,
    });
    expect(parseAcledActorName('Police Forces of Libya (2011-2014)')).toEqual({
      role: 'POLICE_FORCES',
      country: 'Libya',
      countryCode: 'LY',
      fromYear: 2011,
      toYear: 2014,
    });
  });

  test('a country named with its article', () => {
    expect(parseAcledActorName('Military Forces of the United Arab Emirates (2004-)')).toMatchObject({
      countryCode: 'AE',
      fromYear: 2004,
    });
  });

  test('a faction after the brackets is kept as a qualifier', () => {
    expect(parseAcledActorName('Military Forces of Libya (2014-) Haftar Faction')).toMatchObject({
      role: 'STATE_FORCES',
      countryCode: 'LY',
      qualifier: 'Haftar Faction',
    });
  });

  test('bracketed countries of unidentified groups, civilians and protesters', () => {
    expect(parseAcledActorName('Unidentified Armed Group (Libya)')).toEqual({
      role: 'UNIDENTIFIED_ARMED_GROUP',
      country: 'Libya',
      countryCode: 'LY',
    });
    expect(parseAcledActorName('Civilians (Syria)')).toMatchObject({ role: 'CIVILIANS', countryCode: 'SY' });
    expect(parseAcledActorName('Protesters (International)')).toEqual({ role: 'PROTESTERS', country: 'International' });
  });

  test('a name of its own follows no convention', () => {
    expect(parseAcledActorName('Islamic State (Libya)')).toBeNull();
    expect(parseAcledActorName('TTP: Tehrik-i-Taliban')).toBeNull();
  });
});

describe('an incoming actor name resolves to the actor it stands for', () => {
  test('by convention: the armed forces of the state named', () => {
    const [best] = actorCandidates('Military Forces of Egypt (2014-)', [egypt, egyptianArmedForces, lna]);
    expect(best).toMatchObject({ actorId: 'actor:egyptian-armed-forces', basis: 'CONVENTION', score: 0.85 });
    expect(
      confidentActor(actorCandidates('Military Forces of Egypt (2014-)', [egypt, egyptianArmedForces, lna]))?.actorId,
    ).toBe('actor:egyptian-armed-forces');
  });

  test('a crosswalk pin wins over everything', () => {
    const pinned = { ...lna, externalKeys: [externalKey('acled', 'Military Forces of Libya (2014-) Haftar Faction')] };
    expect(
      confidentActor(actorCandidates('Military Forces of Libya (2014-) Haftar Faction', [pinned, egyptianArmedForces])),
    ).toMatchObject({ actorId: lna.id, basis: 'PIN', score: 1 });
  });

  test('by an alias, whatever the case and punctuation', () => {
    expect(confidentActor(actorCandidates('lna', [lna, egypt]))).toMatchObject({ actorId: lna.id, basis: 'NAME' });
  });

  test('two armed forces of one country are ambiguous: listed, not chosen', () => {
    const second = { ...egyptianArmedForces, id: 'actor:egyptian-army', name: 'Egyptian Army' };
    const candidates = actorCandidates('Military Forces of Egypt (2014-)', [egyptianArmedForces, second]);
    expect(candidates.map((c) => [c.actorId, c.score])).toEqual([
      ['actor:egyptian-armed-forces', 0.85],
      ['actor:egyptian-army', 0.85],
    ]);
    expect(confidentActor(candidates)).toBeNull();
  });

  test("a faction of a state's forces is only a weak candidate", () => {
    const libyanForces = {
      ...egyptianArmedForces,
      id: 'actor:libyan-armed-forces',
      name: 'Libyan Armed Forces',
      countryCode: 'LY',
    };
    const candidates = actorCandidates('Military Forces of Libya (2014-) Haftar Faction', [libyanForces]);
    expect(candidates[0]).toMatchObject({ actorId: libyanForces.id, score: 0.5 });
    expect(confidentActor(candidates)).toBeNull();
  });
});
