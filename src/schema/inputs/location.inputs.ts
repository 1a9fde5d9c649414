// Inputs of createLocation and updateLocation.
import { ArrayMaxSize, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';

import { GeoPrecision } from '../enums/GeoPrecision';
import { LocationKind } from '../enums/LocationKind';
import { clearableNote, EntityId, idGenerationNote, keptNote, NotClearable } from './editRules';

const latitudeMessage = '$property must be between -90 and 90';
const longitudeMessage = '$property must be between -180 and 180';
const countryCodeMessage = '$property must be an ISO 3166-1 alpha-2 code such as LY';

@InputType({ description: 'A new place. Events that occur there get its point.' })
export class CreateLocationInput {
  @Field(() => ID, {
    nullable: true,
    description: `Id of the new place, e.g. \`loc:derna\`. ${idGenerationNote} Prefix: \`loc\`.`,
  })
  @IsOptional()
  @EntityId()
  id?: string;

  @Field({ description: 'The place’s usual name (1 to 500 characters).' })
  @Length(1, 500)
  name!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Other spellings and names (each 1 to 500 characters, at most 100).',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @Length(1, 500, { each: true })
  aliases?: string[];

  @Field(() => LocationKind, { description: 'Level of the place in the hierarchy.' })
  kind!: LocationKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The place this one lies in (a city’s region); NOT_FOUND when it is not a location.',
  })
  @IsOptional()
  @EntityId()
  parentId?: string;

  @Field(() => Float, { description: 'Latitude in degrees, WGS-84, -90 to 90.' })
  @Min(-90, { message: latitudeMessage })
  @Max(90, { message: latitudeMessage })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude in degrees, WGS-84, -180 to 180.' })
  @Min(-180, { message: longitudeMessage })
  @Max(180, { message: longitudeMessage })
  longitude!: number;

  @Field(() => GeoPrecision, { description: 'How precise the point is.' })
  geoPrecision!: GeoPrecision;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the country the place is in.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: countryCodeMessage })
  countryCode?: string;

  @Field(() => String, {
    nullable: true,
    description: 'How the point was chosen, when it is approximate (at most 10000 characters).',
  })
  @IsOptional()
  @MaxLength(10000)
  note?: string;
}

@InputType({
  description: 'Changes to a place: only the fields given change. Moving it moves the events that occurred there.',
})
export class UpdateLocationInput {
  @Field(() => ID, { description: 'The place to change; NOT_FOUND when there is no location with this id.' })
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

  @Field(() => LocationKind, { nullable: true, description: `New level in the hierarchy. ${keptNote}` })
  @NotClearable()
  kind?: LocationKind;

  @Field(() => ID, { nullable: true, description: `The place this one lies in. ${clearableNote}` })
  @IsOptional()
  @EntityId()
  parentId?: string | null;

  @Field(() => Float, { nullable: true, description: `Latitude, -90 to 90. ${keptNote}` })
  @NotClearable()
  @Min(-90, { message: latitudeMessage })
  @Max(90, { message: latitudeMessage })
  latitude?: number;

  @Field(() => Float, { nullable: true, description: `Longitude, -180 to 180. ${keptNote}` })
  @NotClearable()
  @Min(-180, { message: longitudeMessage })
  @Max(180, { message: longitudeMessage })
  longitude?: number;

  @Field(() => GeoPrecision, { nullable: true, description: `How precise the point is. ${keptNote}` })
  @NotClearable()
  geoPrecision?: GeoPrecision;

  @Field(() => String, { nullable: true, description: `ISO 3166-1 alpha-2 country code. ${clearableNote}` })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: countryCodeMessage })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: `How the point was chosen. ${clearableNote}` })
  @IsOptional()
  @MaxLength(10000)
  note?: string | null;
}
