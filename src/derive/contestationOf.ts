// Whether an event's claims disagree about who is behind it, with reasons an analyst can check.
import { attributionsOf, denialsOf } from './attributionsOf';
import type { ClaimFacts } from './claimFacts';

export interface ContestationResult {
  isContested: boolean;
  reasons: string[];
}

/** `names` maps actor ids to display names for the reasons. */
export function contestationOf(claims: ClaimFacts[], names: Map<string, string>): ContestationResult {
  const name = (id: string) => names.get(id) ?? id;
  const blamed = attributionsOf(claims);
  // An explicitly unknown perpetrator ("unknown warplanes") does not disagree with a named one, and blaming a unit
  // agrees with blaming the force or state it is part of: only the topmost blamed actor of each chain counts.
  const known = blamed.filter((group) => group.claims[0].actorKind !== 'UNKNOWN');
  const knownIds = new Set(known.map((group) => group.actorId));
  const knownBlamed = known.filter((group) => !group.claims[0].actorLineage.some((id) => knownIds.has(id)));
  const responsibility = claims.filter((c) => c.kind === 'RESPONSIBILITY_CLAIM' && c.stance !== 'DENIES');
  const denials = denialsOf(claims);
  const reasons: string[] = [];
  if (knownBlamed.length >= 2) {
    reasons.push(
      `sources blame ${knownBlamed.length} actors, none part of another: ${knownBlamed.map((g) => name(g.actorId)).join(', ')}`,
    );
  }
  for (const denial of denials) {
    reasons.push(`${denial.sourceIds.length} source(s) deny that ${name(denial.actorId)} was behind it`);
  }
  if (blamed.length > 0 && responsibility.length === 0) {
    reasons.push(`blamed on ${blamed.map((g) => name(g.actorId)).join(', ')}, but nobody has claimed responsibility`);
  }
  if (reasons.length > 0) return { isContested: true, reasons };
  if (blamed.length === 0) return { isContested: false, reasons: ['no claim attributes the event to anyone'] };
  return {
    isContested: false,
    reasons: [`sources agree on ${blamed.map((g) => name(g.actorId)).join(', ')}, which claims responsibility`],
  };
}
