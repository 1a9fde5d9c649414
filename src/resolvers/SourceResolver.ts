// Lookups and lists of sources, who they speak for, and what became of their claims.
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context';
import { Actor } from '../schema/actor.type';
import { ClaimConnection } from '../schema/claimConnection.type';
import { Document } from '../schema/document.type';
import { PageArgs } from '../schema/pageArgs';
import { Source } from '../schema/source.type';
import { SourceConnection } from '../schema/sourceConnection.type';
import { SourceRecord } from '../schema/sourceRecord.type';
import { SourcesArgs } from '../schema/sources.args';
import { AliasesShareAnswer } from './aliasesShareAnswer';
import { loadOptional } from './loadRequired';

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { description: 'One source by id; NOT_FOUND when there is none.' })
  source(
    @Arg('id', () => ID, { description: 'The source’s id, e.g. `source:reuters`.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Source> {
    return ctx.sources.byId(id);
  }

  @Query(() => SourceConnection, {
    description:
      'Sources, found by words in their names (best match first) or listed by name, ' +
      'optionally of some kinds only (Relay cursors; 20 a page by default, at most 100).',
  })
  @AliasesShareAnswer()
  sources(@Args(() => SourcesArgs) args: SourcesArgs, @Ctx() ctx: RequestContext) {
    return ctx.sources.page(args);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The actor the source speaks for or belongs to.' })
  affiliatedActor(@Root() source: Source, @Ctx() ctx: RequestContext) {
    return loadOptional(ctx.loaders.actor, source.affiliatedActorId);
  }

  @FieldResolver(() => ClaimConnection, {
    description:
      'The claims the source made, relays of other sources’ claims included, newest first: ' +
      'by the day the claim was made where known, ' +
      'else by the start date of the event it is about; undated claims last, ties by id.',
  })
  @AliasesShareAnswer()
  claims(
    @Root() source: Source,
    @Arg('includeRetracted', { defaultValue: false, description: 'Also list retracted claims.' })
    includeRetracted: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.sources.claims(source.id, includeRetracted, page);
  }

  @FieldResolver(() => [Document], {
    description:
      'The documents the source’s claims are reported in, and the ones it published; ' +
      'newest publication first, undated last.',
  })
  documents(@Root() source: Source, @Ctx() ctx: RequestContext): Promise<Document[]> {
    return ctx.sources.documentsOf(source.id);
  }

  @FieldResolver(() => SourceRecord, {
    description:
      'The source’s track record: claims made, retracted, corroborated by independent sources, ' +
      'contradicted, uncorroborated.',
  })
  record(@Root() source: Source, @Ctx() ctx: RequestContext): Promise<SourceRecord> {
    return ctx.sources.recordOf(source.id);
  }
}
