// Paging arguments of the review queue.
import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

export const maxReviewQueuePageSize = 100;

@ArgsType()
export class ReviewQueueArgs {
  @Field(() => Int, { defaultValue: 20, description: `Pairs per page, 1 to ${maxReviewQueuePageSize}.` })
  @Min(1)
  @Max(maxReviewQueuePageSize, { message: `first must be at most ${maxReviewQueuePageSize}` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string;
}
