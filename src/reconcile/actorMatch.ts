// Which existing actor an incoming actor name stands for: a crosswalk pin, an external id, a name or alias, or a
// dataset's naming convention, in that order; more than one equally good actor is ambiguous and never chosen.
import { normalizeName } from '../text/normalizeName';
import { actorKindOfRole, parseAcledActorName } from './acledActorNames';

export interface ActorFacts {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  countryCode: string | null;
  /** Crosswalk pins and dataset ids, each `<scheme>:<normalised name or id>` (see externalKey). */
  externalKeys: string[];
}

/** How an actor was found, strongest first. */
export type ActorMatchBasis = 'PIN' | 'NAME' | 'CONVENTION' | 'SIMILAR_NAME';

export interface ActorCandidate {
  actorId: string;
  /** 0..1: 1 for a pin, 0.95 a name or alias, 0.85 a convention that one actor fits; lower for partial agreement. */
  score: number;
  basis: ActorMatchBasis;
  reasons: string[];
}

/** The key of a name or id in one dataset's vocabulary: externalKey('acled', 'Military Forces of Egypt (2014-)'). */
export const externalKey = (scheme: string, nameOrId: string): string =>
  `${scheme.toLowerCase()}:${normalizeName(nameOrId)}`;

/** Scores below this are not listed as candidates at all. */
export const actorCandidateFloor = 0.3;
/** A candidate is taken without a person only at or above this score and when no other comes within `actorMargin`. */
export const actorAutoScore = 0.85;
export const actorMargin = 0.1;

/**
 * Every existing actor the incoming name may stand for, best first. A pin of any scheme counts (an ACLED name pinned in
 * the crosswalk resolves the same name arriving in a bundle), and so does ACLED's convention, whose shape no other
 * source uses by chance.
 */
export function actorCandidates(name: string, actors: ActorFacts[]): ActorCandidate[] {
  const key = normalizeName(name);
  const convention = parseAcledActorName(name);
  const nameWords = new Set(key.split(' ').filter((word) => word.length > 2));
  const candidates: ActorCandidate[] = [];
  for (const actor of actors) {
    const pin = actor.externalKeys.find((k) => k.slice(k.indexOf(':') + 1) === key);
    if (pin) {
      candidates.push({ actorId: actor.id, score: 1, basis: 'PIN', reasons: [`pinned in the crosswalk (${pin})`] });
      continue;
    }
    const names = [actor.name, ...actor.aliases];
    const same = names.find((n) => normalizeName(n) === key);
    if (same) {
      candidates.push({ actorId: actor.id, score: 0.95, basis: 'NAME', reasons: [`name or alias "${same}"`] });
      continue;
    }
    if (convention?.countryCode && actor.countryCode === convention.countryCode) {
      const kind = actorKindOfRole[convention.role];
      if (actor.kind === kind) {
        // A qualifier ("Haftar Faction") names a part or a rival of the state's forces: a person must say which.
        const score = convention.qualifier ? 0.5 : 0.85;
        const qualified = convention.qualifier ? `, but "${convention.qualifier}" names a faction` : '';
        candidates.push({
          actorId: actor.id,
          score,
          basis: 'CONVENTION',
          reasons: [
            `ACLED convention: ${convention.role} of ${convention.country}; ${actor.id} is the ${kind} of ${actor.countryCode}${qualified}`,
          ],
        });
        continue;
      }
    }
    const words = normalizeName(actor.name)
      .split(' ')
      .filter((word) => word.length > 2);
    const shared = words.filter((word) => nameWords.has(word)).length;
    const overlap = words.length === 0 ? 0 : shared / Math.max(words.length, nameWords.size);
    if (overlap >= actorCandidateFloor) {
      candidates.push({
        actorId: actor.id,
        score: Math.round(overlap * 0.7 * 100) / 100,
        basis: 'SIMILAR_NAME',
        reasons: [`${shared} name word(s) shared with "${actor.name}"`],
      });
    }
  }
  return candidates.sort((a, b) => b.score - a.score || a.actorId.localeCompare(b.actorId));
}

/** The candidate to take without asking anyone: the best, when it is strong enough and clearly ahead; else null. */
export function confidentActor(candidates: ActorCandidate[]): ActorCandidate | null {
  const [best, runnerUp] = candidates;
  if (!best || best.score < actorAutoScore) return null;
  if (runnerUp && best.score - runnerUp.score < actorMargin) return null;
  return best;
}
