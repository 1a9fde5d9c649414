// An event: a strike or other incident, with its time span and place.
import { Field, ID, ObjectType } from 'type-graphql';

import { DatePrecision } from './enums/DatePrecision';
import { EventKind } from './enums/EventKind';
import type { Location } from './location.type';
import { Node } from './node.interface';
import { DateTime, LocalDate } from './scalars';

@ObjectType({
  implements: Node,
  description:
    'A strike or other incident. What happened, ' +
    'who did it and how many died are not stored here as truth: ' +
    'they come from the claims about the event (`claims`, `attributions`, `casualties`).',
})
export class Event {
  @Field(() => ID, { description: 'Stable id, e.g. `event:derna-airstrikes-2017-10-30`.' })
  id!: string;

  @Field(() => EventKind, { description: 'What kind of incident this is.' })
  kind!: EventKind;

  @Field({ description: 'A short neutral title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'A neutral description of what happened.' })
  description!: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'First day of the event (first day of the month or year when the precision is coarser).',
  })
  startDate!: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Last day the event may have lasted to, ' + 'widened to the end of the month or year for coarse precisions.',
  })
  endDate!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How precise the dates are.' })
  datePrecision!: DatePrecision | null;

  @Field(() => String, {
    nullable: true,
    description: 'How the date was worked out when reports do not state it outright.',
  })
  dateNote!: string | null;

  @Field(() => DateTime, { description: 'When the event or its own links last changed.' })
  updatedAt!: string;

  /** Ids resolved by `location` and `partOf`. */
  locationId!: string | null;
  partOfEventId!: string | null;

  /** Set on a page's summaries (attributedPageSummaries.ts): the event's place as a summary, which `location` returns. */
  locationSummary?: Location | null;
}
