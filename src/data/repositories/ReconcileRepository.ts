// Editors' side of reconciliation: an event's candidates, the review queue, joining, keeping apart and splitting
// incidents, merging places, and the actor crosswalk. Returns ids and plain rows; resolvers load the nodes.
import neo4j from 'neo4j-driver';

import type { Database, WriteTransaction } from '../../db/database';
import type { ParamsArgument, StatementName } from '../../db/statements';
import { BadInputError } from '../../errors/BadInputError';
import { ConflictError } from '../../errors/ConflictError';
import { NotFoundError } from '../../errors/NotFoundError';
import { mergedNames } from '../../ingest/mergedNames';
import { actorKindOfRole, parseAcledActorName } from '../../reconcile/acledActorNames';
import { actorCandidates, externalKey, type ActorCandidate } from '../../reconcile/actorMatch';
import { defaultMatchSettings, rankCandidates, type RankedCandidate } from '../../reconcile/eventMatch';
import { normalizeName } from '../../text/normalizeName';
import { candidatePairs, eventFacts } from '../reconcile/matchIncidents';

export interface ReviewPairRow {
  eventId: string;
  candidateId: string;
  score: number;
  reasons: string[];
}

export interface ReviewQueuePage {
  pairs: (ReviewPairRow & { cursor: string })[];
  totalCount: number;
  hasNextPage: boolean;
}

interface PartyRow {
  id: string;
  kinds: string[];
  mergedIntoId: string | null;
  name: string | null;
  aliases: string[];
}

const cursorOf = (row: ReviewPairRow) =>
  Buffer.from(JSON.stringify([row.score, `${row.eventId}|${row.candidateId}`])).toString('base64url');

function positionOf(after: string | undefined): { afterScore: number | null; afterKey: string } {
  if (!after) return { afterScore: null, afterKey: '' };
  try {
    const [score, key] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof score === 'number' && typeof key === 'string') return { afterScore: score, afterKey: key };
  } catch {
    // fall through to the error below
  }
  throw new BadInputError(
    'after',
    `"${after}" is not a cursor of reviewQueue; pass the endCursor of the previous page`,
  );
}

export class ReconcileRepository {
  constructor(private readonly db: Database) {}

  private get reads() {
    return { run: <N extends StatementName>(name: N, ...args: ParamsArgument<N>) => this.db.read(name, ...args) };
  }

  /** Events that may be the same incident as `eventId` (an event, not a redirect), best first, with scores and reasons. */
  async eventCandidates(eventId: string): Promise<RankedCandidate[]> {
    const pairs = await candidatePairs(this.reads, [eventId], defaultMatchSettings);
    const ids = pairs.get(eventId) ?? [];
    if (ids.length === 0) return [];
    const facts = await eventFacts(this.reads, [eventId, ...ids]);
    const event = facts.get(eventId);
    if (!event) return [];
    return rankCandidates(
      event,
      ids.map((id) => facts.get(id)).filter((f) => f !== undefined),
      defaultMatchSettings,
    );
  }

  async reviewQueue(first: number, after?: string): Promise<ReviewQueuePage> {
    const rows = await this.db.read('reviewQueuePage', { ...positionOf(after), limit: neo4j.int(first + 1) });
    const page = rows.slice(0, first);
    return {
      pairs: page.map((row) => ({
        eventId: row.eventId,
        candidateId: row.candidateId,
        score: row.score,
        reasons: row.reasons,
        cursor: cursorOf(row),
      })),
      totalCount:
        rows[0]?.total ??
        (await this.db.read('reviewQueuePage', { afterScore: null, afterKey: '', limit: neo4j.int(1) }))[0]?.total ??
        0,
      hasNextPage: rows.length > first,
    };
  }

  /** Joins `eventId` into `incidentId` as one incident; returns the incident's id. */
  async joinEvents(incidentId: string, eventId: string, by: string): Promise<string> {
    if (incidentId === eventId)
      throw new ConflictError(`incidentId and eventId are both "${eventId}"; an event is already its own incident`);
    return this.db.write(async (tx) => {
      await this.requireEvents(tx, { incidentId, eventId });
      await tx.run('joinEventInto', {
        incidentId,
        joinedId: eventId,
        score: null,
        reasons: ['joined by an editor'],
        automatic: false,
        ...this.stamp(by),
      });
      return incidentId;
    });
  }

  /** Marks two events as different incidents; returns the first id. */
  async keepApart(eventId: string, otherId: string, by: string): Promise<string> {
    if (eventId === otherId)
      throw new ConflictError(`eventId and otherId are both "${eventId}"; an event cannot be kept apart from itself`);
    return this.db.write(async (tx) => {
      await this.requireEvents(tx, { eventId, otherId });
      await tx.run('keepEventsApart', { eventId, otherId, ...this.stamp(by) });
      return eventId;
    });
  }

