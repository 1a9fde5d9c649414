// Lookups of sources and who they speak for.
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import { NotFoundError } from '../errors/NotFoundError';
import { Actor } from '../schema/actor.type';
import { Source } from '../schema/source.type';
import { loadOptional } from './loadRequired';

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { description: 'One source by id; NOT_FOUND when there is none.' })
  async source(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Source> {
    const source = await ctx.loaders.source.load(id);
    if (!source) throw new NotFoundError('Source', id, 'id');
    return source;
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The actor the source speaks for or belongs to.' })
  affiliatedActor(@Root() source: Source, @Ctx() ctx: RequestContext) {
    return loadOptional(ctx.loaders.actor, source.affiliatedActorId);
  }
}
