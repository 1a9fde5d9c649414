// Which state a dataset's actor name says the actor is a body of, with its faction: what lets ACLED's and UCDP's names
// for one state's forces and government count as one side.
import { stateKeyOfName } from '../../../src/acled/acledActorName';

test('a state body names its state, and its faction when the name gives one', () => {
  expect(stateKeyOfName('Military Forces of Egypt (2014-)')).toBe('egypt|');
  expect(stateKeyOfName('Government of Egypt')).toBe('egypt|');
  expect(stateKeyOfName('Military Forces of Libya (2014-) Haftar Faction')).toBe('libya|haftar faction');
  expect(stateKeyOfName('Government of Libya (2016-) Government of National Accord')).toBe(
    'libya|government of national accord',
  );
});

test('other actors name no state body', () => {
  expect(stateKeyOfName('Civilians (Libya)')).toBeUndefined();
  expect(stateKeyOfName('Egyptian Armed Forces')).toBeUndefined();
  expect(stateKeyOfName('IS')).toBeUndefined();
});
