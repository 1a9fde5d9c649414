// Whether anyone claimed an event, and which actors deny it themselves: apart from whether sources disagree.
import { Field, ObjectType } from 'type-graphql';

import { Attribution } from './attribution.type';

@ObjectType({
  description:
    'Whether an actor has claimed the event, and which actors deny it themselves. ' +
    'Nobody claiming an event is not a disagreement among sources: ' +
    'an event can be unclaimed and uncontested (see `Event.contested`).',
})
export class Responsibility {
  @Field({ description: 'True when an unretracted RESPONSIBILITY_CLAIM (not denying) names an actor.' })
  claimed!: boolean;

  @Field(() => [Attribution], {
    description:
      'The actors that claim the event, each with its responsibility claims (relays included) and their sources.',
  })
  claimedBy!: Attribution[];

  @Field(() => [Attribution], {
    description:
      'The actors that deny the event themselves: denials (DENIAL, ' +
      'or DENIES stance) whose origin source speaks for the denied actor, a unit of it, ' +
      'or what it is part of (its `affiliatedActor`). Denials by anyone else are in `Event.denials` only.',
  })
  deniedBy!: Attribution[];
}
