// Casualty figures a claim gives, in a bundle sent to `ingestBundle`.
import { Field, InputType, Int } from 'type-graphql';

import { BundleActorKilledInput } from './bundleActorKilled.input';

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

  @Field(() => Int, {
    nullable: true,
    description:
      'The lowest number of killed the source gives, ' + 'when it gives a range ("between 12 and 20"), 0 or more.',
  })
  killedLow?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The highest number of killed the source gives, when it gives a range, 0 or more.',
  })
  killedHigh?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Killed whose status (civilian or party) the source does not know, 0 or more.',
  })
  unknownStatusKilled?: number;

  @Field(() => [BundleActorKilledInput], {
    nullable: true,
    description: 'Killed among each party, where the source splits them.',
  })
  killedAmong?: BundleActorKilledInput[];
}
