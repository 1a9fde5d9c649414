// Inputs of createEvent and updateEvent.
import { IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { DatePrecision } from '../enums/DatePrecision';
import { EventKind } from '../enums/EventKind';
import { clearableNote, EntityId, idGenerationNote, IsoDate, keptNote, NotClearable } from './editRules';

@InputType({
  description: 'A new event. Who did it and how many died are not part of it: add claims about it (`addClaim`).',
})
export class CreateEventInput {
  @Field(() => ID, {
    nullable: true,
    description: `Id of the new event, e.g. \`event:derna-airstrikes-2017-10-30\`. ${idGenerationNote} Prefix: \`event\`, made from the title.`,
  })
  @IsOptional()
  @EntityId()
  id?: string;

  @Field(() => EventKind, { description: 'What kind of incident this is.' })
  kind!: EventKind;

  @Field({ description: 'A short neutral title (1 to 1000 characters).' })
  @Length(1, 1000)
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A neutral description of what happened (at most 10000 characters).',
  })
  @IsOptional()
  @MaxLength(10000)
  description?: string;

  @Field(() => String, {
    nullable: true,
    description: 'First day, YYYY-MM-DD (first day of the month or year with a coarser precision).',
  })
  @IsOptional()
  @IsoDate()
  startDate?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Last day, YYYY-MM-DD, not before startDate; left out, ' +
      'it is the last day the precision covers (2017-05 MONTH: 2017-05-31).',
  })
  @IsOptional()
  @IsoDate()
  endDate?: string;

  @Field(() => DatePrecision, { nullable: true, description: 'How precise the dates are; DAY when left out.' })
  @IsOptional()
  datePrecision?: DatePrecision;

  @Field(() => String, {
    nullable: true,
    description: 'How the date was worked out when reports do not state it outright.',
  })
  @IsOptional()
  @MaxLength(10000)
  dateNote?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Where it took place; the event takes the location’s point. NOT_FOUND when it is not a location.',
  })
  @IsOptional()
  @EntityId()
  locationId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A larger event this one is part of; NOT_FOUND when it is not an event.',
  })
  @IsOptional()
  @EntityId()
  partOfEventId?: string;
}

@InputType({
  description:
    'Changes to an event: only the fields given change. ' +
    'An end date that is just the last day the old precision covered is not kept as given: ' +
    'changing the precision or start widens it again.',
})
export class UpdateEventInput {
  @Field(() => ID, { description: 'The event to change; NOT_FOUND when there is no event with this id.' })
  @EntityId()
  id!: string;

  @Field(() => EventKind, { nullable: true, description: `New kind. ${keptNote}` })
  @NotClearable()
  kind?: EventKind;

  @Field(() => String, { nullable: true, description: `New title. ${keptNote}` })
  @NotClearable()
  @Length(1, 1000)
  title?: string;

  @Field(() => String, { nullable: true, description: `Description. ${clearableNote}` })
  @IsOptional()
  @MaxLength(10000)
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `First day, YYYY-MM-DD. ${clearableNote} Clearing it clears the dates and precision (endDate must go too).`,
  })
  @IsOptional()
  @IsoDate()
  startDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Last day, YYYY-MM-DD. ${clearableNote} Cleared, it is the last day the precision covers.`,
  })
  @IsOptional()
  @IsoDate()
  endDate?: string | null;

  @Field(() => DatePrecision, {
    nullable: true,
    description: `How precise the dates are. ${clearableNote} Cleared, it counts as DAY.`,
  })
  @IsOptional()
  datePrecision?: DatePrecision | null;

  @Field(() => String, { nullable: true, description: `How the date was worked out. ${clearableNote}` })
  @IsOptional()
  @MaxLength(10000)
  dateNote?: string | null;

  @Field(() => ID, { nullable: true, description: `Where it took place. ${clearableNote} The event’s point follows.` })
  @IsOptional()
  @EntityId()
  locationId?: string | null;

  @Field(() => ID, { nullable: true, description: `The larger event this one is part of. ${clearableNote}` })
  @IsOptional()
  @EntityId()
  partOfEventId?: string | null;
}
