// A circle on the map: a WGS-84 centre and a radius in kilometres.
import { Max, Min } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';

@InputType({ description: 'Everything within `radiusKm` kilometres of a WGS-84 point.' })
export class NearPoint {
  @Field(() => Float, { description: 'Latitude of the centre, -90 to 90.' })
  @Min(-90, { message: 'latitude must be between -90 and 90' })
  @Max(90, { message: 'latitude must be between -90 and 90' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude of the centre, -180 to 180.' })
  @Min(-180, { message: 'longitude must be between -180 and 180' })
  @Max(180, { message: 'longitude must be between -180 and 180' })
  longitude!: number;

  @Field(() => Float, { description: 'Radius in kilometres, more than 0 and at most 20000.' })
  @Min(0.001, { message: 'radiusKm must be greater than 0' })
  @Max(20000, { message: 'radiusKm must be at most 20000' })
  radiusKm!: number;
}
