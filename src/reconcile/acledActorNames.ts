// ACLED's actor naming conventions read as structure: "Military Forces of Egypt (2014-)" is the armed forces of the state
// Egypt under the government in power since 2014; "Unidentified Armed Group (Libya)" an unknown armed group in Libya.
import { countryCodeOf } from './countryCodes';

/** What a conventional ACLED name says an actor is. */
export type AcledActorRole =
  'STATE_FORCES' | 'POLICE_FORCES' | 'GOVERNMENT' | 'UNIDENTIFIED_ARMED_GROUP' | 'CIVILIANS' | 'PROTESTERS' | 'RIOTERS';

export interface AcledActorName {
  role: AcledActorRole;
  /** The country named, as written ("Egypt"), and its ISO code when known. */
  country: string;
  countryCode?: string;
  /** The government's years: "(2014-)" -> from 2014, open-ended; "(2011-2014)" -> 2011 to 2014. */
  fromYear?: number;
  toYear?: number;
  /** What follows the brackets: "Haftar Faction" in "Military Forces of Libya (2014-) Haftar Faction". */
  qualifier?: string;
}

const patterns: [RegExp, AcledActorRole][] = [
  [/^military forces of (.+?)\s*\((\d{4})-(\d{4})?\)\s*(.*)$/i, 'STATE_FORCES'],
  [/^police forces of (.+?)\s*\((\d{4})-(\d{4})?\)\s*(.*)$/i, 'POLICE_FORCES'],
  [/^government of (.+?)\s*\((\d{4})-(\d{4})?\)\s*(.*)$/i, 'GOVERNMENT'],
];

const bracketed: [RegExp, AcledActorRole][] = [
  [/^unidentified armed group \((.+)\)$/i, 'UNIDENTIFIED_ARMED_GROUP'],
  [/^civilians \((.+)\)$/i, 'CIVILIANS'],
  [/^protesters \((.+)\)$/i, 'PROTESTERS'],
  [/^rioters \((.+)\)$/i, 'RIOTERS'],
];

/** The structure of a conventional ACLED actor name, or null for a name of its own ("Islamic State"). */
export function parseAcledActorName(name: string): AcledActorName | null {
  const text = name.trim().replace(/\s+/g, ' ');
  for (const [pattern, role] of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [, country, from, to, rest] = match;
    return withCode({
      role,
      country,
      fromYear: Number(from),
      toYear: to ? Number(to) : undefined,
      qualifier: rest.trim() || undefined,
    });
  }
  for (const [pattern, role] of bracketed) {
    const match = pattern.exec(text);
    if (match) return withCode({ role, country: match[1] });
  }
  return null;
}

function withCode(parsed: AcledActorName): AcledActorName {
  const countryCode = countryCodeOf(parsed.country);
  return countryCode ? { ...parsed, countryCode } : parsed;
}

/** The actor kind (the graph's ActorKind) a conventional role stands for. */
export const actorKindOfRole: Readonly<Record<AcledActorRole, string>> = {
  STATE_FORCES: 'ARMED_FORCES',
  POLICE_FORCES: 'ARMED_FORCES',
  GOVERNMENT: 'GOVERNMENT',
  UNIDENTIFIED_ARMED_GROUP: 'UNKNOWN',
  CIVILIANS: 'CIVILIANS',
  PROTESTERS: 'OTHER',
  RIOTERS: 'OTHER',
};
