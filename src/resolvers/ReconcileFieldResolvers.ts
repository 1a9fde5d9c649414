// The nodes behind reconciliation answers, loaded in batches: a candidate's event, a review pair's two events, an
// actor candidate's actor.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context';
import { Actor } from '../schema/actor.type';
import { Event } from '../schema/event.type';
import { ActorCandidate } from '../schema/reconcile/actorCandidate.type';
import { IncidentCandidate } from '../schema/reconcile/incidentCandidate.type';
import { ReviewPair } from '../schema/reconcile/reviewPair.type';

@Resolver(() => IncidentCandidate)
export class IncidentCandidateResolver {
  @FieldResolver(() => Event, {
    nullable: true,
    description: 'The candidate event (null if it was joined or removed since).',
  })
  event(@Root() candidate: IncidentCandidate, @Ctx() ctx: RequestContext): Promise<Event | undefined> {
    return ctx.loaders.event.load(candidate.eventId);
  }
}

@Resolver(() => ReviewPair)
export class ReviewPairResolver {
  @FieldResolver(() => Event, { nullable: true, description: 'The newer report.' })
  event(@Root() pair: ReviewPair, @Ctx() ctx: RequestContext): Promise<Event | undefined> {
    return ctx.loaders.event.load(pair.eventId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event it may be.' })
  candidate(@Root() pair: ReviewPair, @Ctx() ctx: RequestContext): Promise<Event | undefined> {
    return ctx.loaders.event.load(pair.candidateId);
  }
}

@Resolver(() => ActorCandidate)
export class ActorCandidateResolver {
  @FieldResolver(() => Actor, { nullable: true, description: 'The actor.' })
  actor(@Root() candidate: ActorCandidate, @Ctx() ctx: RequestContext): Promise<Actor | undefined> {
    return ctx.loaders.actor.load(candidate.actorId);
  }
}
