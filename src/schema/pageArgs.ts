// Paging arguments shared by every list: Relay `first/after` and `last/before`, bounded.
import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

import { defaultPageSize, maxPageSize } from '../vocabulary/pageSizes';

export { defaultPageSize, maxPageSize };

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size from the start or from \`after\` (default ${defaultPageSize}, at most ${maxPageSize}).`,
  })
  @Min(0)
  @Max(maxPageSize, { message: `first must be at most ${maxPageSize}` })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor to continue after (the previous page’s `pageInfo.endCursor`).',
  })
  after?: string;

  @Field(() => Int, {
    nullable: true,
    description: `Page size counted back from \`before\` or from the end (at most ${maxPageSize}).`,
  })
  @Min(0)
  @Max(maxPageSize, { message: `last must be at most ${maxPageSize}` })
  last?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor to page back from (the next page’s `pageInfo.startCursor`).',
  })
  before?: string;
}
