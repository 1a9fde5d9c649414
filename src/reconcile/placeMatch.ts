// The same-place rule: two locations are one place when they are in the same country, of the same level, named alike
// (after folding spellings) and their points lie within what both geo precisions allow.
import { distanceKm, placeAllowanceKm, type GeoPrecisionLevel, type LatLon } from './geo';
import { compareNames } from './placeNames';

export interface PlaceFacts extends LatLon {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  geoPrecision: GeoPrecisionLevel;
  /**
   * What says which country the place is in: its ISO code, or an ancestor's, else the id of its COUNTRY ancestor;
   * null when unknown (then it is never matched: "same country" cannot be shown).
   */
  countryKey: string | null;
}

export interface PlaceMatch {
  same: boolean;
  /** Why (or why not), one short phrase per check, for the API and logs. */
  reasons: string[];
  distanceKm: number;
}

export function samePlace(incoming: PlaceFacts, existing: PlaceFacts): PlaceMatch {
  const km = distanceKm(incoming, existing);
  const reasons: string[] = [];
  const fail = (reason: string): PlaceMatch => ({ same: false, reasons: [...reasons, reason], distanceKm: km });
  if (incoming.countryKey === null || existing.countryKey === null) return fail('country unknown');
  if (incoming.countryKey !== existing.countryKey)
    return fail(`countries differ (${incoming.countryKey} / ${existing.countryKey})`);
  reasons.push(`same country (${incoming.countryKey})`);
  if (incoming.kind !== existing.kind) return fail(`levels differ (${incoming.kind} / ${existing.kind})`);
  const names = bestNameAgreement([incoming.name, ...incoming.aliases], [existing.name, ...existing.aliases]);
  if (!names) return fail('names differ');
  reasons.push(names);
  const window = placeAllowanceKm[incoming.geoPrecision] + placeAllowanceKm[existing.geoPrecision];
  if (km > window) return fail(`${km.toFixed(1)} km apart, more than the ${window} km their precisions allow`);
  reasons.push(`${km.toFixed(1)} km apart, within ${window} km`);
  return { same: true, reasons, distanceKm: km };
}

/** The best agreement between any name of one and any name of the other, as a reason; null when none agree. */
function bestNameAgreement(namesA: string[], namesB: string[]): string | null {
  let variant: string | null = null;
  for (const a of namesA) {
    for (const b of namesB) {
      const agreement = compareNames(a, b);
      if (agreement === 'same') return `names agree ("${a}" = "${b}")`;
      if (agreement === 'variant') variant ??= `names are spelling variants ("${a}" ~ "${b}")`;
    }
  }
  return variant;
}

/** Of the existing places, the one the incoming place is; the nearest wins when several qualify. */
export function resolvePlace(
  incoming: PlaceFacts,
  existing: PlaceFacts[],
): { place: PlaceFacts; match: PlaceMatch } | null {
  let best: { place: PlaceFacts; match: PlaceMatch } | null = null;
  for (const place of existing) {
    if (place.id === incoming.id) continue;
    const match = samePlace(incoming, place);
    if (match.same && (!best || match.distanceKm < best.match.distanceKm)) best = { place, match };
  }
  return best;
}
