// The source, events and claims of one source's attributions to an actor.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context';
import { Claim } from '../schema/claim.type';
import { Event } from '../schema/event.type';
import { Source } from '../schema/source.type';
import { SourceAttributions } from '../schema/sourceAttributions.type';
import { loadAll, loadRequired } from './loadRequired';

@Resolver(() => SourceAttributions)
export class SourceAttributionsResolver {
  @FieldResolver(() => Source, { description: 'The source that made the claims.' })
  source(@Root() group: SourceAttributions, @Ctx() ctx: RequestContext) {
    return loadRequired(ctx.loaders.source, group.sourceId, 'Source');
  }

  @FieldResolver(() => [Event], {
    description: 'The events the source attributes to the actor, by date (undated last), then id.',
  })
  events(@Root() group: SourceAttributions, @Ctx() ctx: RequestContext) {
    return loadAll(ctx.loaders.event, group.eventIds);
  }

  @FieldResolver(() => [Claim], {
    description: 'The source’s claims that attribute those events to the actor, in the order of their events.',
  })
  claims(@Root() group: SourceAttributions, @Ctx() ctx: RequestContext) {
    return loadAll(ctx.loaders.claim, group.claimIds);
  }
}
