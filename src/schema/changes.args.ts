// Arguments of the change feed.
import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

import { DateTime } from './scalars';

export const defaultChangesPageSize = 100;
export const maxChangesPageSize = 1000;

@ArgsType()
export class ChangesArgs {
  @Field(() => DateTime, {
    nullable: true,
    description:
      'Only changes at or after this instant, for a first sync from a known moment. ' +
      'Ignored when `after` is given. Left out with `after`: from the beginning.',
  })
  since?: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Resume after this cursor (a `cursor` or an edge’s `cursor` from an earlier page): ' +
      'only changes after it, however long ago it was read.',
  })
  after?: string;

  @Field(() => Int, {
    defaultValue: defaultChangesPageSize,
    description: `Changes per page, 1 to ${maxChangesPageSize}.`,
  })
  @Min(1)
  @Max(maxChangesPageSize, { message: `first must be at most ${maxChangesPageSize}` })
  first!: number;
}
