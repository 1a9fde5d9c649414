// Groups an event's claims by the actor they blame, counting independent origins.
import type { ClaimFacts } from './claimFacts';

export interface AttributionGroup<C extends ClaimFacts = ClaimFacts> {
  actorId: string;
  claims: C[];
  sourceIds: string[];
  independentSourceCount: number;
}

const blamingKinds = new Set(['ATTRIBUTION', 'RESPONSIBILITY_CLAIM']);

export function isBlaming(claim: ClaimFacts): boolean {
  return blamingKinds.has(claim.kind) && claim.stance !== 'DENIES' && claim.actorId !== null;
}

export function isDenial(claim: ClaimFacts): boolean {
  return (
    claim.actorId !== null && (claim.kind === 'DENIAL' || (blamingKinds.has(claim.kind) && claim.stance === 'DENIES'))
  );
}

/** Claims grouped by actor, in order of first appearance; relays of one origin count once. */
export function groupByActor<C extends ClaimFacts>(claims: C[]): AttributionGroup<C>[] {
  const groups = new Map<string, C[]>();
  for (const claim of claims) {
    const actorId = claim.actorId as string;
    groups.set(actorId, [...(groups.get(actorId) ?? []), claim]);
  }
  return [...groups.entries()].map(([actorId, group]) => ({
    actorId,
    claims: group,
    sourceIds: [...new Set(group.map((c) => c.sourceId))],
    independentSourceCount: new Set(group.map((c) => c.originSourceId)).size,
  }));
}

export function attributionsOf<C extends ClaimFacts>(claims: C[]): AttributionGroup<C>[] {
  return groupByActor(claims.filter(isBlaming));
}

export function denialsOf<C extends ClaimFacts>(claims: C[]): AttributionGroup<C>[] {
  return groupByActor(claims.filter(isDenial));
}
