// A rectangle on the map, for the events in view.
import { Max, Min } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';

@InputType({ description: 'A WGS-84 rectangle: the events a map view shows.' })
export class BoundingBox {
  @Field(() => Float, { description: 'Southern edge, -90 to 90.' })
  @Min(-90)
  @Max(90)
  south!: number;

  @Field(() => Float, { description: 'Western edge, -180 to 180.' })
  @Min(-180)
  @Max(180)
  west!: number;

  @Field(() => Float, { description: 'Northern edge, -90 to 90, not below the southern.' })
  @Min(-90)
  @Max(90)
  north!: number;

  @Field(() => Float, { description: 'Eastern edge, -180 to 180 (west > east crosses the antimeridian).' })
  @Min(-180)
  @Max(180)
  east!: number;
}
