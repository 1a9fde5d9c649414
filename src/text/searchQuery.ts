// Turns user search text into a Lucene query for the `search_text` index built from plain words only, so no user text is ever Lucene syntax.

/** Whitespace and every character the Lucene classic query parser gives a meaning to: words are split on them, never escaped. */
const separators = /[\s+\-&|!(){}[\]^"~*?:\\/]+/u;
const hasLetterOrDigit = /[\p{L}\p{N}]/u;
const lettersAndDigitsOnly = /^[\p{L}\p{N}]+$/u;

/** Words this long also match one edit away ("egypte" finds "egypt"); shorter ones would match too much. */
const minFuzzyLength = 5;
/**
 * At most this many words are fuzzy. Lucene refuses a query of more than 1024 clauses, each word costs one per indexed
 * property (5) and a fuzzy one up to 50 more per property: 100 plain words (200 characters) plus 2 fuzzy ones stay below.
 */
const maxFuzzyWords = 2;
/** English stop words of fuzzy length: the index drops them, so a fuzzy clause would require a near neighbour instead. */
const stopWords = new Set(['their', 'there', 'these']);
/** The stop words Lucene's English analyzer drops, which a prefix would otherwise turn into "anything starting with of". */
const englishStopWords = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'if',
  'in',
  'into',
  'is',
  'it',
  'no',
  'not',
  'of',
  'on',
  'or',
  'such',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'will',
  'with',
]);
const minPrefixLength = 3;

/** The words of the text: accents removed and lower-cased (so "AND" is a word, not an operator), Lucene syntax dropped. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(separators)
    .filter((word) => hasLetterOrDigit.test(word));
}

/**
 * Every word must match (in any indexed property); the whole text as a phrase ranks first. With `prefix` (the lists that
 * serve pickers: actors, sources, places) the last word also matches as the start of a word. Null when the text has no
 * word to search for. Every search of the API uses it.
 */
export function searchQuery(text: string, options: { prefix?: boolean } = {}): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const distinct = [...new Set(words)];
  const fuzzy = new Set(
    distinct
      .filter((word) => word.length >= minFuzzyLength && lettersAndDigitsOnly.test(word) && !stopWords.has(word))
      .sort((a, b) => b.length - a.length)
      .slice(0, maxFuzzyWords),
  );
  // In a picker the last word may be unfinished, so it also matches as the start of a word. A prefix match scores
  // flat, which would blur the ranking of a general search, and a short or stop word would match nearly anything.
  const last = words[words.length - 1];
  const prefixed =
    options.prefix && last.length >= minPrefixLength && lettersAndDigitsOnly.test(last) && !englishStopWords.has(last)
      ? last
      : null;
  const clause = (word: string) => {
    const forms = [word, ...(fuzzy.has(word) ? [`${word}~1`] : []), ...(word === prefixed ? [`${word}*`] : [])];
    return forms.length > 1 ? `(${forms.join(' ')})` : word;
  };
  if (words.length === 1) return clause(words[0]);
  return `"${words.join(' ')}"^4 (${distinct.map((word) => `+${clause(word)}`).join(' ')})`;
}
