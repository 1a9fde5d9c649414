// Editors' mutations on sources: create and update, each one write transaction recording who wrote and when.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/Role';
import { writerOf } from '../auth/identity';
import type { RequestContext } from '../context';
import { Source } from '../schema/source.type';
import { CreateSourceInput, UpdateSourceInput } from '../schema/inputs/source.inputs';
import { editedNode } from './editedNode';

@Resolver()
export class EditMutationsSource {
  @Authorized(Role.EDITOR)
  @Mutation(() => Source, { description: 'Creates a source (EDITOR role). CONFLICT when the id is taken by any node; NOT_FOUND naming the field when a referenced node does not exist or is of another kind; BAD_USER_INPUT naming the field for a bad value.' })
  async createSource(@Arg('input', () => CreateSourceInput, { description: 'The new source.' }) input: CreateSourceInput, @Ctx() ctx: RequestContext): Promise<Source> {
    const id = await ctx.edits.create('Source', { ...input }, writerOf(ctx.identity));
    return editedNode(ctx.loaders.source, id, 'Source');
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Source, { description: 'Changes the given fields of a source (EDITOR role); fields left out stay as they are, and an update that changes nothing leaves updatedAt alone. NOT_FOUND for an unknown id or a missing referenced node.' })
  async updateSource(@Arg('input', () => UpdateSourceInput, { description: 'The source and the fields to change.' }) input: UpdateSourceInput, @Ctx() ctx: RequestContext): Promise<Source> {
    await ctx.edits.update('Source', input.id, { ...input }, writerOf(ctx.identity));
    return editedNode(ctx.loaders.source, input.id, 'Source');
  }
}
