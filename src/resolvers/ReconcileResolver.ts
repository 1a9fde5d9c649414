// Reconciling what many sources report: an event's candidate incidents, the review queue, joins, keep-aparts and splits,
// merges of places, and the actor crosswalk. Thin: the rules are in src/reconcile, the writes in ReconcileRepository.
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import { writerOf } from '../auth/identity';
import { Role } from '../auth/Role';
import type { RequestContext } from '../context';
import { NotFoundError } from '../errors/NotFoundError';
import { Actor } from '../schema/actor.type';
import { Event } from '../schema/event.type';
import { Location } from '../schema/location.type';
import { ActorCandidate, type ActorMatchBasis } from '../schema/reconcile/actorCandidate.type';
import { IncidentCandidate } from '../schema/reconcile/incidentCandidate.type';
import { ReviewPairConnection } from '../schema/reconcile/reviewPair.type';
import { ReviewQueueArgs } from '../schema/reconcile/reviewQueue.args';

async function loaded<T>(load: Promise<T | undefined>, kind: string, id: string, argument: string): Promise<T> {
  const node = await load;
  if (!node) throw new NotFoundError(kind, id, argument);
  return node;
}

@Resolver()
export class ReconcileResolver {
  @Query(() => [IncidentCandidate], {
    description:
      'Events that may report the same incident as this one, best first, ' +
      'each with its score and reasons (MELTT’s method: ' +
      'time and distance windows that follow both precisions, compatible kinds, shared actors). ' +
      'Events kept apart are left out. A joined report’s id stands for its incident.',
  })
  async eventCandidates(
    @Arg('id', () => ID, { description: 'The event (or a report joined into it).' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<IncidentCandidate[]> {
    const event = await loaded(ctx.loaders.event.load(id), 'Event', id, 'id');
    return ctx.reconcile.eventCandidates(event.id);
  }

  @Query(() => ReviewPairConnection, {
    description:
      'Pairs of events that may be one incident and wait for an editor (`joinEvents` or `keepApart`), ' +
      'best score first.',
  })
  async reviewQueue(
    @Args(() => ReviewQueueArgs) args: ReviewQueueArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewPairConnection> {
    const page = await ctx.reconcile.reviewQueue(args.first, args.after);
    return {
      edges: page.pairs.map((pair) => ({ cursor: pair.cursor, node: pair })),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: args.after !== undefined,
        startCursor: page.pairs[0]?.cursor ?? null,
        endCursor: page.pairs.at(-1)?.cursor ?? null,
      },
      totalCount: page.totalCount,
    };
  }

  @Query(() => [ActorCandidate], {
    description:
      'Every actor a name (as a dataset writes it) may stand for, best first, ' +
      'with scores and reasons: what ingest sees when it resolves the name. ' +
      'Ambiguous names are listed here, never merged.',
  })
  async actorCandidates(
    @Arg('name', { description: 'The name as written, e.g. "Military Forces of Egypt (2014-)".' }) name: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ActorCandidate[]> {
    return (await ctx.reconcile.actorCandidates(name)).map((candidate) => ({
      ...candidate,
      basis: candidate.basis as ActorMatchBasis,
    }));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Event, {
    description:
      'Joins a report into an incident, reversibly: ' +
      'its claims and parts move to the incident (remembering where they came from) ' +
      'and its id answers with the incident. ' +
      'CONFLICT for an event joined already or joined into itself. Needs EDITOR.',
  })
  async joinEvents(
    @Arg('incidentId', () => ID, { description: 'The event that stays: the incident.' }) incidentId: string,
    @Arg('eventId', () => ID, { description: 'The report that joins it.' }) eventId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Event> {
    const id = await ctx.reconcile.joinEvents(incidentId, eventId, writerOf(ctx.identity));
    ctx.loaders.event.clearAll();
    return loaded(ctx.loaders.event.load(id), 'Event', id, 'incidentId');
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Event, {
    description:
      'Says two events are different incidents: ' +
      'the pair leaves the review queue and is never proposed or joined again. ' +
      'Returns the first. Needs EDITOR.',
  })
  async keepApart(
    @Arg('eventId', () => ID, { description: 'One event.' }) eventId: string,
    @Arg('otherId', () => ID, { description: 'The event it is not.' }) otherId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Event> {
    const id = await ctx.reconcile.keepApart(eventId, otherId, writerOf(ctx.identity));
    ctx.loaders.event.clearAll();
    return loaded(ctx.loaders.event.load(id), 'Event', id, 'eventId');
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Event, {
    description:
      'Undoes a join: the report is an event of its own again, at its own place, ' +
      'with the claims and parts it came with; the two are then kept apart. ' +
      'CONFLICT when the id is not a joined report. Needs EDITOR.',
  })
  async splitEvent(
    @Arg('id', () => ID, { description: 'The id of the report that was joined.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Event> {
    const eventId = await ctx.reconcile.splitEvent(id, writerOf(ctx.identity));
    ctx.loaders.event.clearAll();
    return loaded(ctx.loaders.event.load(eventId), 'Event', eventId, 'id');
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Location, {
    description:
      'Makes two locations one place (what the same-place rule missed): events, ' +
      'sub-places and actors’ ties move to the survivor, the merged names become aliases, ' +
      'and the merged id redirects to the survivor (bundles that define it again write to the survivor). ' +
      'Needs EDITOR.',
  })
  async mergeLocations(
    @Arg('survivorId', () => ID, { description: 'The location that stays.' }) survivorId: string,
    @Arg('mergedId', () => ID, { description: 'The location merged into it; its id redirects afterwards.' })
    mergedId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Location> {
    const id = await ctx.reconcile.mergeLocations(survivorId, mergedId, writerOf(ctx.identity));
    ctx.loaders.location.clearAll();
    return loaded(ctx.loaders.location.load(id), 'Location', id, 'survivorId');
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Actor, {
    description:
      'Pins a dataset’s name (or id) for an actor in the crosswalk: "acled", ' +
      '"Military Forces of Libya (2014-) Haftar Faction" -> the LNA. ' +
      'Later imports resolve the name to the actor; pinning it again moves the pin. Needs EDITOR.',
  })
  async pinActorName(
    @Arg('scheme', { description: 'The vocabulary: acled, ucdp, or any other source’s.' }) scheme: string,
    @Arg('name', { description: 'The name or id as that source writes it.' }) name: string,
    @Arg('actorId', () => ID, { description: 'The actor it stands for.' }) actorId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Actor> {
    const id = await ctx.reconcile.pinActorName(scheme, name, actorId, writerOf(ctx.identity));
    ctx.loaders.actor.clearAll();
    return loaded(ctx.loaders.actor.load(id), 'Actor', id, 'actorId');
  }
}
