// An event's grade (EventGrade): how well its claims establish it. cypher/event/eventsPage.cypher applies the same rule
// for the `grades` filter and the BEST_GRADE_FIRST order; a test holds both to one answer.
import { EventGrade } from '../vocabulary/EventGrade';
import { responsibilityOf } from './attributionsOf';
import type { ClaimFacts } from './claimFacts';
import { independentSourceCount, sources } from './claimRelations';
import type { ContestationResult } from './contestationOf';

export { EventGrade };
export type EventGradeName = EventGrade;

export interface GradeResult {
  grade: EventGradeName;
  reason: string;
}

/** A claim that says the event happened (or who did it, or what it cost): not a denial, not denying. */
export function supports(claim: ClaimFacts): boolean {
  return claim.kind !== 'DENIAL' && claim.stance !== 'DENIES';
}

/** `claims`: the unretracted claims about the event and its parts; `actorNames` names the claimants in the reason. */
export function gradeOf(
  claims: ClaimFacts[],
  contestation: ContestationResult,
  actorNames: ReadonlyMap<string, string>,
): GradeResult {
  if (contestation.isContested)
    return { grade: EventGrade.CONTESTED, reason: 'sources disagree about who did it (see contested.reasons)' };
  const supporting = claims.filter(supports);
  const n = independentSourceCount(supporting);
  if (n === 0)
    return {
      grade: EventGrade.DISCOUNTED,
      reason: 'no unretracted claim supports it: every claim about it was retracted or denies',
    };
  const { claimedBy } = responsibilityOf(claims);
  if (claimedBy.length > 0) {
    const claimants = claimedBy.map((g) => actorNames.get(g.actorId) ?? g.actorId).join(', ');
    return {
      grade: EventGrade.CONFIRMED,
      reason: `${claimants} claim${claimedBy.length === 1 ? 's' : ''} responsibility, and no source disagrees about who did it`,
    };
  }
  if (n >= 2)
    return {
      grade: EventGrade.FAIR,
      reason: `${sources(n)} support it; nobody claims it, and no source disagrees about who did it`,
    };
  return { grade: EventGrade.WEAK, reason: `${sources(n)} supports it; nobody claims it` };
}
