// The casualty range of an event across the claims that give figures.
import type { ClaimFacts } from './claimFacts';

export interface CasualtyRange<C extends ClaimFacts = ClaimFacts> {
  killedLow: number | null;
  killedHigh: number | null;
  injuredLow: number | null;
  injuredHigh: number | null;
  reports: C[];
}

function range(values: (number | null | undefined)[]): [number | null, number | null] {
  const known = values.filter((v): v is number => typeof v === 'number');
  return known.length === 0 ? [null, null] : [Math.min(...known), Math.max(...known)];
}

export function casualtiesOf<C extends ClaimFacts>(claims: C[]): CasualtyRange<C> {
  const reports = claims.filter((c) => c.figures !== null && c.stance !== 'DENIES');
  // A source that gives its own range (UCDP's low / high) spans it; one that gives a single figure is that figure.
  const [killedLow] = range(reports.map((c) => c.figures?.killedLow ?? c.figures?.killed));
  const [, killedHigh] = range(reports.map((c) => c.figures?.killedHigh ?? c.figures?.killed));
  const [injuredLow, injuredHigh] = range(reports.map((c) => c.figures?.injured));
  return { killedLow, killedHigh, injuredLow, injuredHigh, reports };
}
