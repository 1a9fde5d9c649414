// Lookups of places and their place in the hierarchy.
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import { NotFoundError } from '../errors/NotFoundError';
import { Location } from '../schema/location.type';
import { loadOptional } from './loadRequired';

@Resolver(() => Location)
export class LocationResolver {
  @Query(() => Location, { description: 'One place by id; NOT_FOUND when there is none.' })
  async location(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Location> {
    const location = await ctx.loaders.location.load(id);
    if (!location) throw new NotFoundError('Location', id, 'id');
    return location;
  }

  @FieldResolver(() => Location, { nullable: true, description: 'The enclosing place (a district’s city, a city’s region).' })
  parent(@Root() location: Location, @Ctx() ctx: RequestContext) {
    return loadOptional(ctx.loaders.location, location.parentId);
  }
}
