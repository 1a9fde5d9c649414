// Country names as datasets write them ("Egypt", "Syria", "Democratic Republic of Congo") to ISO 3166-1 alpha-2 codes.
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';

import { normalizeName } from '../text/normalizeName';

countries.registerLocale(english);

/** Short names the ISO list does not carry (it has "Syrian Arab Republic", not "Syria"), as ACLED and UCDP write them. */
const commonNames: Readonly<Record<string, string>> = {
  syria: 'SY',
  iran: 'IR',
  russia: 'RU',
  'democratic republic of congo': 'CD',
  'republic of congo': 'CG',
  'ivory coast': 'CI',
  'cote d ivoire': 'CI',
  palestine: 'PS',
  'south korea': 'KR',
  'north korea': 'KP',
  laos: 'LA',
  tanzania: 'TZ',
  bolivia: 'BO',
  venezuela: 'VE',
  vietnam: 'VN',
  moldova: 'MD',
  turkey: 'TR',
  'united states': 'US',
  'united kingdom': 'GB',
  'united arab emirates': 'AE',
};

const byName = new Map<string, string>();
for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
  for (const name of names) byName.set(normalizeName(name), code);
}
for (const [name, code] of Object.entries(commonNames)) byName.set(name, code);

/** The ISO alpha-2 code of a country named in English, or undefined. */
export function countryCodeOf(name: string): string | undefined {
  const key = normalizeName(name);
  // "Military Forces of the United Arab Emirates (2004-)": the article is not part of the name.
  return byName.get(key) ?? byName.get(key.replace(/^the /, ''));
}
