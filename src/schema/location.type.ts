// A place: country, region, city, district or site, with a WGS-84 point.
import { Field, Float, ID, ObjectType } from 'type-graphql';

import { GeoPrecision } from './enums/GeoPrecision';
import { LocationKind } from './enums/LocationKind';
import { Node } from './node.interface';
import { DateTime } from './scalars';

@ObjectType({
  implements: Node,
  description:
    'A place in the hierarchy country > region > city > district > site, ' +
    'with a WGS-84 point and how precise that point is.',
})
export class Location {
  @Field(() => ID, { description: 'Stable id, e.g. `loc:derna`.' })
  id!: string;

  @Field({ description: 'The place’s usual name.' })
  name!: string;

  @Field(() => [String], { description: 'Other spellings and names of the place.' })
  aliases!: string[];

  @Field(() => LocationKind, { description: 'Level of the place in the hierarchy.' })
  kind!: LocationKind;

  @Field(() => Float, { description: 'Latitude in degrees, WGS-84.' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude in degrees, WGS-84.' })
  longitude!: number;

  @Field(() => GeoPrecision, {
    description: 'How precise the point is: a district’s point may only be the city centre.',
  })
  geoPrecision!: GeoPrecision;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the country the place is in.' })
  countryCode!: string | null;

  @Field(() => String, { nullable: true, description: 'How the point was chosen, when it is approximate.' })
  note!: string | null;

  @Field(() => DateTime, { description: 'When the place last changed.' })
  updatedAt!: string;

  /** Id of the enclosing place, resolved by `parent`. */
  parentId!: string | null;
}
