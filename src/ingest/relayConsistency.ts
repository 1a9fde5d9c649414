// A claim may relay only a claim about the same incident: its own event, one of that event's parts, or an event it is
// part of (at any depth). A relay repeats what it relays; one about an unrelated event would count a source twice over
// two incidents.
import type { WriteTransaction } from '../db/database';
import type { RelayMismatch } from '../db/statementRows';
import { BadInputError } from '../errors/BadInputError';
import type { BundleProblem, DocumentBundle } from './bundle.types';

export type { RelayMismatch };

export function relayMismatchText(
  m: Pick<RelayMismatch, 'claimId' | 'eventId' | 'relayedClaimId' | 'relayedEventId'>,
): string {
  return `"${m.claimId}" relays "${m.relayedClaimId}", which is about "${m.relayedEventId}": a claim may relay only a claim about its own event ("${m.eventId}"), one of its parts, or an event it is part of`;
}

/**
 * The relays a bundle alone shows to be across events (both claims in the bundle, and both events' chains of larger
 * events known to end within it), and the ids of its relaying claims it cannot decide alone (a claim or event already in
 * the graph), which the write checks against the graph.
 */
export function relayEventCheck(bundle: DocumentBundle): { problems: BundleProblem[]; undecided: string[] } {
  const claims = bundle.claims ?? [];
  const claimById = new Map(claims.map((claim) => [claim.id, claim]));
  const parentOf = new Map((bundle.events ?? []).map((event) => [event.id, event.partOfEventId ?? null]));
  /** The event and those above it, or undefined when the chain leaves the bundle. */
  const upwards = (eventId: string): string[] | undefined => {
    const path: string[] = [];
    let at: string | null | undefined = eventId;
    while (at) {
      if (path.includes(at)) return path; // a cycle, reported on its own
      path.push(at);
      if (!parentOf.has(at)) return undefined;
      at = parentOf.get(at);
    }
    return path;
  };
  const problems: BundleProblem[] = [];
  const undecided: string[] = [];
  claims.forEach((claim, i) => {
    if (!claim.relaysClaimId) return;
    const relayed = claimById.get(claim.relaysClaimId);
    if (!relayed || typeof claim.eventId !== 'string' || typeof relayed.eventId !== 'string') {
      undecided.push(claim.id);
      return;
    }
    if (claim.eventId === relayed.eventId) return;
    const mine = upwards(claim.eventId);
    const theirs = upwards(relayed.eventId);
    if (mine?.includes(relayed.eventId) || theirs?.includes(claim.eventId)) return;
    if (!mine || !theirs) {
      undecided.push(claim.id);
      return;
    }
    problems.push({
      field: `claims[${i}].relaysClaimId`,
      problem: relayMismatchText({
        claimId: claim.id,
        eventId: claim.eventId,
        relayedClaimId: relayed.id,
        relayedEventId: relayed.eventId,
      }),
    });
  });
  return { problems, undecided };
}

export function relayEventProblems(bundle: DocumentBundle): BundleProblem[] {
  return relayEventCheck(bundle).problems;
}

/**
 * Within a write: refuses (BAD_USER_INPUT, rolling the transaction back) when a claim just written, or one about an
 * event just written or moved, relays a claim about another incident. `fieldOf` names the input field to blame.
 */
export async function refuseRelaysAcrossEvents(
  tx: WriteTransaction,
  written: { claimIds: string[]; eventIds: string[] },
  fieldOf: (mismatch: RelayMismatch) => string,
): Promise<void> {
  if (written.claimIds.length === 0 && written.eventIds.length === 0) return;
  const mismatches: RelayMismatch[] = await tx.run('relaysAcrossEvents', written);
  if (mismatches.length === 0) return;
  const problems = mismatches.map((m) => ({ field: fieldOf(m), problem: relayMismatchText(m) }));
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
  throw new BadInputError(problems[0].field, `${problems[0].problem}${more}`, { problems });
}
