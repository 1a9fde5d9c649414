// Turns user search text into a Lucene query for the full-text indexes built from plain words only, so no user text is
// ever Lucene syntax.
//
// How a word matches (the schema's `search(text)` says the same): every word must match, in any indexed property; a
// word matches itself (best), the same word one typo away (the longest words of five letters or more), and any word
// that contains its stem (words of four letters or more): "strike" finds "airstrikes", "killed" finds "kill" and
// "killing". A hit on the word itself scores above a hit inside another word, and the whole text as a phrase ranks
// first, so exact names stay on top.

/** Whitespace and every character the Lucene classic query parser gives a meaning to: words are split on them, never escaped. */
const separators = /[\s+\-&|!(){}[\]^"~*?:\\/]+/u;
const hasLetterOrDigit = /[\p{L}\p{N}]/u;
const lettersAndDigitsOnly = /^[\p{L}\p{N}]+$/u;
const lettersOnly = /^\p{L}+$/u;

/** Words this long also match one edit away ("egypte" finds "egypt"); shorter ones would match too much. */
const minFuzzyLength = 5;
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
/** Stems shorter than this would match inside too many words ("al" in "Al-Fatayeh", "rural", "Sisi's general"...). */
const minStemLength = 4;
/** At most this many words match inside other words (the longest): each costs a clause per indexed property. */
const maxInfixWords = 8;
/** The name clauses below, each on one property. */
const nameClauses = 3;
/**
 * Lucene refuses a query of more than 1024 clauses, and each clause is counted once per indexed property (6 for the
 * search index): a word costs 1, a word inside others 1, a phrase 1, a fuzzy word up to 50. So words, infixes and
 * fifty per fuzzy word must stay within 1024 / 6, less the phrase and the picker's prefix: 200 characters hold at most
 * 100 words, which leaves one fuzzy word; 50 words leave two.
 */
const clauseBudget = Math.floor((1024 - nameClauses) / 6) - 2;
const maxFuzzyWords = 2;
const fuzzyClauses = 50;

/** The indexed properties that name a node (actors, places, sources; events', documents' titles). */
const nameProperties = ['name', 'aliasText', 'title'];
const nameBoost = 8;

/** A word weighs this much when it matches inside another word, against about 1 to 5 for a match of the word itself. */
const infixBoost = 0.3;

/** The words of the text: accents removed and lower-cased (so "AND" is a word, not an operator), Lucene syntax dropped. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(separators)
    .filter((word) => hasLetterOrDigit.test(word));
}

/** English endings dropped to find a word's forms: the stem then matches inside any word ("killed" -> "kill"). Order matters. */
const endings = ['ies', 'ing', 'ed', 'es', 's', 'e', 'y'];

/**
 * The word without its English inflection, for matching inside other words: "killed" -> "kill", "strikes" and
 * "strike" -> "strik", "casualties" -> "casualt". Never shorter than four letters ("died" stays "died"); words with
 * digits stay whole. A light stemmer: it only has to give a stem that the word's forms contain.
 */
export function stemOf(word: string): string {
  if (!lettersOnly.test(word)) return word;
  for (const ending of endings) {
    if (!word.endsWith(ending) || word.length - ending.length < minStemLength) continue;
    // "class", "bus", "analysis": an s that ends no plural.
    if (ending === 's' && /(ss|us|is)$/.test(word)) continue;
    return word.slice(0, -ending.length);
  }
  return word;
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
  const longestFirst = (list: string[]) => [...list].sort((a, b) => b.length - a.length);
  const infixes = new Set(
    longestFirst(
      distinct.filter(
        (word) => lettersOnly.test(word) && !englishStopWords.has(word) && stemOf(word).length >= minStemLength,
      ),
    ).slice(0, maxInfixWords),
  );
  const fuzzyRoom = Math.floor((clauseBudget - distinct.length - infixes.size) / fuzzyClauses);
  const fuzzy = new Set(
    longestFirst(
      distinct.filter(
        (word) => word.length >= minFuzzyLength && lettersAndDigitsOnly.test(word) && !stopWords.has(word),
      ),
    ).slice(0, Math.max(0, Math.min(maxFuzzyWords, fuzzyRoom))),
  );
  // In a picker the last word may be unfinished, so it also matches as the start of a word. A prefix match scores
  // flat, which would blur the ranking of a general search, and a short or stop word would match nearly anything.
  const last = words[words.length - 1];
  const prefixed =
    options.prefix && last.length >= minPrefixLength && lettersAndDigitsOnly.test(last) && !englishStopWords.has(last)
      ? last
      : null;
  const clause = (word: string) => {
    const forms = [
      word,
      ...(fuzzy.has(word) ? [`${word}~1`] : []),
      ...(word === prefixed ? [`${word}*`] : []),
      ...(infixes.has(word) ? [`*${stemOf(word)}*^${infixBoost}`] : []),
    ];
    return forms.length > 1 ? `(${forms.join(' ')})` : word;
  };
  // A name or title that holds the whole text ranks first, the shortest (the exact name) highest: "Egypt" the state
  // and the country before "Coptic Christians in Egypt". Properties an index lacks match nothing.
  const whole = words.length === 1 ? words[0] : `"${words.join(' ')}"`;
  const names = nameProperties.map((property) => `${property}:${whole}^${nameBoost}`).join(' ');
  if (words.length === 1) return `${names} ${clause(words[0])}`;
  return `${names} ${whole}^4 (${distinct.map((word) => `+${clause(word)}`).join(' ')})`;
}
