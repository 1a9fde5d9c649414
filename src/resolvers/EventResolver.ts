// Queries on events and the fields derived from their claims.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context';
import { attributionsOf, denialsOf, type AttributionGroup } from '../derive/attributionsOf';
import { casualtiesOf } from '../derive/casualtiesOf';
import { contestationOf } from '../derive/contestationOf';
import { AttributedEventConnection } from '../schema/attributedEventConnection.type';
import { Attribution } from '../schema/attribution.type';
import { Casualties } from '../schema/casualties.type';
import { Claim } from '../schema/claim.type';
import { Contestation } from '../schema/contestation.type';
import { EventOrder } from '../schema/enums/EventOrder';
import { Event } from '../schema/event.type';
import { EventConnection } from '../schema/eventConnection.type';
import { EventsAttributedToArgs } from '../schema/eventsAttributedTo.args';
import { EventsFilter } from '../schema/eventsFilter.input';
import { Location } from '../schema/location.type';
import { PageArgs } from '../schema/pageArgs';
import { AliasesShareAnswer } from './aliasesShareAnswer';
import { attributedPageSummaryShape, summaryDetailOf } from './attributedPageSummaries';
import { eventFieldsFromClaims } from './eventFieldsFromClaims';
import { loadOptional } from './loadRequired';
import { fieldsSelectedAt, selectionWithin } from './selectionWithin';

function toAttribution(group: AttributionGroup): Attribution {
  return Object.assign(new Attribution(), group);
}

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { description: 'One event by id; NOT_FOUND when there is none.' })
  event(
    @Arg('id', () => ID, { description: 'The event’s id, e.g. `event:derna-airstrikes-2017-10-30`.' }) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Event> {
    // The claims' load can start with the event's (with `claims(includeRetracted: true)` it is a wasted query, not a wrong answer).
    const selected = fieldsSelectedAt(info, []);
    return ctx.events.byId(id, { withClaims: eventFieldsFromClaims.some((field) => selected.has(field)) });
  }

  @Query(() => EventConnection, {
    description: 'Events, filtered, ordered and paged (Relay cursors; 20 a page by default, at most 100).',
  })
  @AliasesShareAnswer()
  events(
    @Arg('filter', () => EventsFilter, { nullable: true, description: 'Which events; all when left out.' })
    filter: EventsFilter | undefined,
    @Arg('order', () => EventOrder, { defaultValue: EventOrder.NEWEST_FIRST, description: 'Order of the list.' })
    order: EventOrder,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.events.page(filter, order, page);
  }

  @Query(() => AttributedEventConnection, {
    description:
      'The canonical question: events that claims attribute to an actor, ' +
      'optionally as stated (or relayed) by one source, with the claims that matched. Example: ' +
      'strikes attributed to Egypt by the DMSC media office: `eventsAttributedTo(actor: {name: ' +
      '"Egypt"}, source: {name: "Mohammed Edriss Al-Taher, head of the DMSC media office"}, ' +
      'kinds: [AIRSTRIKE])`.',
  })
  @AliasesShareAnswer()
  eventsAttributedTo(
    @Args(() => EventsAttributedToArgs) args: EventsAttributedToArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const summaries = selectionWithin(info, attributedPageSummaryShape) ? summaryDetailOf(info) : null;
    return ctx.events.attributedTo(args, { wantsTotal: fieldsSelectedAt(info, []).has('totalCount'), summaries });
  }

  @FieldResolver(() => Location, { nullable: true, description: 'Where the event took place.' })
  location(@Root() event: Event, @Ctx() ctx: RequestContext) {
    return event.locationSummary !== undefined
      ? event.locationSummary
      : loadOptional(ctx.loaders.location, event.locationId);
  }

  @FieldResolver(() => Event, {
    nullable: true,
    description: 'The larger event this one is part of (one strike of a series).',
  })
  async partOf(@Root() event: Event, @Ctx() ctx: RequestContext) {
    return event.partOfEventId ? ((await ctx.loaders.event.load(event.partOfEventId)) ?? null) : null;
  }

  @FieldResolver(() => [Claim], { description: 'Every claim about the event, by date of claim.' })
  claims(
    @Root() event: Event,
    @Arg('includeRetracted', { defaultValue: false, description: 'Also list retracted claims.' })
    includeRetracted: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return (includeRetracted ? ctx.loaders.claimsAboutEventWithRetracted : ctx.loaders.claimsAboutEvent).load(event.id);
  }

  @FieldResolver(() => [Attribution], {
    description:
      'Who the event is attributed to, grouped by actor, ' +
      'with the sources and how many of them are independent. Retracted claims are left out.',
  })
  async attributions(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<Attribution[]> {
    return attributionsOf(await ctx.loaders.claimsAboutEvent.load(event.id)).map(toAttribution);
  }

  @FieldResolver(() => [Attribution], { description: 'Denials, grouped by the actor said not to be behind the event.' })
  async denials(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<Attribution[]> {
    return denialsOf(await ctx.loaders.claimsAboutEvent.load(event.id)).map(toAttribution);
  }

  @FieldResolver(() => Casualties, { description: 'Casualty figures across sources: low, high, and who gives what.' })
  async casualties(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<Casualties> {
    return Object.assign(new Casualties(), casualtiesOf(await ctx.loaders.claimsAboutEvent.load(event.id)));
  }

  @FieldResolver(() => Contestation, {
    description: 'Whether sources disagree about who is behind the event, and why.',
  })
  async contested(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<Contestation> {
    const claims = await ctx.loaders.claimsAboutEvent.load(event.id);
    const actorIds = [...new Set(claims.map((c) => c.actorId).filter((id): id is string => id !== null))];
    const actors = await ctx.loaders.actor.loadMany(actorIds);
    const names = new Map(actors.flatMap((a) => (a && !(a instanceof Error) ? [[a.id, a.name] as const] : [])));
    return Object.assign(new Contestation(), contestationOf(claims, names));
  }
}
