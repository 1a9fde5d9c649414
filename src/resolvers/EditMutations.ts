// Editors' create and update mutations for actors, locations, sources, documents and events: one factory, as for
// the audit fields, since the five differ only in names. Each runs one write transaction recording who wrote and when.
import { Arg, Authorized, Ctx, Mutation, Resolver, type ClassType } from 'type-graphql';

import { writerOf } from '../auth/identity';
import { Role } from '../auth/Role';
import type { RequestContext } from '../context';
import type { EditableKind } from '../edit/editKinds';
import { Actor } from '../schema/actor.type';
import { Document } from '../schema/document.type';
import { Event } from '../schema/event.type';
import { CreateActorInput, UpdateActorInput } from '../schema/inputs/actor.inputs';
import { CreateDocumentInput, UpdateDocumentInput } from '../schema/inputs/document.inputs';
import { CreateEventInput, UpdateEventInput } from '../schema/inputs/event.inputs';
import { CreateLocationInput, UpdateLocationInput } from '../schema/inputs/location.inputs';
import { CreateSourceInput, UpdateSourceInput } from '../schema/inputs/source.inputs';
import { Location } from '../schema/location.type';
import { Source } from '../schema/source.type';
import { editedNode } from './editedNode';

type LoaderName = 'actor' | 'location' | 'source' | 'document' | 'event';

interface Editable<T extends object> {
  kind: EditableKind;
  type: ClassType<T>;
  createInput: ClassType<object>;
  updateInput: ClassType<{ id: string }>;
  loader: LoaderName;
  /** The noun with its article, as descriptions read: "an actor", "a source". */
  aNoun: string;
}

const createDescription = (aNoun: string): string =>
  `Creates ${aNoun} (EDITOR role). CONFLICT when the id is taken by any node; NOT_FOUND naming the field when a referenced node does not exist or is of another kind; BAD_USER_INPUT naming the field for a bad value.`;
const updateDescription = (aNoun: string): string =>
  `Changes the given fields of ${aNoun} (EDITOR role); fields left out stay as they are, and an update that changes nothing leaves updatedAt alone. NOT_FOUND for an unknown id or a missing referenced node.`;

function editMutationsFor<T extends object>({ kind, type, createInput, updateInput, loader, aNoun }: Editable<T>) {
  const noun = aNoun.replace(/^an? /, '');
  @Resolver()
  class EditMutations {
    @Authorized(Role.EDITOR)
    @Mutation(() => type, { name: `create${kind}`, description: createDescription(aNoun) })
    async create(
      @Arg('input', () => createInput, { description: `The new ${noun}.` }) input: object,
      @Ctx() ctx: RequestContext,
    ): Promise<T> {
      const id = await ctx.edits.create(kind, { ...input }, writerOf(ctx.identity));
      return editedNode(ctx.loaders[loader] as never, id, kind);
    }

    @Authorized(Role.EDITOR)
    @Mutation(() => type, { name: `update${kind}`, description: updateDescription(aNoun) })
    async update(
      @Arg('input', () => updateInput, { description: `The ${noun} and the fields to change.` }) input: { id: string },
      @Ctx() ctx: RequestContext,
    ): Promise<T> {
      await ctx.edits.update(kind, input.id, { ...input }, writerOf(ctx.identity));
      return editedNode(ctx.loaders[loader] as never, input.id, kind);
    }
  }
  Object.defineProperty(EditMutations, 'name', { value: `EditMutations${kind}` });
  return EditMutations;
}

export const editMutationResolvers = [
  editMutationsFor({
    kind: 'Actor',
    type: Actor,
    createInput: CreateActorInput,
    updateInput: UpdateActorInput,
    loader: 'actor',
    aNoun: 'an actor',
  }),
  editMutationsFor({
    kind: 'Location',
    type: Location,
    createInput: CreateLocationInput,
    updateInput: UpdateLocationInput,
    loader: 'location',
    aNoun: 'a location',
  }),
  editMutationsFor({
    kind: 'Source',
    type: Source,
    createInput: CreateSourceInput,
    updateInput: UpdateSourceInput,
    loader: 'source',
    aNoun: 'a source',
  }),
  editMutationsFor({
    kind: 'Document',
    type: Document,
    createInput: CreateDocumentInput,
    updateInput: UpdateDocumentInput,
    loader: 'document',
    aNoun: 'a document',
  }),
  editMutationsFor({
    kind: 'Event',
    type: Event,
    createInput: CreateEventInput,
    updateInput: UpdateEventInput,
    loader: 'event',
    aNoun: 'an event',
  }),
] as const;
