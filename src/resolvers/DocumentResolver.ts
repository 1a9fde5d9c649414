// Lookups of documents and their publishers.
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context';
import { NotFoundError } from '../errors/NotFoundError';
import { Document } from '../schema/document.type';
import { Source } from '../schema/source.type';
import { loadOptional } from './loadRequired';

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => Document, { description: 'One document by id; NOT_FOUND when there is none.' })
  async document(
    @Arg('id', () => ID, { description: 'The document’s id, as `Claim.document` gives it.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Document> {
    const document = await ctx.loaders.document.load(id);
    if (!document) throw new NotFoundError('Document', id, 'id');
    return document;
  }

  // Read only when asked for: a text can run to a million characters, and pages of events and claims name documents.
  @FieldResolver(() => String, { nullable: true, description: 'Full text of the report, where the graph holds it.' })
  text(@Root() document: Document, @Ctx() ctx: RequestContext): Promise<string | null> {
    return ctx.loaders.documentText.load(document.id);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'Who published the document, where known.' })
  publisher(@Root() document: Document, @Ctx() ctx: RequestContext) {
    return loadOptional(ctx.loaders.source, document.publisherId);
  }
}
