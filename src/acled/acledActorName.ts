// ACLED's actor naming conventions, read into parts the reconciliation of actors can match on:
// "Military Forces of Egypt (2014-)" is the armed forces of Egypt under the government in power since 2014;
// "Military Forces of Sudan (2011-2019, Omar al-Bashir)" names the ruler too; "Military Forces of Libya (2014-) Haftar
// Faction" a faction of them; "Unidentified Armed Group (Libya)", "Civilians (Libya)", "Protesters (International)"
// are generic actors of a country; "TTP: Tehrik-i-Taliban" leads with the group's acronym.
import { LRUCache } from 'lru-cache';

import type { ActorKind } from '../ingest/bundle.types';

export interface AcledActorName {
  /** The acronym that leads the name ("TTP" in "TTP: Tehrik-i-Taliban"). */
  acronym?: string;
  /** The name without its acronym, bracketed country, years or qualifier ("Tehrik-i-Taliban", "Military Forces of Egypt"). */
  baseName: string;
  /** For a state's forces or government: which body ("Military Forces", "Police Forces", "Government"). */
  stateBody?: string;
  /** The country the actor belongs to: the state of a state body, or the bracketed country ("Libya"; "International"). */
  country?: string;
  /** The years of the government a state body served ("(2014-)": since 2014, until open). */
  since?: number;
  until?: number;
  /** What follows the years or is named with them: a faction ("Haftar Faction"), a ruler ("Omar al-Bashir"). */
  qualifier?: string;
  /** A generic ACLED actor standing for a category in a country (civilians, protesters, rioters, unidentified groups). */
  generic?: 'civilians' | 'protesters' | 'rioters' | 'unidentified';
}

const stateBodies = ['Military Forces', 'Police Forces', 'Government', 'Prison Guards'];
// Years (and a ruler) in brackets, then a faction: "Military Forces of Sudan (2011-2019, Omar al-Bashir)",
// "Military Forces of Libya (2014-) Haftar Faction". Without years the rest is the state's name ("of the United States").
const stateBody = new RegExp(
  `^(${stateBodies.join('|')}) of (?:the )?(.+?)(?: \\((\\d{4}) ?- ?(\\d{4})?(?:, ?([^)]*))?\\)(?: (.+))?)?$`,
);
const acronymLead = /^([A-Z][A-Za-z0-9&.'-]{0,14}): +(\S.*)$/;
const bracketed = /^(.+?) \(([^()]+)\)$/;
const years = /^(\d{4}) ?- ?(\d{4})?$/;

function isAcronym(text: string): boolean {
  // At least two capitals or digits ("TTP", "M23", "MINUSMA", "Al-Shabaab"'s "AS"): not a word followed by a colon.
  return (text.match(/[A-Z0-9]/g) ?? []).length >= 2;
}

/** The parts of an ACLED actor name; a name that follows no convention is its own baseName. */
export function parseAcledActorName(fullName: string): AcledActorName {
  let name = fullName.trim().replace(/\s+/g, ' ');
  const parts: AcledActorName = { baseName: name };
  const lead = acronymLead.exec(name);
  if (lead && isAcronym(lead[1])) {
    parts.acronym = lead[1];
    name = lead[2];
    parts.baseName = name;
  }
  const body = stateBody.exec(name);
  if (body) {
    parts.stateBody = body[1];
    parts.country = body[2];
    parts.baseName = `${body[1]} of ${body[2]}`;
    if (body[3]) parts.since = Number(body[3]);
    if (body[4]) parts.until = Number(body[4]);
    const qualifier = [body[5], body[6]].filter((part) => part && part.trim() !== '').join('; ');
    if (qualifier) parts.qualifier = qualifier;
    return parts;
  }
  const bracket = bracketed.exec(name);
  if (bracket) {
    const span = years.exec(bracket[2]);
    parts.baseName = bracket[1];
    if (span) {
      parts.since = Number(span[1]);
      if (span[2]) parts.until = Number(span[2]);
    } else {
      parts.country = bracket[2];
    }
  }
  const base = parts.baseName.toLowerCase();
  if (base === 'civilians') parts.generic = 'civilians';
  else if (base === 'protesters' || base === 'protestors') parts.generic = 'protesters';
  else if (base === 'rioters') parts.generic = 'rioters';
  else if (base.startsWith('unidentified ')) parts.generic = 'unidentified';
  return parts;
}

/**
 * Which state an actor's name says it is a body of, with the faction when the name gives one: "Military Forces of Egypt
 * (2014-)" and UCDP's "Government of Egypt" are both `egypt|`, "Military Forces of Libya (2014-) Haftar Faction"
 * `libya|haftar faction`. Two bodies of one state and faction blame one side; rival factions of a state do not.
 * Undefined when the name names no state body.
 */
export function stateKeyOfName(name: string): string | undefined {
  // Read for every blamed claim of every request, and a graph has few distinct actor names: each is parsed once.
  let key = stateKeys.get(name);
  if (key === undefined) {
    const parts = parseAcledActorName(name);
    key =
      parts.stateBody && parts.country ? `${parts.country.toLowerCase()}|${(parts.qualifier ?? '').toLowerCase()}` : '';
    stateKeys.set(name, key);
  }
  return key || undefined;
}

const stateKeys = new LRUCache<string, string>({ max: 10_000 });

/** The kind an actor's name alone says, when it says one: a state's forces or government, civilians, an unidentified group. */
export function actorKindOfName(parts: AcledActorName): ActorKind | undefined {
  if (parts.stateBody === 'Government') return 'GOVERNMENT';
  if (parts.stateBody) return 'ARMED_FORCES';
  if (parts.generic === 'civilians') return 'CIVILIANS';
  if (parts.generic === 'unidentified') return 'UNKNOWN';
  return undefined;
}
