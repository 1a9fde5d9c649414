// MELTT-style matching of one incident across sources: two event reports are candidates when their dates lie within a
// time window that follows both date precisions, their points within a distance window that follows both geo
// precisions, their kinds are compatible, and they do not come from the same dataset; the score weighs time, place,
// kind and shared actors, and says why.
import { kindAgreement } from './eventKinds';
import { distanceKm, eventAllowanceKm, isSettlementOrFiner, type GeoPrecisionLevel } from './geo';

export interface EventFacts {
  id: string;
  kind: string;
  /** ISO dates; endDate is the last day the report covers (widened from the precision when not given). */
  startDate: string | null;
  endDate: string | null;
  latitude: number | null;
  longitude: number | null;
  geoPrecision: GeoPrecisionLevel | null;
  /** Actors blamed or involved by the claims about it. */
  actorIds: string[];
  /** Those actors and every actor each is PART_OF (the Egyptian Air Force -> the armed forces -> Egypt). */
  actorLineage: string[];
  /** True when every blamed actor is of kind UNKNOWN ("unknown warplanes") or none is named. */
  actorsUnknown: boolean;
  /** DATASET sources with claims about it: a dataset does not report one incident twice. */
  datasetIds: string[];
  /** The event it is PART_OF, if any. */
  partOfEventId: string | null;
}

export interface MatchSettings {
  /** Days allowed between the two date ranges (MELTT's main runs: 1). */
  timeWindowDays: number;
  /** A candidate at or above this score joins the incident without a person (unless another comes within `margin`). */
  autoJoinScore: number;
  /** The best candidate must lead the next (that is not a part or whole of it) by this much to join automatically. */
  margin: number;
  /** Candidates below this score are dropped; between it and autoJoinScore they wait in the review queue. */
  reviewFloor: number;
}

export const defaultMatchSettings: MatchSettings = {
  timeWindowDays: 1,
  autoJoinScore: 0.8,
  margin: 0.05,
  reviewFloor: 0.45,
};

/** The weights of the four agreements in the score; they add up to 1. */
export const matchWeights = { time: 0.35, place: 0.25, kind: 0.2, actors: 0.2 } as const;

export interface EventMatch {
  score: number;
  /** One phrase per check: what agreed and how much. */
  reasons: string[];
  /** True when the pair is precise enough (one day, a settlement or finer) to be joined without a person. */
  preciseEnough: boolean;
  /** False when both name known actors and none in common: sources may disagree, but a person should say so. */
  actorsAgree: boolean;
}

const dayMs = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / dayMs);

/** The pair as candidates, or null when a window or the kinds rule them out. */
export function matchEvents(
  a: EventFacts,
  b: EventFacts,
  settings: MatchSettings = defaultMatchSettings,
): EventMatch | null {
  if (a.id === b.id) return null;
  if (a.datasetIds.some((id) => b.datasetIds.includes(id))) return null;
  const kind = kindAgreement(a.kind, b.kind);
  if (kind === 0) return null;
  const time = timeAgreement(a, b, settings.timeWindowDays);
  if (!time) return null;
  const place = placeAgreement(a, b);
  if (!place) return null;
  const actors = actorAgreement(a, b);
  const score =
    matchWeights.time * time.score +
    matchWeights.place * place.score +
    matchWeights.kind * kind +
    matchWeights.actors * actors.score;
  const kindReason = kind === 1 ? `same kind (${a.kind})` : `compatible kinds (${a.kind} / ${b.kind}: ${kind})`;
  return {
    score: Math.round(score * 1000) / 1000,
    reasons: [time.reason, place.reason, kindReason, actors.reason],
    preciseEnough: time.singleDays && place.settlements,
    actorsAgree: actors.score > 0.5,
  };
}

function timeAgreement(a: EventFacts, b: EventFacts, windowDays: number) {
  if (!a.startDate || !b.startDate) return null;
  const [aStart, aEnd] = [dayNumber(a.startDate), dayNumber(a.endDate ?? a.startDate)];
  const [bStart, bEnd] = [dayNumber(b.startDate), dayNumber(b.endDate ?? b.startDate)];
  const gap = Math.max(0, Math.max(aStart, bStart) - Math.min(aEnd, bEnd));
  if (gap > windowDays) return null;
  const span = Math.max(aEnd - aStart, bEnd - bStart) + 1;
  // A single day on both sides agrees fully; a week-wide report half as much; a month or more hardly says it is one.
  const base = span <= 1 ? 1 : span <= 8 ? 0.6 : span <= 31 ? 0.35 : 0.15;
  const score = Math.max(0, base - 0.4 * gap);
  const reason =
    gap === 0 ? (span <= 1 ? 'same day' : `overlapping dates (the wider spans ${span} days)`) : `${gap} day(s) apart`;
  return { score, reason, singleDays: span <= 1 };
}

