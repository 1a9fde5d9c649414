// Inputs of createActor and updateActor.
import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { ActorKind } from '../enums/ActorKind';
import { clearableNote, EntityId, idGenerationNote, keptNote, NotClearable } from './editRules';

const countryCode = /^[A-Z]{2}$/;
const countryCodeMessage = '$property must be an ISO 3166-1 alpha-2 code such as LY';

@InputType({ description: 'A new actor.' })
export class CreateActorInput {
  @Field(() => ID, {
    nullable: true,
    description: `Id of the new actor, e.g. \`actor:egyptian-air-force\`. ${idGenerationNote} Prefix: \`actor\`.`,
  })
  @IsOptional()
  @EntityId()
  id?: string;

  @Field({ description: 'The name the actor is best known by (1 to 500 characters).' })
  @Length(1, 500)
  name!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Other names and abbreviations (each 1 to 500 characters, at most 100).',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @Length(1, 500, { each: true })
  aliases?: string[];

  @Field(() => ActorKind, { description: 'What kind of actor this is.' })
  kind!: ActorKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the actor’s country, e.g. `LY`.' })
  @IsOptional()
  @Matches(countryCode, { message: countryCodeMessage })
  countryCode?: string;

  @Field(() => String, { nullable: true, description: 'A short description (at most 10000 characters).' })
  @IsOptional()
  @MaxLength(10000)
  description?: string;
}

@InputType({ description: 'Changes to an actor: only the fields given change.' })
export class UpdateActorInput {
  @Field(() => ID, { description: 'The actor to change; NOT_FOUND when there is no actor with this id.' })
  @EntityId()
  id!: string;

  @Field(() => String, { nullable: true, description: `New name (1 to 500 characters). ${keptNote}` })
  @NotClearable()
  @Length(1, 500)
  name?: string;

  @Field(() => [String], {
    nullable: true,
    description: `The full new list of aliases (replaces the old one). ${clearableNote}`,
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @Length(1, 500, { each: true })
  aliases?: string[] | null;

  @Field(() => ActorKind, { nullable: true, description: `New kind. ${keptNote}` })
  @NotClearable()
  kind?: ActorKind;

  @Field(() => String, { nullable: true, description: `ISO 3166-1 alpha-2 country code. ${clearableNote}` })
  @IsOptional()
  @Matches(countryCode, { message: countryCodeMessage })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: `A short description. ${clearableNote}` })
  @IsOptional()
  @MaxLength(10000)
  description?: string | null;
}
