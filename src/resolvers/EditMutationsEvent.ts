// Editors' mutations on events: create and update, each one write transaction recording who wrote and when.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/Role';
import { writerOf } from '../auth/identity';
import type { RequestContext } from '../context';
import { Event } from '../schema/event.type';
import { CreateEventInput, UpdateEventInput } from '../schema/inputs/event.inputs';
import { editedNode } from './editedNode';

@Resolver()
export class EditMutationsEvent {
  @Authorized(Role.EDITOR)
  @Mutation(() => Event, { description: 'Creates an event (EDITOR role). CONFLICT when the id is taken by any node; NOT_FOUND naming the field when a referenced node does not exist or is of another kind; BAD_USER_INPUT naming the field for a bad value.' })
  async createEvent(@Arg('input', () => CreateEventInput, { description: 'The new event.' }) input: CreateEventInput, @Ctx() ctx: RequestContext): Promise<Event> {
    const id = await ctx.edits.create('Event', { ...input }, writerOf(ctx.identity));
    return editedNode(ctx.loaders.event, id, 'Event');
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Event, { description: 'Changes the given fields of an event (EDITOR role); fields left out stay as they are, and an update that changes nothing leaves updatedAt alone. NOT_FOUND for an unknown id or a missing referenced node.' })
  async updateEvent(@Arg('input', () => UpdateEventInput, { description: 'The event and the fields to change.' }) input: UpdateEventInput, @Ctx() ctx: RequestContext): Promise<Event> {
    await ctx.edits.update('Event', input.id, { ...input }, writerOf(ctx.identity));
    return editedNode(ctx.loaders.event, input.id, 'Event');
  }
}
