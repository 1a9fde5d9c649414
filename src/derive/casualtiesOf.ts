// The casualty range of an event and its parts: one estimate per source's report, each saying which event it is about.
import type { ClaimFacts } from './claimFacts';

/**
 * One source's figures for one event (the event asked about or one of its parts). A report gives one number for each
 * figure, so its low and high are that number; a source that gives a range (UCDP's low, best, high) fills low and
 * high apart. Relays repeating their origin's figures are the origin's estimate, listed in `relays`.
 */
export interface CasualtyEstimate<C extends ClaimFacts = ClaimFacts> {
  claim: C;
  relays: C[];
  eventId: string;
  killed: number | null;
  killedLow: number | null;
  killedHigh: number | null;
  injured: number | null;
  injuredLow: number | null;
  injuredHigh: number | null;
  civiliansKilled: number | null;
  isMinimum: boolean;
}

export interface CasualtyFigures {
  killedLow: number | null;
  killedHigh: number | null;
  injuredLow: number | null;
  injuredHigh: number | null;
}

export interface EventCasualtyRange<C extends ClaimFacts = ClaimFacts> extends CasualtyFigures {
  eventId: string;
  estimates: CasualtyEstimate<C>[];
}

export interface CasualtyRange<C extends ClaimFacts = ClaimFacts> extends CasualtyFigures {
  reports: C[];
  estimates: CasualtyEstimate<C>[];
  /** The event itself first (when it has figures of its own), then each part with figures, in order of first report. */
  byEvent: EventCasualtyRange<C>[];
}

function lowest(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.min(...known);
}

function highest(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.max(...known);
}

function rangeOf(estimates: CasualtyEstimate<ClaimFacts>[]): CasualtyFigures {
  return {
    killedLow: lowest(estimates.map((e) => e.killedLow)),
    killedHigh: highest(estimates.map((e) => e.killedHigh)),
    injuredLow: lowest(estimates.map((e) => e.injuredLow)),
    injuredHigh: highest(estimates.map((e) => e.injuredHigh)),
  };
}

/** The figures a claim gives, as an estimate. */
export function estimateOf<C extends ClaimFacts>(claim: C): CasualtyEstimate<C> {
  const figures = claim.figures;
  const killed = figures?.killed ?? null;
  const injured = figures?.injured ?? null;
  return {
    claim,
    relays: [],
    eventId: claim.eventId,
    killed,
    killedLow: figures?.killedLow ?? killed,
    killedHigh: figures?.killedHigh ?? killed,
    injured,
    injuredLow: injured,
    injuredHigh: injured,
    civiliansKilled: figures?.civiliansKilled ?? null,
    isMinimum: figures?.isMinimum ?? false,
  };
}

const sameFigures = (a: ClaimFacts, b: ClaimFacts) =>
  a.figures?.killed === b.figures?.killed &&
  (a.figures?.killedLow ?? null) === (b.figures?.killedLow ?? null) &&
  (a.figures?.killedHigh ?? null) === (b.figures?.killedHigh ?? null) &&
  a.figures?.injured === b.figures?.injured &&
  a.figures?.civiliansKilled === b.figures?.civiliansKilled;

/**
 * The range spans every estimate for the event or any of its parts (figures about different parts are not added up: a
 * part's figure is what its source says of that part). `eventId`: the event asked about, which goes first in `byEvent`.
 */
export function casualtiesOf<C extends ClaimFacts>(claims: C[], eventId?: string): CasualtyRange<C> {
  const reports = claims.filter((c) => c.figures !== null && c.stance !== 'DENIES');
  const byId = new Map(reports.map((c) => [c.id, c]));
  // A relay whose figures are those of the claim it repeats is that claim's estimate; any other report is its own.
  const estimateOfClaim = new Map<string, CasualtyEstimate<C>>();
  const rootOf = (claim: C): C => {
    const seen = new Set<string>();
    let current = claim;
    for (;;) {
      const relayed = current.relaysClaimId ? byId.get(current.relaysClaimId) : undefined;
      if (!relayed || seen.has(relayed.id) || !sameFigures(current, relayed)) return current;
      seen.add(current.id);
      current = relayed;
    }
  };
  const estimates: CasualtyEstimate<C>[] = [];
  for (const claim of reports) {
    const root = rootOf(claim);
    let estimate = estimateOfClaim.get(root.id);
    if (!estimate) {
      estimate = estimateOf(root);
      estimateOfClaim.set(root.id, estimate);
      estimates.push(estimate);
    }
    if (root !== claim) estimate.relays.push(claim);
  }
  const eventIds = [...new Set(estimates.map((e) => e.eventId))].sort(
    (a, b) => Number(b === eventId) - Number(a === eventId),
  );
  const byEvent = eventIds.map((id) => {
    const ofEvent = estimates.filter((e) => e.eventId === id);
    return { eventId: id, estimates: ofEvent, ...rangeOf(ofEvent) };
  });
  return { ...rangeOf(estimates), reports, estimates, byEvent };
}
