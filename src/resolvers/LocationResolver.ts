// Lookups and lists of places, their place in the hierarchy, and the events at or near them.
import { Arg, Args, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context';
import { EventOrder } from '../schema/enums/EventOrder';
import { EventConnection } from '../schema/eventConnection.type';
import { Location } from '../schema/location.type';
import { LocationConnection } from '../schema/locationConnection.type';
import { LocationsArgs } from '../schema/locations.args';
import { PageArgs } from '../schema/pageArgs';
import { AliasesShareAnswer } from './aliasesShareAnswer';
import { loadOptional } from './loadRequired';

@Resolver(() => Location)
export class LocationResolver {
  @Query(() => Location, { description: 'One place by id; NOT_FOUND when there is none.' })
  location(
    @Arg('id', () => ID, { description: 'The place’s id, e.g. `loc:derna`.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Location> {
    return ctx.locations.byId(id);
  }

  @Query(() => LocationConnection, {
    description:
      'Places, found by words in their names and aliases (best match first) or listed by name, ' +
      'optionally of some kinds only (Relay cursors; 20 a page by default, at most 100).',
  })
  @AliasesShareAnswer()
  locations(@Args(() => LocationsArgs) args: LocationsArgs, @Ctx() ctx: RequestContext) {
    return ctx.locations.page(args);
  }

  @FieldResolver(() => Location, {
    nullable: true,
    description: 'The enclosing place (a district’s city, a city’s region).',
  })
  parent(@Root() location: Location, @Ctx() ctx: RequestContext) {
    return loadOptional(ctx.loaders.location, location.parentId);
  }

  @FieldResolver(() => [Location], {
    description: 'The places directly part of this one (a city’s districts), by name.',
  })
  children(@Root() location: Location, @Ctx() ctx: RequestContext): Promise<Location[]> {
    return ctx.locations.childrenOf(location.id);
  }

  @FieldResolver(() => [Location], {
    description:
      'Every enclosing place up to the top of the hierarchy, nearest first (a district’s city, ' + 'region, country).',
  })
  ancestors(@Root() location: Location, @Ctx() ctx: RequestContext): Promise<Location[]> {
    return ctx.locations.ancestorsOf(location.id);
  }

  @FieldResolver(() => EventConnection, {
    description:
      'Events that took place here, and by default anywhere inside this place (Relay cursors; ' +
      '20 a page by default, at most 100).',
  })
  @AliasesShareAnswer()
  events(
    @Root() location: Location,
    @Arg('includeSublocations', {
      defaultValue: true,
      description: 'Also list events at places inside this one (a city’s districts and their sites).',
    })
    includeSublocations: boolean,
    @Arg('order', () => EventOrder, { defaultValue: EventOrder.NEWEST_FIRST, description: 'Order of the list.' })
    order: EventOrder,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.locations.eventsAt(location, includeSublocations, order, page);
  }

  @FieldResolver(() => EventConnection, {
    description:
      'Events whose point lies within a radius of this place’s point, ' +
      'wherever they are filed in the hierarchy, newest first (Relay cursors; ' +
      '20 a page by default, at most 100).',
  })
  @AliasesShareAnswer()
  eventsNear(
    @Root() location: Location,
    @Arg('radiusKm', () => Float, {
      description: 'Radius in kilometres, more than 0 and at most 20000; BAD_USER_INPUT otherwise.',
    })
    radiusKm: number,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.locations.eventsNear(location, radiusKm, page);
  }
}