  /** Undoes a join: the report `joinedId` is an event of its own again, with its claims; returns its id. */
  async splitEvent(joinedId: string, by: string): Promise<string> {
    return this.db.write(async (tx) => {
      const rows = await tx.run('splitJoinedEvent', { joinedId, ...this.stamp(by) });
      if (rows.length === 0) {
        const [party] = await tx.run('actorMergeParties', { ids: [joinedId] });
        if (!party) throw new NotFoundError('Event', joinedId, 'id');
        throw new ConflictError(
          `"${joinedId}" is ${party.kinds.join('/')}, not a report joined into an incident; only joined events can be split off`,
        );
      }
      return joinedId;
    });
  }

  /** Makes two locations one place, the merged id redirecting to the survivor; returns the survivor's id. */
  async mergeLocations(survivorId: string, mergedId: string, by: string): Promise<string> {
    if (survivorId === mergedId)
      throw new ConflictError(
        `survivorId and mergedId are both "${survivorId}"; a location cannot be merged into itself`,
      );
    return this.db.write(async (tx) => {
      const rows = new Map(
        (await tx.run('actorMergeParties', { ids: [survivorId, mergedId] })).map((row) => [row.id, row]),
      );
      const survivor = this.requireKind(rows.get(survivorId), survivorId, 'survivorId', 'Location');
      const merged = this.requireKind(rows.get(mergedId), mergedId, 'mergedId', 'Location');
      const names = mergedNames(
        { name: survivor.name ?? survivor.id, aliases: survivor.aliases },
        { name: merged.name ?? merged.id, aliases: merged.aliases },
      );
      await tx.run('mergeLocationInto', { survivorId, mergedId, ...names, ...this.stamp(by) });
      return survivorId;
    });
  }

  /** Pins a dataset's name (or id) for an actor in the crosswalk; returns the actor's id. */
  async pinActorName(scheme: string, name: string, actorId: string, by: string): Promise<string> {
    if (!/^[a-z][a-z0-9_-]*$/i.test(scheme))
      throw new BadInputError(
        'scheme',
        `"${scheme}" is not a scheme name; use letters, digits, - and _, e.g. acled or ucdp`,
      );
    if (normalizeName(name) === '')
      throw new BadInputError('name', 'is empty once folded; give the name as the dataset writes it');
    const rows = await this.db.writeOne('pinActorExternalKey', {
      key: externalKey(scheme, name),
      actorId,
      ...this.stamp(by),
      audit: true,
    });
    if (rows.length === 0) throw new NotFoundError('Actor', actorId, 'actorId');
    return actorId;
  }

  /** Every actor a name may stand for, with scores and reasons, best first: what resolution would see. */
  async actorCandidates(name: string): Promise<ActorCandidate[]> {
    const convention = parseAcledActorName(name);
    const countryKinds = convention?.countryCode
      ? [`${convention.countryCode}|${actorKindOfRole[convention.role]}`]
      : [];
    const words = normalizeName(name)
      .split(' ')
      .filter((word) => word.length > 2);
    const known = (
      await this.db.read('actorResolutionFacts', { keys: [normalizeName(name), ...words], countryKinds })
    ).map((row) => row.actor);
    return actorCandidates(name, known);
  }

  private stamp(by: string) {
    return { now: neo4j.types.DateTime.fromStandardDate(new Date()), by };
  }

  private async requireEvents(tx: WriteTransaction, ids: Record<string, string>): Promise<void> {
    const rows = new Map((await tx.run('actorMergeParties', { ids: Object.values(ids) })).map((row) => [row.id, row]));
    for (const [argument, id] of Object.entries(ids)) {
      const row = rows.get(id);
      if (!row) throw new NotFoundError('Event', id, argument);
      if (row.mergedIntoId)
        throw new ConflictError(
          `"${id}" (${argument}) was joined into "${row.mergedIntoId}"; use "${row.mergedIntoId}", or split it off first`,
        );
      if (!row.kinds.includes('Event'))
        throw new BadInputError(argument, `"${id}" is ${row.kinds.join('/')}, not an event`);
    }
  }

  private requireKind(row: PartyRow | undefined, id: string, argument: string, kind: string): PartyRow {
    if (!row) throw new NotFoundError(kind, id, argument);
    if (row.mergedIntoId)
      throw new ConflictError(
        `"${id}" was already merged into "${row.mergedIntoId}"; merge "${row.mergedIntoId}" instead`,
      );
    if (!row.kinds.includes(kind))
      throw new BadInputError(
        argument,
        `"${id}" is ${row.kinds.join('/')}, not ${kind === 'Location' ? 'a location' : kind}`,
      );
    return row;
  }
}
