// The Lucene query built from search text: words only, accents and case folded, bounded fuzziness, words found inside
// other words by their stem, and names holding the whole text ranked first.
import { searchQuery, searchWords, stemOf } from '../../../src/text/searchQuery';

/** The name clauses every query opens with. */
const names = (whole: string) => `name:${whole}^8 aliasText:${whole}^8 title:${whole}^8`;

test('folds accents and case, so "Égypte" and "EGYPTE" give the same query', () => {
  expect(searchQuery('Égypte')).toBe(`${names('egypte')} (egypte egypte~1 *egypt*^0.3)`);
  expect(searchQuery('EGYPTE')).toBe(searchQuery('Égypte'));
});

test('several words must all match, a name holding them all ranks first, then the whole phrase', () => {
  expect(searchQuery('al-Sisi Houn')).toBe(
    `${names('"al sisi houn"')} "al sisi houn"^4 (+al +(sisi *sisi*^0.3) +(houn *houn*^0.3))`,
  );
});

test('a word matches inside other words by its stem: "strike" finds "airstrikes", "killed" finds "kill"', () => {
  expect(stemOf('strike')).toBe('strik');
  expect(stemOf('airstrikes')).toBe('airstrik');
  expect(stemOf('killed')).toBe('kill');
  expect(stemOf('killing')).toBe('kill');
  expect(stemOf('casualties')).toBe('casualt');
  expect(searchQuery('killed')).toBe(`${names('killed')} (killed killed~1 *kill*^0.3)`);
});

test('stems stay at least four letters long, and words that are no plural keep their s', () => {
  expect(['died', 'dies', 'bus', 'class', 'analysis', 'derna', '2017'].map(stemOf)).toEqual([
    'died',
    'dies',
    'bus',
    'class',
    'analysis',
    'derna',
    '2017',
  ]);
  // Too short to look for inside other words: "al" would be in every "Al-" name.
  expect(searchQuery('al')).toBe(`${names('al')} al`);
});

test('Lucene operators and punctuation never reach the query as syntax', () => {
  expect(searchWords('AND OR NOT')).toEqual(['and', 'or', 'not']);
  const query = searchQuery('title:derna* OR (x)^3 ~ "q" \\ /re/') as string;
  expect(query).toBe(
    `${names('"title derna or x 3 q re"')} "title derna or x 3 q re"^4 (+(title title~1 *titl*^0.3) +(derna derna~1 *derna*^0.3) +or +x +3 +q +re)`,
  );
  expect(searchQuery("' OR 1=1 //")).toBe(`${names('"or 1=1"')} "or 1=1"^4 (+or +1=1)`);
});

test('text without letters or digits has no query', () => {
  for (const text of ['', '   ', '"', '\\', '*', ')(', '&& || !', '-+~^']) expect(searchQuery(text)).toBeNull();
});

test('only the two longest words are fuzzy, and words are not repeated', () => {
  expect(searchQuery('derna airstrikes warplanes derna')).toBe(
    `${names('"derna airstrikes warplanes derna"')} "derna airstrikes warplanes derna"^4 (+(derna *derna*^0.3) +(airstrikes airstrikes~1 *airstrik*^0.3) +(warplanes warplanes~1 *warplan*^0.3))`,
  );
});

test('short words and stop words are matched exactly', () => {
  expect(searchQuery('sisi')).toBe(`${names('sisi')} (sisi *sisi*^0.3)`);
  expect(searchQuery('there derna')).toBe(
    `${names('"there derna"')} "there derna"^4 (+there +(derna derna~1 *derna*^0.3))`,
  );
});

test('for pickers, the last word also matches as the start of a word, unless it is short or a stop word', () => {
  expect(searchQuery('khalifa haft', { prefix: true })).toBe(
    `${names('"khalifa haft"')} "khalifa haft"^4 (+(khalifa khalifa~1 *khalifa*^0.3) +(haft haft* *haft*^0.3))`,
  );
  expect(searchQuery('Égypte', { prefix: true })).toBe(`${names('egypte')} (egypte egypte~1 egypte* *egypt*^0.3)`);
  expect(searchQuery('ha', { prefix: true })).toBe(`${names('ha')} ha`);
  expect(searchQuery('the of', { prefix: true })).toBe(`${names('"the of"')} "the of"^4 (+the +of)`);
});

test('the longest text stays within Lucene’s 1024 clauses over six properties', () => {
  const clausesOf = (query: string) => {
    const fuzzy = (query.match(/~1/g) ?? []).length;
    // The three name clauses are on one property each; the phrase is one clause; each other term one per property.
    const rest = query.replace(/^(\w+:("[^"]*"|\S+)\^8 ){3}/, '').replace(/"[^"]*"\^4/, '');
    const terms = rest.split(/[\s()+]+/).filter((t) => t !== '' && !t.includes('~1')).length;
    return 3 + 6 * (1 + terms + 50 * fuzzy);
  };
  const manyShort = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
  const manyLong = Array.from({ length: 28 }, (_, i) => `longword${String.fromCharCode(97 + (i % 26))}${i}`)
    .join(' ')
    .slice(0, 200);
  for (const text of [manyShort, manyLong]) expect(clausesOf(searchQuery(text) as string)).toBeLessThanOrEqual(1024);
});