function placeAgreement(a: EventFacts, b: EventFacts) {
  if (
    a.latitude === null ||
    a.longitude === null ||
    b.latitude === null ||
    b.longitude === null ||
    !a.geoPrecision ||
    !b.geoPrecision
  )
    return null;
  if (a.geoPrecision === 'COUNTRY' || b.geoPrecision === 'COUNTRY') return null;
  const km = distanceKm(
    { latitude: a.latitude, longitude: a.longitude },
    { latitude: b.latitude, longitude: b.longitude },
  );
  const window = eventAllowanceKm[a.geoPrecision] + eventAllowanceKm[b.geoPrecision];
  if (km > window) return null;
  const settlements = isSettlementOrFiner(a.geoPrecision) && isSettlementOrFiner(b.geoPrecision);
  const score = (settlements ? 1 : 0.5) * (1 - 0.5 * (km / window));
  return {
    score,
    reason: `${km.toFixed(1)} km apart, within ${window} km (${a.geoPrecision} / ${b.geoPrecision})`,
    settlements,
  };
}

/**
 * Actors in common: one side's actor is the other's, or a whole it is part of (a source blaming Egypt and one blaming
 * the Egyptian Air Force agree). Two units of one army are not in common: they are different actors.
 */
function actorAgreement(a: EventFacts, b: EventFacts) {
  const shared = [
    ...new Set([
      ...a.actorIds.filter((id) => b.actorLineage.includes(id)),
      ...b.actorIds.filter((id) => a.actorLineage.includes(id)),
    ]),
  ];
  if (shared.length > 0) return { score: 1, reason: `shared actors (${shared.slice(0, 3).join(', ')})` };
  if (a.actorsUnknown || b.actorsUnknown) return { score: 0.6, reason: 'one side names no known actor' };
  // Sources often blame different actors for one strike: disagreement lowers the score but does not rule it out.
  return { score: 0.2, reason: 'no actor in common' };
}

export interface RankedCandidate extends EventMatch {
  eventId: string;
}

/** Candidates of one event, best first, with the scores below the review floor dropped. */
export function rankCandidates(
  event: EventFacts,
  others: EventFacts[],
  settings: MatchSettings = defaultMatchSettings,
): RankedCandidate[] {
  const ranked: RankedCandidate[] = [];
  for (const other of others) {
    const match = matchEvents(event, other, settings);
    if (match && match.score >= settings.reviewFloor) ranked.push({ eventId: other.id, ...match });
  }
  return ranked.sort((x, y) => y.score - x.score || x.eventId.localeCompare(y.eventId));
}

/**
 * The incident an event joins without a person, or null: the best candidate must reach autoJoinScore, both reports
 * must be precise enough, their actors must not disagree, and no rival may come within the margin. Parts of the best candidate and the whole it is part
 * of are not rivals: a report of the strike on Derna matches the series and each of its strikes; it joins the series
 * when that leads, and a part only when the part leads.
 */
export function autoJoinTarget(
  ranked: RankedCandidate[],
  facts: Map<string, EventFacts>,
  settings: MatchSettings = defaultMatchSettings,
): RankedCandidate | null {
  let [best] = ranked;
  if (!best) return null;
  // A part tied with its whole gives way to the whole: the report is of the incident, its parts stay parts.
  const whole = ranked.find(
    (c) => facts.get(best.eventId)?.partOfEventId === c.eventId && best.score - c.score < settings.margin,
  );
  if (whole) best = whole;
  if (best.score < settings.autoJoinScore || !best.preciseEnough || !best.actorsAgree) return null;
  const related = (x: string, y: string) => facts.get(x)?.partOfEventId === y || facts.get(y)?.partOfEventId === x;
  const rival = ranked.find((other) => other.eventId !== best.eventId && !related(other.eventId, best.eventId));
  if (rival && best.score - rival.score < settings.margin) return null;
  return best;
}
