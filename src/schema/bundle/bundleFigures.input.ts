// Casualty figures a claim gives, in a bundle sent to `ingestBundle`.
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'Casualty figures a claim gives; leave out the ones it does not state.' })
export class BundleFiguresInput {
  @Field(() => Int, { nullable: true, description: 'People killed, 0 or more.' })
  killed?: number;

  @Field(() => Int, { nullable: true, description: 'People injured, 0 or more.' })
  injured?: number;

  @Field(() => Int, { nullable: true, description: 'Civilians among the killed, 0 or more.' })
  civiliansKilled?: number;

  @Field({ nullable: true, description: 'True when the figures are lower bounds ("at least 29").' })
  isMinimum?: boolean;
}
