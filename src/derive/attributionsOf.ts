// Groups an event's claims by the actor they blame, counting independent origins.
import type { ClaimWithOrigin } from '../db/mappers';
import { independentSourceCount, sameChain } from './claimRelations';

/** How an actor stands among the sources that blame it (AttributionStatus in the schema). */
export type AttributionStatus = 'CLAIMED' | 'ALLEGED' | 'UNIDENTIFIED';

/** The claims of a group about one event: the event asked about, or one of its parts. */
export interface EventShare {
  eventId: string;
  claims: ClaimWithOrigin[];
  sourceIds: string[];
  independentSourceCount: number;
}

export interface AttributionGroup {
  actorId: string;
  claims: ClaimWithOrigin[];
  sourceIds: string[];
  independentSourceCount: number;
  /** The claims by the event they are about, in order of first appearance. */
  byEvent: EventShare[];
  /** Null for denials: it says how a blamed actor stands. */
  status: AttributionStatus | null;
}

const blamingKinds = new Set(['ATTRIBUTION', 'RESPONSIBILITY_CLAIM']);

export function isBlaming(claim: ClaimWithOrigin): boolean {
  return blamingKinds.has(claim.kind) && claim.stance !== 'DENIES' && claim.actorId !== null;
}

/** A blame on a named actor: an unidentified perpetrator ("unknown warplanes", kind UNKNOWN) names nobody. */
export function isNamedBlame(claim: ClaimWithOrigin): boolean {
  return isBlaming(claim) && claim.actorKind !== 'UNKNOWN';
}

export function isDenial(claim: ClaimWithOrigin): boolean {
  return claim.actorId !== null && (claim.kind === 'DENIAL' || (blamingKinds.has(claim.kind) && claim.stance === 'DENIES'));
}

/** An actor's own claim of the event: a responsibility claim that does not deny. */
export function isResponsibilityClaim(claim: ClaimWithOrigin): boolean {
  return claim.kind === 'RESPONSIBILITY_CLAIM' && claim.stance !== 'DENIES' && claim.actorId !== null;
}

/**
 * A denial by the denied actor itself: its origin source speaks for that actor, a unit of it, or what it is part of
 * (an Egyptian official denying that Egypt, or its air force, struck).
 */
export function isOwnDenial(claim: ClaimWithOrigin): boolean {
  if (!isDenial(claim)) return false;
  const [speaksFor, ...above] = claim.originAffiliation;
  if (speaksFor === undefined) return false;
  return sameChain({ id: speaksFor, lineage: above }, { id: claim.actorId as string, lineage: claim.actorLineage });
}

function statusOf(group: ClaimWithOrigin[]): AttributionStatus {
  if (group.some(isResponsibilityClaim)) return 'CLAIMED';
  return group[0].actorKind === 'UNKNOWN' ? 'UNIDENTIFIED' : 'ALLEGED';
}

/** Claims grouped by actor, in order of first appearance; relays of one origin count once. */
export function groupByActor(claims: ClaimWithOrigin[], blames = true): AttributionGroup[] {
  const groups = new Map<string, ClaimWithOrigin[]>();
  for (const claim of claims) {
    const actorId = claim.actorId as string;
    groups.set(actorId, [...(groups.get(actorId) ?? []), claim]);
  }
  return [...groups.entries()].map(([actorId, group]) => ({
    actorId,
    claims: group,
    sourceIds: [...new Set(group.map((c) => c.sourceId))],
    independentSourceCount: independentSourceCount(group),
    byEvent: [...new Set(group.map((c) => c.eventId))].map((eventId) => {
      const share = group.filter((c) => c.eventId === eventId);
      return { eventId, claims: share, sourceIds: [...new Set(share.map((c) => c.sourceId))], independentSourceCount: independentSourceCount(share) };
    }),
    status: blames ? statusOf(group) : null,
  }));
}

export function attributionsOf(claims: ClaimWithOrigin[]): AttributionGroup[] {
  return groupByActor(claims.filter(isBlaming));
}

export function denialsOf(claims: ClaimWithOrigin[]): AttributionGroup[] {
  return groupByActor(claims.filter(isDenial), false);
}

export interface ResponsibilityResult {
  claimed: boolean;
  claimedBy: AttributionGroup[];
  deniedBy: AttributionGroup[];
}

/** Whether anyone claimed the event, who, and which actors deny it themselves (see isOwnDenial). */
export function responsibilityOf(claims: ClaimWithOrigin[]): ResponsibilityResult {
  const claimedBy = groupByActor(claims.filter(isResponsibilityClaim));
  return { claimed: claimedBy.length > 0, claimedBy, deniedBy: groupByActor(claims.filter(isOwnDenial), false) };
}
