// People killed among one party, in a bundle's casualty figures.
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'People killed among one party to the event, as the claim splits them.' })
export class BundleActorKilledInput {
  @Field(() => ID, { description: 'Id of the party: an actor in this bundle or one already in the graph.' })
  actorId!: string;

  @Field(() => Int, { description: 'People of that party killed, 0 or more.' })
  killed!: number;
}
