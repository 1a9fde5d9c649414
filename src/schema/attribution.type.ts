// Who is blamed for an event, by whom, and how independently.
import { Field, Int, ObjectType } from 'type-graphql';

import { Actor } from './actor.type';
import { AttributionByEvent } from './attributionByEvent.type';
import { Claim } from './claim.type';
import { AttributionStatus } from './enums/AttributionStatus';
import { Source } from './source.type';

@ObjectType({
  description:
    'The claims that attribute an event to one actor (or deny it of that actor), ' + 'with the sources behind them.',
})
export class Attribution {
  @Field(() => Actor, { description: 'The actor the claims name.' })
  actor!: Actor;

  @Field(() => [Claim], { description: 'The claims, relays included.' })
  claims!: Claim[];

  @Field(() => [Source], { description: 'Every source that makes or relays one of the claims.' })
  sources!: Source[];

  @Field(() => Int, {
    description:
      'How many independent sources back it: relays of one origin count once. ' +
      'Every number in `Event.contested.reasons` is one of these.',
  })
  independentSourceCount!: number;

  @Field(() => AttributionStatus, {
    nullable: true,
    description: 'How the actor stands: CLAIMED, ALLEGED or UNIDENTIFIED (see AttributionStatus). Null on denials.',
  })
  status!: AttributionStatus | null;

  @Field(() => [AttributionByEvent], {
    description:
      'The claims by the event they are about: ' +
      'the event asked about and each of its parts with such claims (an event’s attributions roll its parts up), ' +
      'in order of first claim.',
  })
  byEvent!: AttributionByEvent[];

  /** Resolved by the Attribution resolver. */
  actorId!: string;
  sourceIds!: string[];
}
