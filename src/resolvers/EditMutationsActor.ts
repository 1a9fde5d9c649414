// Editors' mutations on actors: create and update, each one write transaction recording who wrote and when.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/Role';
import { writerOf } from '../auth/identity';
import type { RequestContext } from '../context';
import { Actor } from '../schema/actor.type';
import { CreateActorInput, UpdateActorInput } from '../schema/inputs/actor.inputs';
import { editedNode } from './editedNode';

@Resolver()
export class EditMutationsActor {
  @Authorized(Role.EDITOR)
  @Mutation(() => Actor, { description: 'Creates an actor (EDITOR role). CONFLICT when the id is taken by any node; NOT_FOUND naming the field when a referenced node does not exist or is of another kind; BAD_USER_INPUT naming the field for a bad value.' })
  async createActor(@Arg('input', () => CreateActorInput, { description: 'The new actor.' }) input: CreateActorInput, @Ctx() ctx: RequestContext): Promise<Actor> {
    const id = await ctx.edits.create('Actor', { ...input }, writerOf(ctx.identity));
    return editedNode(ctx.loaders.actor, id, 'Actor');
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Actor, { description: 'Changes the given fields of an actor (EDITOR role); fields left out stay as they are, and an update that changes nothing leaves updatedAt alone. NOT_FOUND for an unknown id or a missing referenced node.' })
  async updateActor(@Arg('input', () => UpdateActorInput, { description: 'The actor and the fields to change.' }) input: UpdateActorInput, @Ctx() ctx: RequestContext): Promise<Actor> {
    await ctx.edits.update('Actor', input.id, { ...input }, writerOf(ctx.identity));
    return editedNode(ctx.loaders.actor, input.id, 'Actor');
  }
}
