// Arguments of the `locations` list: a full-text search, kinds, and Relay paging.
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

import { LocationKind } from './enums/LocationKind';
import { PageArgs } from './pageArgs';

@ArgsType()
export class LocationsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Words to find in place names and aliases, ignoring case, accents and punctuation; every word must occur, ' +
      'as in `search(text)` (itself, with a typo, or inside another word by its stem), ' +
      'the last one also as the start of a word. Best matches come first. Without it places are listed by name.',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => [LocationKind], { nullable: true, description: 'Only places of these kinds.' })
  @IsOptional()
  @ArrayMaxSize(50)
  kinds?: LocationKind[];
}
