import { isHxlHashtagRow } from '../../../src/datasets/hxlHashtags';

test("HDX's hashtag row under the header is recognised, untagged columns and a stray space included", () => {
  expect(
    isHxlHashtagRow(['', '#country+code', '#event+code', '', '#date+occurred ', '#geo+lat', '#affected+killed']),
  ).toBe(true);
  expect(isHxlHashtagRow(['#group + name + first', '#adm1+name'])).toBe(true);
});

test('an event row, an empty row or a note that starts with # is not one', () => {
  expect(isHxlHashtagRow(['LBY9001', '2020-05-09', 'Battles', '#geo+lat'])).toBe(false);
  expect(isHxlHashtagRow(['', '', ''])).toBe(false);
  expect(isHxlHashtagRow(['#1 priority: the strike on Derna'])).toBe(false);
});
