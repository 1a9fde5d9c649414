// Folds a place name into a key for matching: the same town spelt the GeoNames way, a newspaper's way or a dataset's way
// ("Darnah", "Derna", "Dernah") gives one key. See docs/reconciliation.md for the rules and their order.
import { normalizeName } from '../text/normalizeName';

/**
 * Whole-name transliteration variants that the generic rules below cannot reach (or reach only by luck), each mapped to
 * one spelling. Keys and values are normalised (normalizeName). Libya first, as the seed's region; extend it freely.
 */
export const placeNameVariants: Readonly<Record<string, string>> = {
  darnah: 'derna',
  dernah: 'derna',
  surt: 'sirte',
  sirt: 'sirte',
  misratah: 'misrata',
  misurata: 'misrata',
  misrata: 'misrata',
  banghazi: 'benghazi',
  bengasi: 'benghazi',
  tarabulus: 'tripoli',
  trablous: 'tripoli',
  'tarabulus al gharb': 'tripoli',
  ajdabiyah: 'ajdabiya',
  ijdabiya: 'ajdabiya',
  sabha: 'sebha',
  zuwarah: 'zuwara',
  zuara: 'zuwara',
  'az zawiyah': 'zawiya',
  zawiyah: 'zawiya',
  tubruq: 'tobruk',
  tobruch: 'tobruk',
  'al bayda': 'bayda',
  beida: 'bayda',
  hun: 'houn',
  gharyan: 'gharian',
  'bani walid': 'bani walid',
  'bin jawad': 'bin jawad',
  'ras lanuf': 'ras lanuf',
  halab: 'aleppo',
  dimashq: 'damascus',
  'al qahirah': 'cairo',
};

/** Arabic articles as they are romanised before a name: "Al-", "El ", "ad-", "ash-" (sun letters assimilate). */
const article = /^(?:al|el|ad|ar|as|ash|at|az|an|adh|ath)\s+/;
/** The same articles inside a name ("Dahr al-Hamar"); "bin", "bani", "abu" stay: they carry meaning. */
const innerArticle = /\s(?:al|el|ad|ar|as|ash|at|az|an|adh|ath)\s/g;

/** The name with case, accents, punctuation and Arabic articles folded, and known variants replaced. */
export function placeNameSpelling(name: string): string {
  const folded = normalizeName(name);
  const known = placeNameVariants[folded];
  if (known) return known;
  const bare = ` ${folded.replace(article, '')} `.replace(innerArticle, ' ').replace(innerArticle, ' ').trim();
  return placeNameVariants[bare] ?? bare;
}

/**
 * The key two spellings of one place share. After placeNameSpelling: spaces and hyphens go ("Ben Ghazi" = "Benghazi"),
 * a final "ah" or "eh" is "a" (Misratah = Misrata), "ou" is "u" (Zouara = Zuara), "q" is "k", "dh" is "d", doubled
 * letters (not digits) are single (Misurratah), and vowels after the first letter drop, since romanisations differ most in vowels
 * (Derna / Darna, Surt / Sirt, Benghazi / Banghazi). What is left is close to the consonant skeleton, which the
 * same-place rule pairs with a distance check: two towns sharing a skeleton rarely sit within a few kilometres.
 */
export function placeNameKey(name: string): string {
  const spelled = placeNameSpelling(name).replace(/[\s-]+/g, '');
  if (spelled === '') return '';
  const folded = spelled
    .replace(/(?:ah|eh)$/, 'a')
    .replace(/ou/g, 'u')
    .replace(/q/g, 'k')
    .replace(/dh/g, 'd')
    // Letters only: "District 11" and "District 1" are two places.
    .replace(/([a-z])\1+/g, '$1');
  const [first, ...rest] = folded;
  return first + rest.join('').replace(/[aeiouy]/g, '');
}

/** How two names compare: `same` after folding (and the variant table), `variant` when only their keys agree. */
export type NameAgreement = 'same' | 'variant' | 'different';

export function compareNames(a: string, b: string): NameAgreement {
  if (placeNameSpelling(a) === placeNameSpelling(b)) return 'same';
  const keyA = placeNameKey(a);
  // A skeleton of one or two letters says too little ("Hun" and "Hon" are close, "Ain" and "Un" are not).
  return keyA.length >= 3 && keyA === placeNameKey(b) ? 'variant' : 'different';
}
