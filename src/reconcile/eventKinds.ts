// Which kinds of event may describe one incident: sources name the same strike an airstrike, a drone strike or an
// attack, but never a protest. Pairs not listed (and not equal) are never candidates.

/** Kind pairs that may be one incident, with how strongly the kinds agree (1 for the same kind). */
const compatible: [string, string, number][] = [
  ['AIRSTRIKE', 'DRONE_STRIKE', 0.8],
  ['AIRSTRIKE', 'ATTACK', 0.6],
  ['AIRSTRIKE', 'BOMBING', 0.5],
  ['AIRSTRIKE', 'SHELLING', 0.4],
  ['DRONE_STRIKE', 'ATTACK', 0.6],
  ['DRONE_STRIKE', 'BOMBING', 0.5],
  ['DRONE_STRIKE', 'SHELLING', 0.4],
  ['SHELLING', 'ATTACK', 0.6],
  ['SHELLING', 'ARMED_CLASH', 0.5],
  ['BOMBING', 'ATTACK', 0.7],
  ['ARMED_CLASH', 'ATTACK', 0.6],
  ['ARMED_CLASH', 'TERRITORY_CHANGE', 0.5],
  ['SIEGE', 'SHELLING', 0.4],
  ['SIEGE', 'ARMED_CLASH', 0.4],
  ['VISIT', 'MEETING', 0.6],
];

/** OTHER says nothing about the kind: it may be anything violent or not, weakly. */
const otherAgreement = 0.3;

const table = new Map<string, number>();
for (const [a, b, score] of compatible) {
  table.set(`${a}|${b}`, score);
  table.set(`${b}|${a}`, score);
}

/** How strongly two kinds agree that they are one incident: 1 same, a fraction compatible, 0 never. */
export function kindAgreement(a: string, b: string): number {
  if (a === b) return 1;
  if (a === 'OTHER' || b === 'OTHER') return otherAgreement;
  return table.get(`${a}|${b}`) ?? 0;
}

/** The documented table, for docs and tests. */
export const compatibleKinds: readonly (readonly [string, string, number])[] = compatible;
