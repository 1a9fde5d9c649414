// Casualty figures given by one claim.
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Casualty figures as one claim gives them.' })
export class Figures {
  @Field(() => Int, { nullable: true, description: 'People killed.' })
  killed!: number | null;

  @Field(() => Int, { nullable: true, description: 'People injured.' })
  injured!: number | null;

  @Field(() => Int, { nullable: true, description: 'Civilians among the killed.' })
  civiliansKilled!: number | null;

  @Field({ description: 'True when the figures are lower bounds ("at least 29").' })
  isMinimum!: boolean;
}
