// The actor of an involvement, batched.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context';
import { Actor } from '../schema/actor.type';
import { Involvement } from '../schema/involvement.type';
import { loadRequired } from './loadRequired';

@Resolver(() => Involvement)
export class InvolvementResolver {
  @FieldResolver(() => Actor, { description: 'The actor involved.' })
  actor(@Root() involvement: Involvement, @Ctx() ctx: RequestContext) {
    return loadRequired(ctx.loaders.actor, involvement.actorId, 'Actor');
  }
}
