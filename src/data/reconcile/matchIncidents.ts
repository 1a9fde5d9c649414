// After a bundle is written: each event it created is matched against the events already in the graph (MELTT's
// method, src/reconcile/eventMatch.ts). A clear match joins the incident at once, reversibly; weaker candidates wait
// in the review queue as POSSIBLY_SAME links.
import type { WriteTransaction } from '../../db/database';
import type { ParamsOfStatement } from '../../db/statements';
import {
  autoJoinTarget,
  defaultMatchSettings,
  rankCandidates,
  type EventFacts,
  type MatchSettings,
  type RankedCandidate,
} from '../../reconcile/eventMatch';
import { eventAllowanceKm } from '../../reconcile/geo';
import type { EventOrigin } from '../../vocabulary/EventOrigin';

export interface IncidentMatching {
  /** Overrides of the thresholds and windows (the benchmark tries others); the documented defaults otherwise. */
  settings?: Partial<MatchSettings>;
  /** false: write the events without matching them (a bulk load that is matched later). */
  enabled?: boolean;
  /**
   * A dataset's bulk import: the candidates are the events of these origins (the others') in the batch's dates, found
   * once for the batch; otherwise those the event_point index finds around each event, which in a dataset's crowded
   * cities are thousands of its own events, none of which can be a match.
   */
  candidatesFrom?: readonly EventOrigin[];
}

/** Events spanning more than this are not candidates of a dataset's batch (its window would reach back that far). */
const longestCandidateSpanDays = 366;

export interface IncidentOutcome {
  joined: { eventId: string; incidentId: string; score: number }[];
  queued: number;
}

/** The allowances as a Cypher map: COUNTRY-precise events are never matched by place, so their allowance is moot. */
const allowanceKm = Object.fromEntries(
  Object.entries(eventAllowanceKm).map(([precision, km]) => [precision, Number.isFinite(km) ? km : 0]),
);
const widestKm = eventAllowanceKm.REGION;
/** The farthest two events may be apart and still be candidates (both at region precision). */
const farthestKm = Math.max(...Object.values(allowanceKm)) + widestKm;

/** When and by whom: the write's timestamp as the statements take it. */
type Now = ParamsOfStatement<'joinEventInto'>['now'];

/** Facts of the given events, by id. */
export async function eventFacts(tx: Pick<WriteTransaction, 'run'>, ids: string[]): Promise<Map<string, EventFacts>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.run('eventMatchFacts', { ids });
  return new Map(rows.map((row) => [row.facts.id, row.facts]));
}

/** Candidate pairs within the widest windows, grouped by event. */
export async function candidatePairs(
  tx: Pick<WriteTransaction, 'run'>,
  eventIds: string[],
  settings: MatchSettings,
  candidatesFrom?: readonly EventOrigin[],
): Promise<Map<string, string[]>> {
  const windows = { eventIds, windowDays: settings.timeWindowDays, allowanceKm, widestKm };
  let rows: { eventId: string; candidateId: string }[];
  if (candidatesFrom) {
    const among = await tx.run('eventsOfOtherSourcesInWindow', {
      eventIds,
      origins: candidatesFrom,
      windowDays: settings.timeWindowDays,
      longestSpanDays: longestCandidateSpanDays,
      marginKm: farthestKm,
    });
    if (among.length === 0) return new Map();
    rows = await tx.run('incidentCandidatePairsAmong', { ...windows, candidateIds: among.map(({ id }) => id) });
  } else {
    rows = await tx.run('incidentCandidatePairs', windows);
  }
  const pairs = new Map<string, string[]>();
  for (const row of rows) pairs.set(row.eventId, [...(pairs.get(row.eventId) ?? []), row.candidateId]);
  return pairs;
}

export async function matchIncidents(
  tx: WriteTransaction,
  eventIds: string[],
  options: { now: Now; by: string; matching?: IncidentMatching },
): Promise<IncidentOutcome> {
  const outcome: IncidentOutcome = { joined: [], queued: 0 };
  if (options.matching?.enabled === false) return outcome;
  const settings = { ...defaultMatchSettings, ...options.matching?.settings };
  const pairs = await candidatePairs(tx, eventIds, settings, options.matching?.candidatesFrom);
  if (pairs.size === 0) return outcome;
  const facts = await eventFacts(tx, [...new Set([...pairs.keys(), ...[...pairs.values()].flat()])]);
  // One report per dataset joins an incident (MELTT's matches are one-to-one): a second from the same dataset waits.
  const datasetsJoined = new Map<string, Set<string>>();
  const queued: { eventId: string; candidateId: string; score: number; reasons: string[] }[] = [];
  for (const eventId of eventIds) {
    const event = facts.get(eventId);
    const candidates = (pairs.get(eventId) ?? [])
      .map((id) => facts.get(id))
      .filter((f): f is EventFacts => f !== undefined);
    if (!event || candidates.length === 0) continue;
    const ranked = rankCandidates(event, candidates, settings);
    const target = autoJoinTarget(ranked, facts, settings);
    const taken = target ? datasetsJoined.get(target.eventId) : undefined;
    if (target && !event.datasetIds.some((id) => taken?.has(id))) {
      await join(tx, eventId, target, options);
      datasetsJoined.set(target.eventId, new Set([...(taken ?? []), ...event.datasetIds]));
      outcome.joined.push({ eventId, incidentId: target.eventId, score: target.score });
      continue;
    }
    // The three best wait for an editor (the review queue lists them best first).
    for (const candidate of ranked.slice(0, 3))
      queued.push({ eventId, candidateId: candidate.eventId, score: candidate.score, reasons: candidate.reasons });
  }
  if (queued.length > 0) await tx.run('recordPossibleMatches', { pairs: queued, now: options.now });
  outcome.queued = queued.length;
  return outcome;
}

async function join(tx: WriteTransaction, eventId: string, target: RankedCandidate, options: { now: Now; by: string }) {
  await tx.run('joinEventInto', {
    incidentId: target.eventId,
    joinedId: eventId,
    score: target.score,
    reasons: target.reasons,
    automatic: true,
    now: options.now,
    by: options.by,
  });
}
