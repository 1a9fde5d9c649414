// Editors' mutations on documents: create and update, each one write transaction recording who wrote and when.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/Role';
import { writerOf } from '../auth/identity';
import type { RequestContext } from '../context';
import { Document } from '../schema/document.type';
import { CreateDocumentInput, UpdateDocumentInput } from '../schema/inputs/document.inputs';
import { editedNode } from './editedNode';

@Resolver()
export class EditMutationsDocument {
  @Authorized(Role.EDITOR)
  @Mutation(() => Document, { description: 'Creates a document (EDITOR role). CONFLICT when the id is taken by any node; NOT_FOUND naming the field when a referenced node does not exist or is of another kind; BAD_USER_INPUT naming the field for a bad value.' })
  async createDocument(@Arg('input', () => CreateDocumentInput, { description: 'The new document.' }) input: CreateDocumentInput, @Ctx() ctx: RequestContext): Promise<Document> {
    const id = await ctx.edits.create('Document', { ...input }, writerOf(ctx.identity));
    return editedNode(ctx.loaders.document, id, 'Document');
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Document, { description: 'Changes the given fields of a document (EDITOR role); fields left out stay as they are, and an update that changes nothing leaves updatedAt alone. NOT_FOUND for an unknown id or a missing referenced node.' })
  async updateDocument(@Arg('input', () => UpdateDocumentInput, { description: 'The document and the fields to change.' }) input: UpdateDocumentInput, @Ctx() ctx: RequestContext): Promise<Document> {
    await ctx.edits.update('Document', input.id, { ...input }, writerOf(ctx.identity));
    return editedNode(ctx.loaders.document, input.id, 'Document');
  }
}
