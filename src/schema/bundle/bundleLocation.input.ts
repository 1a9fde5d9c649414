// A location in a bundle sent to `ingestBundle`.
import { Field, Float, ID, InputType } from 'type-graphql';

import { GeoPrecision } from '../enums/GeoPrecision';
import { LocationKind } from '../enums/LocationKind';

@InputType({ description: 'A place: a country, region, city, district or site, with a point on the map.' })
export class BundleLocationInput {
  @Field(() => ID, {
    description: 'Stable id, new (`loc:derna`) or of a location already in the graph, which is then updated.',
  })
  id!: string;

  @Field({ description: 'The place’s usual name (at most 500 characters).' })
  name!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Other names and spellings; when given, they replace the location’s aliases.',
  })
  aliases?: string[];

  @Field(() => LocationKind, { description: 'What kind of place this is.' })
  kind!: LocationKind;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the place this one lies in (country > region > city > district > site).',
  })
  parentId?: string;

  @Field(() => Float, { description: 'Latitude in degrees, -90 to 90 (WGS 84).' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude in degrees, -180 to 180 (WGS 84).' })
  longitude!: number;

  @Field(() => GeoPrecision, { description: 'How precise the point is.' })
  geoPrecision!: GeoPrecision;

  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2 code of the country the place is in.' })
  countryCode?: string;

  @Field({ nullable: true, description: 'How the point was chosen, when it is approximate.' })
  note?: string;
}
