// Editors' mutations on locations: create and update, each one write transaction recording who wrote and when.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/Role';
import { writerOf } from '../auth/identity';
import type { RequestContext } from '../context';
import { Location } from '../schema/location.type';
import { CreateLocationInput, UpdateLocationInput } from '../schema/inputs/location.inputs';
import { editedNode } from './editedNode';

@Resolver()
export class EditMutationsLocation {
  @Authorized(Role.EDITOR)
  @Mutation(() => Location, { description: 'Creates a location (EDITOR role). CONFLICT when the id is taken by any node; NOT_FOUND naming the field when a referenced node does not exist or is of another kind; BAD_USER_INPUT naming the field for a bad value.' })
  async createLocation(@Arg('input', () => CreateLocationInput, { description: 'The new location.' }) input: CreateLocationInput, @Ctx() ctx: RequestContext): Promise<Location> {
    const id = await ctx.edits.create('Location', { ...input }, writerOf(ctx.identity));
    return editedNode(ctx.loaders.location, id, 'Location');
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Location, { description: 'Changes the given fields of a location (EDITOR role); fields left out stay as they are, and an update that changes nothing leaves updatedAt alone. NOT_FOUND for an unknown id or a missing referenced node.' })
  async updateLocation(@Arg('input', () => UpdateLocationInput, { description: 'The location and the fields to change.' }) input: UpdateLocationInput, @Ctx() ctx: RequestContext): Promise<Location> {
    await ctx.edits.update('Location', input.id, { ...input }, writerOf(ctx.identity));
    return editedNode(ctx.loaders.location, input.id, 'Location');
  }
}
