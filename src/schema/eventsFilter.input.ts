// Filters for event lists.
import { ArrayMaxSize, IsOptional, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

import { BoundingBox } from './boundingBox.input';
import { EventGrade } from './enums/EventGrade';
import { EventKind } from './enums/EventKind';
import { NearPoint } from './nearPoint.input';
import { LocalDate } from './scalars';

@InputType({
  description: 'Which events to list. Every filter given must match; claims that were retracted do not count.',
})
export class EventsFilter {
  @Field(() => [EventKind], { nullable: true, description: 'Only events of these kinds.' })
  @IsOptional()
  @ArrayMaxSize(50)
  kinds?: EventKind[];

  @Field(() => LocalDate, { nullable: true, description: 'Only events that end on or after this day.' })
  from?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Only events that start on or before this day.' })
  to?: string;

  @Field(() => ID, { nullable: true, description: 'Only events at this place or anywhere inside it.' })
  @IsOptional()
  @MaxLength(200)
  locationId?: string;

  @Field(() => NearPoint, { nullable: true, description: 'Only events within a radius of a point.' })
  @IsOptional()
  @ValidateNested()
  near?: NearPoint;

  @Field(() => BoundingBox, { nullable: true, description: 'Only events inside a map rectangle.' })
  @IsOptional()
  @ValidateNested()
  within?: BoundingBox;

  @Field(() => ID, {
    nullable: true,
    description: 'Only events a claim attributes to this actor or says involved it (target, victim, participant).',
  })
  @IsOptional()
  @MaxLength(200)
  actorId?: string;

  @Field(() => ID, { nullable: true, description: 'Only events this source made a claim about.' })
  @IsOptional()
  @MaxLength(200)
  sourceId?: string;

  @Field({
    nullable: true,
    description: 'true: only contested events (see Event.contested); false: only uncontested ones.',
  })
  contested?: boolean;

  @Field(() => [EventGrade], {
    nullable: true,
    description: 'Only events of these grades (see Event.grade and EventGrade).',
  })
  @IsOptional()
  @ArrayMaxSize(5)
  grades?: EventGrade[];

  @Field(() => Int, {
    nullable: true,
    description:
      'Only events for which some claim about them or one of their parts gives at least this many killed ' +
      '(a source’s own high estimate when it gives a range, as `casualties.killedHigh` reads it).',
  })
  @IsOptional()
  @Min(0)
  minKilled?: number;
}
