// The party of a per-party death toll, batched.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context';
import { Actor } from '../schema/actor.type';
import { ActorKilled } from '../schema/figures.type';
import { loadOptional } from './loadRequired';

@Resolver(() => ActorKilled)
export class ActorKilledResolver {
  // The party is kept as an id on the claim, not as a relationship, so it is looked up rather than assumed.
  @FieldResolver(() => Actor, {
    nullable: true,
    description: 'The party the dead belonged to; null if that actor is no longer in the graph.',
  })
  actor(@Root() entry: ActorKilled, @Ctx() ctx: RequestContext) {
    return loadOptional(ctx.loaders.actor, entry.actorId);
  }
}
