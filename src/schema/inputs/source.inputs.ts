// Inputs of createSource and updateSource.
import { IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { SourceKind } from '../enums/SourceKind';
import { clearableNote, EntityId, idGenerationNote, keptNote, NotClearable } from './editRules';

@InputType({ description: 'A new source: who makes claims.' })
export class CreateSourceInput {
  @Field(() => ID, {
    nullable: true,
    description: `Id of the new source, e.g. \`source:reuters\`. ${idGenerationNote} Prefix: \`source\`.`,
  })
  @IsOptional()
  @EntityId()
  id?: string;

  @Field({ description: 'The source’s name as reports give it (1 to 500 characters).' })
  @Length(1, 500)
  name!: string;

  @Field(() => SourceKind, { description: 'Who the source is.' })
  kind!: SourceKind;

  @Field(() => String, { nullable: true, description: 'Where the source publishes (at most 2000 characters).' })
  @IsOptional()
  @MaxLength(2000)
  url?: string;

  @Field(() => String, { nullable: true, description: 'A short description (at most 10000 characters).' })
  @IsOptional()
  @MaxLength(10000)
  description?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The actor the source speaks for or belongs to; NOT_FOUND when it is not an actor.',
  })
  @IsOptional()
  @EntityId()
  affiliatedActorId?: string;
}

@InputType({ description: 'Changes to a source: only the fields given change.' })
export class UpdateSourceInput {
  @Field(() => ID, { description: 'The source to change; NOT_FOUND when there is no source with this id.' })
  @EntityId()
  id!: string;

  @Field(() => String, { nullable: true, description: `New name (1 to 500 characters). ${keptNote}` })
  @NotClearable()
  @Length(1, 500)
  name?: string;

  @Field(() => SourceKind, { nullable: true, description: `New kind. ${keptNote}` })
  @NotClearable()
  kind?: SourceKind;

  @Field(() => String, { nullable: true, description: `Where the source publishes. ${clearableNote}` })
  @IsOptional()
  @MaxLength(2000)
  url?: string | null;

  @Field(() => String, { nullable: true, description: `A short description. ${clearableNote}` })
  @IsOptional()
  @MaxLength(10000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: `The actor the source speaks for. ${clearableNote}` })
  @IsOptional()
  @EntityId()
  affiliatedActorId?: string | null;
}
