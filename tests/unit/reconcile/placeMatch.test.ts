import { resolvePlace, samePlace, type PlaceFacts } from '../../../src/reconcile/placeMatch';

const seedDerna: PlaceFacts = {
  id: 'loc:derna',
  name: 'Derna',
  aliases: ['Derna city'],
  kind: 'CITY',
  geoPrecision: 'CITY',
  latitude: 32.76361,
  longitude: 22.63611,
  countryKey: 'LY',
};
const acledDarnah: PlaceFacts = {
  id: 'loc:acled-libya/darnah/darnah',
  name: 'Darnah',
  aliases: [],
  kind: 'CITY',
  geoPrecision: 'CITY',
  latitude: 32.767,
  longitude: 22.6367,
  countryKey: 'LY',
};

test("Darnah from a dataset is the seed's Derna: same country, same level, variant names, 0.4 km apart", () => {
  const match = samePlace(acledDarnah, seedDerna);
  expect(match.same).toBe(true);
  expect(match.reasons).toEqual([
    'same country (LY)',
    'names agree ("Darnah" = "Derna")',
    '0.4 km apart, within 20 km',
  ]);
});

test('the same name in another country is another place', () => {
  expect(samePlace({ ...acledDarnah, countryKey: 'EG' }, seedDerna)).toMatchObject({
    same: false,
    reasons: ['countries differ (EG / LY)'],
  });
});

test('a place whose country is unknown is never matched', () => {
  expect(samePlace({ ...acledDarnah, countryKey: null }, seedDerna).same).toBe(false);
});

test('a region named like a town is not the town', () => {
  expect(samePlace({ ...acledDarnah, kind: 'REGION', geoPrecision: 'REGION' }, seedDerna).reasons).toContain(
    'levels differ (REGION / CITY)',
  );
});

test('two towns of one name farther apart than their precisions allow are two places', () => {
  const farDerna = { ...acledDarnah, latitude: 31.0, longitude: 22.6 };
  const match = samePlace(farDerna, seedDerna);
  expect(match.same).toBe(false);
  expect(match.reasons.at(-1)).toMatch(/196\.\d km apart, more than the 20 km their precisions allow/);
});

test('of two places that qualify, the nearer is chosen', () => {
  const nearer = { ...seedDerna, id: 'loc:derna-2', latitude: 32.767, longitude: 22.6368 };
  expect(resolvePlace(acledDarnah, [seedDerna, nearer])?.place.id).toBe('loc:derna-2');
  expect(resolvePlace({ ...acledDarnah, name: 'Tobruk' }, [seedDerna, nearer])).toBeNull();
});
