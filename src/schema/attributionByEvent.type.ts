// The share of an attribution that is about one event: the event asked about, or one of its parts.
import { Field, Int, ObjectType } from 'type-graphql';

import { Claim } from './claim.type';
import type { Event } from './event.type';

@ObjectType({
  description:
    'The claims of an attribution (or denial) that are about one event: the event asked about, or one of its parts.',
})
export class AttributionByEvent {
  @Field(() => [Claim], { description: 'The claims about this event, relays included.' })
  claims!: Claim[];

  @Field(() => Int, { description: 'How many independent sources these claims have: relays of one origin count once.' })
  independentSourceCount!: number;

  /** Resolved by `event` and `sources`. */
  eventId!: string;
  sourceIds!: string[];
  event?: Event;
}
