// When two claims speak of the same perpetrator or the same incident, and how many independent sources a set of claims has.
import type { ClaimFacts } from './claimFacts';

/** An actor with the ids of the units it is part of, at any depth (PART_OF upwards). */
export interface ActorInChain {
  id: string;
  lineage: readonly string[];
  /** The state and faction its name says it is a body of (ClaimFacts.actorStateKey), where it says one. */
  stateKey?: string | null;
}

/**
 * One actor, or one part of the other (a unit and its state), or two bodies of one state and faction as datasets name
 * them (ACLED's "Military Forces of Egypt (2014-)", UCDP's "Government of Egypt"): blaming both is one accusation.
 */
export function sameChain(a: ActorInChain, b: ActorInChain): boolean {
  return (
    a.id === b.id || a.lineage.includes(b.id) || b.lineage.includes(a.id) || (!!a.stateKey && a.stateKey === b.stateKey)
  );
}

export function blamedActor(claim: ClaimFacts): ActorInChain {
  return { id: claim.actorId as string, lineage: claim.actorLineage, stateKey: claim.actorStateKey };
}

/**
 * Whether two claims are about one incident: the same event, or one about an event and the other about a part of it
 * (at any depth). Claims about two different parts of a whole are about different incidents.
 */
export function sameIncident(a: ClaimFacts, b: ClaimFacts): boolean {
  return a.eventId === b.eventId || a.eventPath.includes(b.eventId) || b.eventPath.includes(a.eventId);
}

/** Distinct origins (the maker of the claim at the end of each relay chain): relays of one origin count once. */
export function independentSourceCount(claims: readonly ClaimFacts[]): number {
  return new Set(claims.map((c) => c.originSourceId)).size;
}

export function sources(count: number): string {
  return `${count} independent source${count === 1 ? '' : 's'}`;
}
