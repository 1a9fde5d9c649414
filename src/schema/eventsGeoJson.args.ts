// Arguments of eventsGeoJson: the events filter and order, and larger pages than other lists since a map shows many points.
import { IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

import { EventOrder } from './enums/EventOrder';
import { EventsFilter } from './eventsFilter.input';

export const defaultGeoJsonPageSize = 500;
export const maxGeoJsonPageSize = 1000;

@ArgsType()
export class EventsGeoJsonArgs {
  @Field(() => EventsFilter, { nullable: true, description: 'Which events; all when left out.' })
  @IsOptional()
  @ValidateNested()
  filter?: EventsFilter;

  @Field(() => EventOrder, { defaultValue: EventOrder.NEWEST_FIRST, description: 'Order of the features.' })
  order!: EventOrder;

  @Field(() => Int, {
    defaultValue: defaultGeoJsonPageSize,
    description: `How many events to take (default ${defaultGeoJsonPageSize}, at most ${maxGeoJsonPageSize}); those without a point are then left out of \`features\`.`,
  })
  @Min(0)
  @Max(maxGeoJsonPageSize, { message: `first must be at most ${maxGeoJsonPageSize}` })
  first!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor to continue after: the previous collection’s `endCursor` member.',
  })
  after?: string;
}
