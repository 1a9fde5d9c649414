// Groups an event's claims by the actor they blame, counting independent origins.
import type { ClaimFacts } from './claimFacts';
import { independentSourceCount, sameChain } from './claimRelations';

/** How an actor stands among the sources that blame it (AttributionStatus in the schema). */
export type AttributionStatus = 'CLAIMED' | 'ALLEGED' | 'UNIDENTIFIED';

/** The claims of a group about one event: the event asked about, or one of its parts. */
export interface EventShare<C extends ClaimFacts = ClaimFacts> {
  eventId: string;
  claims: C[];
  sourceIds: string[];
  independentSourceCount: number;
}

export interface AttributionGroup<C extends ClaimFacts = ClaimFacts> {
  actorId: string;
  claims: C[];
  sourceIds: string[];
  independentSourceCount: number;
  /** The claims by the event they are about, in order of first appearance. */
  byEvent: EventShare<C>[];
  /** Null for denials: it says how a blamed actor stands. */
  status: AttributionStatus | null;
}

const blamingKinds = new Set(['ATTRIBUTION', 'RESPONSIBILITY_CLAIM']);

export function isBlaming(claim: ClaimFacts): boolean {
  return blamingKinds.has(claim.kind) && claim.stance !== 'DENIES' && claim.actorId !== null;
}

/** A blame on a named actor: an unidentified perpetrator ("unknown warplanes", kind UNKNOWN) names nobody. */
export function isNamedBlame(claim: ClaimFacts): boolean {
  return isBlaming(claim) && claim.actorKind !== 'UNKNOWN';
}

export function isDenial(claim: ClaimFacts): boolean {
  return (
    claim.actorId !== null && (claim.kind === 'DENIAL' || (blamingKinds.has(claim.kind) && claim.stance === 'DENIES'))
  );
}

/** An actor's own claim of the event: a responsibility claim that does not deny. */
export function isResponsibilityClaim(claim: ClaimFacts): boolean {
  return claim.kind === 'RESPONSIBILITY_CLAIM' && claim.stance !== 'DENIES' && claim.actorId !== null;
}

/**
 * A denial by the denied actor itself: its origin source speaks for that actor, a unit of it, or what it is part of
 * (an Egyptian official denying that Egypt, or its air force, struck).
 */
export function isOwnDenial(claim: ClaimFacts): boolean {
  if (!isDenial(claim)) return false;
  const [speaksFor, ...above] = claim.originAffiliation;
  if (speaksFor === undefined) return false;
  return sameChain({ id: speaksFor, lineage: above }, { id: claim.actorId as string, lineage: claim.actorLineage });
}

function statusOf(group: ClaimFacts[]): AttributionStatus {
  if (group.some(isResponsibilityClaim)) return 'CLAIMED';
  return group[0].actorKind === 'UNKNOWN' ? 'UNIDENTIFIED' : 'ALLEGED';
}

/** Claims grouped by actor, in order of first appearance; relays of one origin count once. */
export function groupByActor<C extends ClaimFacts>(claims: C[], blames = true): AttributionGroup<C>[] {
  const groups = new Map<string, C[]>();
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
      return {
        eventId,
        claims: share,
        sourceIds: [...new Set(share.map((c) => c.sourceId))],
        independentSourceCount: independentSourceCount(share),
      };
    }),
    status: blames ? statusOf(group) : null,
  }));
}

export function attributionsOf<C extends ClaimFacts>(claims: C[]): AttributionGroup<C>[] {
  return groupByActor(claims.filter(isBlaming));
}

export function denialsOf<C extends ClaimFacts>(claims: C[]): AttributionGroup<C>[] {
  return groupByActor(claims.filter(isDenial), false);
}

export interface ResponsibilityResult<C extends ClaimFacts = ClaimFacts> {
  claimed: boolean;
  claimedBy: AttributionGroup<C>[];
  deniedBy: AttributionGroup<C>[];
}

/** Whether anyone claimed the event, who, and which actors deny it themselves (see isOwnDenial). */
export function responsibilityOf<C extends ClaimFacts>(claims: C[]): ResponsibilityResult<C> {
  const claimedBy = groupByActor(claims.filter(isResponsibilityClaim));
  return { claimed: claimedBy.length > 0, claimedBy, deniedBy: groupByActor(claims.filter(isOwnDenial), false) };
}
