// Casualty figures given by one claim.
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'People killed among one party to an event, as one claim gives them (UCDP’s deaths_a and deaths_b).',
})
export class ActorKilled {
  @Field(() => Int, { description: 'People of that party killed.' })
  killed!: number;

  /** Resolved by `actor`. */
  actorId!: string;
}

@ObjectType({ description: 'Casualty figures as one claim gives them.' })
export class Figures {
  @Field(() => Int, {
    nullable: true,
    description: 'People killed (a dataset’s best estimate when it also gives a range).',
  })
  killed!: number | null;

  @Field(() => Int, { nullable: true, description: 'People injured.' })
  injured!: number | null;

  @Field(() => Int, { nullable: true, description: 'Civilians among the killed.' })
  civiliansKilled!: number | null;

  @Field({ description: 'True when the figures are lower bounds ("at least 29").' })
  isMinimum!: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'The lowest number of killed this one source considers reliable, ' +
      'when it gives a range (UCDP’s low estimate); null when it gives one figure.',
  })
  killedLow!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The highest number of killed this one source considers reliable, ' +
      'when it gives a range (UCDP’s high estimate); null when it gives one figure.',
  })
  killedHigh!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Killed whose status (civilian or member of a party) ' + 'the source does not know (UCDP’s deaths_unknown).',
  })
  unknownStatusKilled!: number | null;

  @Field(() => [ActorKilled], {
    description:
      'Killed among each party, ' +
      'where the source splits them by party (UCDP’s deaths_a and deaths_b); empty otherwise.',
  })
  killedAmong!: ActorKilled[];
}
