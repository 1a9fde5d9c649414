// An event in a bundle sent to `ingestBundle`.
import { Field, ID, InputType } from 'type-graphql';

import { DatePrecision } from '../enums/DatePrecision';
import { EventKind } from '../enums/EventKind';
import { LocalDate } from '../scalars';

@InputType({ description: 'Something that happened: an airstrike, clash, attack, meeting...' })
export class BundleEventInput {
  @Field(() => ID, {
    description:
      'Stable id, new (`event:derna-airstrike-2017-05-26`) or of an event already in the graph, ' +
      'which is then updated.',
  })
  id!: string;

  @Field(() => EventKind, { description: 'What kind of event this is.' })
  kind!: EventKind;

  @Field({ description: 'A short title (at most 1,000 characters).' })
  title!: string;

  @Field({ nullable: true, description: 'A longer description.' })
  description?: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'First day; with MONTH or YEAR precision the first day of the month or year.',
  })
  startDate?: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day; left out, it is the last day the precision allows from startDate.',
  })
  endDate?: string;

  @Field(() => DatePrecision, { nullable: true, description: 'How precise the dates are (DAY when left out).' })
  datePrecision?: DatePrecision;

  @Field({ nullable: true, description: 'How the date was worked out, when the report does not state it outright.' })
  dateNote?: string;

  @Field(() => ID, { nullable: true, description: 'Id of the location where it happened.' })
  locationId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of a larger event this one is part of (one strike of a series).',
  })
  partOfEventId?: string;
}
