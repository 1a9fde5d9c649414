// Filters for event lists.
import { ArrayMaxSize } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { EventKind } from './enums/EventKind';
import { LocalDate } from './scalars';

@InputType({ description: 'Which events to list. Every filter given must match.' })
export class EventsFilter {
  @Field(() => [EventKind], { nullable: true, description: 'Only events of these kinds.' })
  @ArrayMaxSize(50)
  kinds?: EventKind[];

  @Field(() => LocalDate, { nullable: true, description: 'Only events that end on or after this day.' })
  from?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Only events that start on or before this day.' })
  to?: string;
}
