// Casualty figures across sources: the range and who gives what.
import { Field, Int, ObjectType } from 'type-graphql';
import { Claim } from './claim.type';

@ObjectType({ description: 'Casualty figures for an event across all its (unretracted) claims: the lowest and highest figure given, and every claim that gives figures.' })
export class Casualties {
  @Field(() => Int, { nullable: true, description: 'Lowest number of killed any source gives (a source’s own low estimate when it gives a range).' })
  killedLow!: number | null;

  @Field(() => Int, { nullable: true, description: 'Highest number of killed any source gives (a source’s own high estimate when it gives a range).' })
  killedHigh!: number | null;

  @Field(() => Int, { nullable: true, description: 'Lowest number of injured any source gives.' })
  injuredLow!: number | null;

  @Field(() => Int, { nullable: true, description: 'Highest number of injured any source gives.' })
  injuredHigh!: number | null;

  @Field(() => [Claim], { description: 'The claims that give figures, one per source statement (see `figures` and `source` on each).' })
  reports!: Claim[];
}
