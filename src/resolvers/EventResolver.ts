// Queries on events and the fields derived from their claims.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context';
import { ownClaims } from '../data/loaders';
import { attributionsOf, denialsOf, responsibilityOf, type AttributionGroup } from '../derive/attributionsOf';
import { casualtiesOf, type CasualtyEstimate as CasualtyEstimateResult } from '../derive/casualtiesOf';
import { contestationOf, type ContestationResult } from '../derive/contestationOf';
import { gradeOf, type GradeResult } from '../derive/gradeOf';
import { AttributedEventConnection } from '../schema/attributedEventConnection.type';
import { Attribution } from '../schema/attribution.type';
import { AttributionByEvent } from '../schema/attributionByEvent.type';
import { Casualties, CasualtyEstimate, EventCasualties } from '../schema/casualties.type';
import { Claim } from '../schema/claim.type';
import { Contestation } from '../schema/contestation.type';
import { EventGrade } from '../schema/enums/EventGrade';
import { EventOrder } from '../schema/enums/EventOrder';
import { Event } from '../schema/event.type';
import { EventConnection } from '../schema/eventConnection.type';
import { EventsAttributedToArgs } from '../schema/eventsAttributedTo.args';
import { EventsFilter } from '../schema/eventsFilter.input';
import { Location } from '../schema/location.type';
import { PageArgs } from '../schema/pageArgs';
import { Responsibility } from '../schema/responsibility.type';
import { AliasesShareAnswer } from './aliasesShareAnswer';
import { attributedPageSummaryShape, summaryDetailOf } from './attributedPageSummaries';
import { eventFieldsFromClaims } from './eventFieldsFromClaims';
import { loadOptional } from './loadRequired';
import { fieldsSelectedAt, selectionWithin } from './selectionWithin';

/** Contestation and grade of an event, from the claims about it and its parts (and the names they give, which come primed). */
async function judged(
  event: Event,
  ctx: RequestContext,
): Promise<{ contestation: ContestationResult; grade: GradeResult }> {
  const claims = await ctx.loaders.claimsCoveringEvent.load(event.id);
  const actorIds = [...new Set(claims.map((c) => c.actorId).filter((id): id is string => id !== null))];
  const partIds = [...new Set(claims.map((c) => c.eventId).filter((id) => id !== event.id))];
  const [actors, parts] = await Promise.all([
    ctx.loaders.actor.loadMany(actorIds),
    ctx.loaders.event.loadMany(partIds),
  ]);
  const names = new Map(actors.flatMap((a) => (a && !(a instanceof Error) ? [[a.id, a.name] as const] : [])));
  const titles = new Map(parts.flatMap((e) => (e && !(e instanceof Error) ? [[e.id, e.title] as const] : [])));
  const contestation = contestationOf(claims, { actors: names, events: titles, eventId: event.id });
  return { contestation, grade: gradeOf(claims, contestation, names) };
}

function toAttribution(group: AttributionGroup): Attribution {
  return Object.assign(new Attribution(), {
    ...group,
    byEvent: group.byEvent.map((share) => Object.assign(new AttributionByEvent(), share)),
  });
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

  @FieldResolver(() => EventConnection, {
    description:
      'The events directly part of this one (the strikes of a series), earliest first, ' +
      'undated last (Relay cursors; 20 a page by default, at most 100). Its derived answers (attributions, ' +
      'denials, casualties, contested, responsibility, grade) cover them and their own parts.',
  })
  parts(@Root() event: Event, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.events.parts(event.id, page);
  }

  @FieldResolver(() => [Claim], {
    description:
      'Every claim about the event, by date of claim; ' +
      'with includeParts also those about its parts (each claim’s `event` says which).',
  })
  async claims(
    @Root() event: Event,
    @Arg('includeRetracted', { defaultValue: false, description: 'Also list retracted claims.' })
    includeRetracted: boolean,
    @Arg('includeParts', {
      defaultValue: false,
      description: 'Also list the claims about the event’s parts, at any depth, which its derived answers roll up.',
    })
    includeParts: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    const loader = includeRetracted ? ctx.loaders.claimsCoveringEventWithRetracted : ctx.loaders.claimsCoveringEvent;
    return includeParts ? loader.load(event.id) : ownClaims(loader, event.id);
  }

  @FieldResolver(() => [Attribution], {
    description:
      'Who the event is attributed to, grouped by actor, with the sources and how many of them are independent; ' +
      'claims about its parts count too (`byEvent` says which event each claim is about). ' +
      'Retracted claims are left out.',
  })
  async attributions(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<Attribution[]> {
    return attributionsOf(await ctx.loaders.claimsCoveringEvent.load(event.id)).map(toAttribution);
  }

  @FieldResolver(() => [Attribution], {
    description: 'Denials, grouped by the actor said not to be behind the event (or one of its parts).',
  })
  async denials(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<Attribution[]> {
    return denialsOf(await ctx.loaders.claimsCoveringEvent.load(event.id)).map(toAttribution);
  }

  @FieldResolver(() => Casualties, {
    description:
      'Casualty figures across sources for the event and its parts: low, high, one estimate per source’s report, ' +
      'and which event each figure is about.',
  })
  async casualties(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<Casualties> {
    const range = casualtiesOf(await ctx.loaders.claimsCoveringEvent.load(event.id), event.id);
    const estimate = (e: CasualtyEstimateResult) =>
      Object.assign(new CasualtyEstimate(), { ...e, sourceId: e.claim.sourceId });
    return Object.assign(new Casualties(), {
      ...range,
      estimates: range.estimates.map(estimate),
      byEvent: range.byEvent.map((r) =>
        Object.assign(new EventCasualties(), { ...r, estimates: r.estimates.map(estimate) }),
      ),
    });
  }

  @FieldResolver(() => Contestation, {
    description:
      'Whether sources disagree about who is behind the event or its parts, ' +
      'and why (see Contestation.isContested for the rule).',
  })
  async contested(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<Contestation> {
    return Object.assign(new Contestation(), (await judged(event, ctx)).contestation);
  }

  @FieldResolver(() => EventGrade, {
    description:
      'How well the claims about the event and its parts establish it; the rule of each level is on EventGrade. ' +
      'Filter with `events(filter: {grades})`, sort with BEST_GRADE_FIRST.',
  })
  async grade(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<EventGrade> {
    return (await judged(event, ctx)).grade.grade;
  }

  @FieldResolver(() => String, {
    description: 'Why the event has its grade, in words an analyst can check against the claims.',
  })
  async gradeReason(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<string> {
    return (await judged(event, ctx)).grade.reason;
  }

  @FieldResolver(() => Responsibility, {
    description:
      'Whether an actor claimed the event (or one of its parts), who, and which actors deny it themselves; ' +
      'apart from `contested`. Retracted claims are left out.',
  })
  async responsibility(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<Responsibility> {
    const { claimed, claimedBy, deniedBy } = responsibilityOf(await ctx.loaders.claimsCoveringEvent.load(event.id));
    return Object.assign(new Responsibility(), {
      claimed,
      claimedBy: claimedBy.map(toAttribution),
      deniedBy: deniedBy.map(toAttribution),
    });
  }
}
