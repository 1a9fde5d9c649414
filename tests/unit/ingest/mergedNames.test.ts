// The names a surviving actor carries after a merge.
import { mergedNames } from '../../../src/ingest/mergedNames';

test('the merged actor’s name and aliases follow the survivor’s own aliases', () => {
  expect(
    mergedNames({ name: 'Libyan National Army', aliases: ['LNA'] }, { name: 'Haftar forces', aliases: ['LAAF'] }),
  ).toEqual({
    aliases: ['LNA', 'Haftar forces', 'LAAF'],
    aliasText: 'LNA | Haftar forces | LAAF',
    nameKeys: ['libyan national army', 'lna', 'haftar forces', 'laaf'],
  });
});

test('a name that folds like the survivor’s name or an earlier alias is not added again', () => {
  const names = mergedNames(
    { name: 'Derna Mujahideen Shura Council', aliases: ['DMSC'] },
    { name: 'derna mujahideen shura council', aliases: ['D.M.S.C.', 'dmsc', 'Shura Council'] },
  );
  expect(names.aliases).toEqual(['DMSC', 'D.M.S.C.', 'Shura Council']);
  expect(names.nameKeys).toEqual(['derna mujahideen shura council', 'dmsc', 'd m s c', 'shura council']);
});
