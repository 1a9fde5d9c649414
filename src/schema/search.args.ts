// Arguments of the full-text `search` query.
import { ArrayMaxSize, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

import { SearchKind } from './enums/SearchKind';
import { defaultPageSize, maxPageSize } from './pageArgs';

export const maxSearchTextLength = 200;

@ArgsType()
export class SearchArgs {
  @Field({
    description:
      `Words to look for (at most ${maxSearchTextLength} characters), in names, aliases, titles, descriptions, quotes and events' dates in words ("30 October 2017"). ` +
      'Every word must match; case, accents and punctuation do not matter. A word matches itself, the same word with one typo (the two longest words of five letters or more), ' +
      'and any word that contains its stem (words of four letters or more, their English ending dropped): "strike" finds "airstrikes", "killed" finds "kill" and "killing". ' +
      'Ranking: a name or title holding the whole text first (the exact name highest), ' +
      'then the whole text as a phrase, then matches of the words themselves, then matches inside other words.',
  })
  @MaxLength(maxSearchTextLength, { message: `text must be at most ${maxSearchTextLength} characters` })
  text!: string;

  @Field(() => [SearchKind], {
    nullable: true,
    description: 'Only hits of these kinds; all kinds when left out or empty.',
  })
  @IsOptional()
  @ArrayMaxSize(6)
  kinds?: SearchKind[];

  @Field(() => Int, {
    nullable: true,
    defaultValue: defaultPageSize,
    description: `Page size (default ${defaultPageSize}, at most ${maxPageSize}).`,
  })
  @IsOptional()
  @Min(0)
  @Max(maxPageSize, { message: `first must be at most ${maxPageSize}` })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor to continue after (the previous page’s `pageInfo.endCursor`).',
  })
  after?: string | null;
}
