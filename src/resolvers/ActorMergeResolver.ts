// The `mergeActors` mutation: two actors found to be one become one.
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';

import { writerOf } from '../auth/identity';
import { Role } from '../auth/Role';
import type { RequestContext } from '../context';
import { Actor } from '../schema/actor.type';

@Resolver()
export class ActorMergeResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => Actor, {
    description:
      'Merges two actors that turn out to be the same, in one transaction: the merged actor’s name and aliases become aliases of the survivor, ' +
      'every claim, tie, affiliation and subunit of the merged actor moves to the survivor (one relationship per kind and other end: ties both already had are not doubled), ' +
      'and the merged id becomes a redirect: `actor`, `node`, the events `actorId` filter and `eventsAttributedTo` answer for the survivor. ' +
      'Merging an actor into itself or into its own redirect is CONFLICT, as is merging an id that was already merged; an unknown id is NOT_FOUND. Returns the survivor. Needs the EDITOR role.',
  })
  mergeActors(
    @Arg('survivorId', () => ID, {
      description: 'The actor that stays (a redirect id stands for the actor it redirects to).',
    })
    survivorId: string,
    @Arg('mergedId', () => ID, {
      description: 'The actor merged into the survivor; its id redirects there afterwards.',
    })
    mergedId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Actor> {
    return ctx.merges.merge(survivorId, mergedId, writerOf(ctx.identity));
  }
}
