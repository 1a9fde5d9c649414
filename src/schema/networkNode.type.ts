// One actor or place in an actor's network, with how many ties away it is.
import { Field, Int, ObjectType } from 'type-graphql';

import { Actor } from './actor.type';
import { Location } from './location.type';

@ObjectType({ description: 'An actor or a place in an actor’s network. Exactly one of `actor` and `location` is set.' })
export class NetworkNode {
  @Field(() => Int, {
    description: 'How many ties away from the asked-about actor (0 for the actor itself), along the shortest route.',
  })
  depth!: number;

  @Field(() => Actor, { nullable: true, description: 'The actor, when this node is an actor.' })
  actor!: Actor | null;

  @Field(() => Location, {
    nullable: true,
    description: 'The place, when this node is a place (reached through CONTROLS, BESIEGES or BASED_IN).',
  })
  location!: Location | null;
}
