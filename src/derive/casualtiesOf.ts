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
  const [killedLow, killedHigh] = range(reports.map((c) => c.figures?.killed));
  const [injuredLow, injuredHigh] = range(reports.map((c) => c.figures?.injured));
  return { killedLow, killedHigh, injuredLow, injuredHigh, reports };
}
