// Arguments of the `sources` list: a full-text search, kinds, and Relay paging.
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

import { SourceKind } from './enums/SourceKind';
import { PageArgs } from './pageArgs';

@ArgsType()
export class SourcesArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Words to find in source names, ignoring case, accents and punctuation; every word must occur, ' +
      'as in `search(text)` (itself, with a typo, or inside another word by its stem), ' +
      'the last one also as the start of a word. Best matches come first. Without it sources are listed by name.',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => [SourceKind], { nullable: true, description: 'Only sources of these kinds.' })
  @IsOptional()
  @ArrayMaxSize(50)
  kinds?: SourceKind[];
}
