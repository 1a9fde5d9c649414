// The actor and sources of an attribution, batched.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context';
import { Actor } from '../schema/actor.type';
import { Attribution } from '../schema/attribution.type';
import { Source } from '../schema/source.type';
import { loadAll, loadRequired } from './loadRequired';

@Resolver(() => Attribution)
export class AttributionResolver {
  @FieldResolver(() => Actor)
  actor(@Root() attribution: Attribution, @Ctx() ctx: RequestContext) {
    return loadRequired(ctx.loaders.actor, attribution.actorId, 'Actor');
  }

  @FieldResolver(() => [Source])
  sources(@Root() attribution: Attribution, @Ctx() ctx: RequestContext) {
    return loadAll(ctx.loaders.source, attribution.sourceIds);
  }
}
