// Arguments of the `actors` list: optional full-text search, kinds, and Relay paging.
import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

import { ActorKind } from './enums/ActorKind';
import { PageArgs } from './pageArgs';

@ArgsType()
export class ActorsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Words to find in actor names and aliases, ignoring case, accents and punctuation ("egyptian air force", ' +
      '"Dìgnity operation"); every word must match as in `search(text)` (itself, with a typo, ' +
      'or inside another word by its stem), the last one also as the start of a word, best match first. ' +
      'Leave out to list actors by name.',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => [ActorKind], {
    nullable: true,
    description: 'Only actors of these kinds; all kinds when left out or empty.',
  })
  kinds?: ActorKind[];
}
