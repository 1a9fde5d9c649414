// The Lucene query built from search text: words only, accents and case folded, bounded fuzziness.
import { searchQuery, searchWords } from '../../../src/text/searchQuery';

test('folds accents and case, so "Égypte" and "EGYPTE" give the same query', () => {
  expect(searchQuery('Égypte')).toBe('(egypte egypte~1)');
  expect(searchQuery('EGYPTE')).toBe(searchQuery('Égypte'));
});

test('several words must all match, and the whole phrase ranks first', () => {
  expect(searchQuery('al-Sisi Houn')).toBe('"al sisi houn"^4 (+al +sisi +houn)');
});

test('Lucene operators and punctuation never reach the query as syntax', () => {
  expect(searchWords('AND OR NOT')).toEqual(['and', 'or', 'not']);
  expect(searchQuery('title:derna* OR (x)^3 ~ "q" \\ /re/')).toBe(
    '"title derna or x 3 q re"^4 (+(title title~1) +(derna derna~1) +or +x +3 +q +re)',
  );
  expect(searchQuery("' OR 1=1 //")).toBe('"or 1=1"^4 (+or +1=1)');
});

test('text without letters or digits has no query', () => {
  for (const text of ['', '   ', '"', '\\', '*', ')(', '&& || !', '-+~^']) expect(searchQuery(text)).toBeNull();
});

test('only the two longest words are fuzzy, and words are not repeated', () => {
  expect(searchQuery('derna airstrikes warplanes derna')).toBe(
    '"derna airstrikes warplanes derna"^4 (+derna +(airstrikes airstrikes~1) +(warplanes warplanes~1))',
  );
});

test('short words and stop words are matched exactly', () => {
  expect(searchQuery('sisi')).toBe('sisi');
  expect(searchQuery('there derna')).toBe('"there derna"^4 (+there +(derna derna~1))');
});

test('for pickers, the last word also matches as the start of a word, unless it is short or a stop word', () => {
  expect(searchQuery('khalifa haft', { prefix: true })).toBe('"khalifa haft"^4 (+(khalifa khalifa~1) +(haft haft*))');
  expect(searchQuery('Égypte', { prefix: true })).toBe('(egypte egypte~1 egypte*)');
  expect(searchQuery('ha', { prefix: true })).toBe('ha');
  expect(searchQuery('the of', { prefix: true })).toBe('"the of"^4 (+the +of)');
});
