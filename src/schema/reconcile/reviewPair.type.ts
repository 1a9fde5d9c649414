// A pair of events waiting for an editor to join them or keep them apart.
import { Field, Float, ObjectType } from 'type-graphql';

import { ConnectionType } from '../connection';

@ObjectType({
  description:
    'Two events that may be one incident, ' +
    'found when the newer arrived but not clear enough to join by themselves.',
})
export class ReviewPair {
  /** Ids resolved by `event` and `candidate`. */
  eventId!: string;
  candidateId!: string;

  @Field(() => Float, { description: 'How well the pair agrees, 0 to 1 (see IncidentCandidate.score).' })
  score!: number;

  @Field(() => [String], { description: 'What agreed and how much, one phrase per check.' })
  reasons!: string[];
}

export const ReviewPairConnection = ConnectionType('ReviewPair', ReviewPair);
export type ReviewPairConnection = InstanceType<typeof ReviewPairConnection>;
