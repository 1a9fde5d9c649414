// The events and sources of the breakdowns of an event's derived answers by the part each figure or claim is about.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context';
import { AttributionByEvent } from '../schema/attributionByEvent.type';
import { CasualtyEstimate, EventCasualties } from '../schema/casualties.type';
import { Event } from '../schema/event.type';
import { Source } from '../schema/source.type';
import { loadAll, loadRequired } from './loadRequired';

const aboutDescription = 'The event this is about: the event asked about, or one of its parts (at any depth).';

@Resolver(() => CasualtyEstimate)
export class CasualtyEstimateResolver {
  @FieldResolver(() => Event, { description: aboutDescription })
  event(@Root() estimate: CasualtyEstimate, @Ctx() ctx: RequestContext) {
    return loadRequired(ctx.loaders.event, estimate.eventId, 'Event');
  }

  @FieldResolver(() => Source, { description: 'The source whose figures these are (the maker of `claim`).' })
  source(@Root() estimate: CasualtyEstimate, @Ctx() ctx: RequestContext) {
    return loadRequired(ctx.loaders.source, estimate.sourceId, 'Source');
  }
}

@Resolver(() => EventCasualties)
export class EventCasualtiesResolver {
  @FieldResolver(() => Event, { description: aboutDescription })
  event(@Root() range: EventCasualties, @Ctx() ctx: RequestContext) {
    return loadRequired(ctx.loaders.event, range.eventId, 'Event');
  }
}

@Resolver(() => AttributionByEvent)
export class AttributionByEventResolver {
  @FieldResolver(() => Event, { description: aboutDescription })
  event(@Root() share: AttributionByEvent, @Ctx() ctx: RequestContext) {
    return loadRequired(ctx.loaders.event, share.eventId, 'Event');
  }

  @FieldResolver(() => [Source], { description: 'Every source that makes or relays one of these claims.' })
  sources(@Root() share: AttributionByEvent, @Ctx() ctx: RequestContext) {
    return loadAll(ctx.loaders.source, share.sourceIds);
  }
}
