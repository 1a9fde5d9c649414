// The ids datasets give an actor (UCDP's side ids), batched, whichever way the actor was loaded.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context';
import { Actor } from '../schema/actor.type';

@Resolver(() => Actor)
export class ActorExternalIdsResolver {
  @FieldResolver(() => [String], {
    description:
      'Ids datasets give this actor, each prefixed by its dataset: ' +
      '`ucdp:<side new id>` and `ucdp-dset:<side dset id>` for UCDP GED sides. Empty when none.',
  })
  externalIds(@Root() actor: Actor, @Ctx() ctx: RequestContext): Promise<string[]> {
    return ctx.loaders.actorExternalIds.load(actor.id);
  }
}
