// Arguments of the canonical query: events attributed to an actor by a source.
import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID } from 'type-graphql';

import { DateOrder } from './enums/DateOrder';
import { EventKind } from './enums/EventKind';
import { SourceRole } from './enums/SourceRole';
import { NearPoint } from './nearPoint.input';
import { ActorRef, SourceRef } from './nodeRef.input';
import { PageArgs } from './pageArgs';
import { LocalDate } from './scalars';

@ArgsType()
export class EventsAttributedToArgs extends PageArgs {
  @Field(() => ActorRef, { description: 'The actor the events are attributed to, by id or by name/alias.' })
  @ValidateNested()
  actor!: ActorRef;

  @Field({
    defaultValue: false,
    description:
      'Also count attributions to the actor’s subordinate units (PART_OF, any depth): ' +
      '"Egyptian Armed Forces" then covers the Egyptian Air Force.',
  })
  includeSubordinates!: boolean;

  @Field(() => SourceRef, { nullable: true, description: 'Only claims by this source. Leave out for any source.' })
  @IsOptional()
  @ValidateNested()
  source?: SourceRef;

  @Field(() => SourceRole, {
    defaultValue: SourceRole.MAKER,
    description: 'Whether the source must have made the claim, or may have relayed it.',
  })
  sourceRole!: SourceRole;

  @Field(() => [EventKind], {
    nullable: true,
    description: 'Only events of these kinds, e.g. [AIRSTRIKE, DRONE_STRIKE] for strikes.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  kinds?: EventKind[];

  @Field(() => LocalDate, { nullable: true, description: 'Only events that end on or after this day.' })
  from?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Only events that start on or before this day.' })
  to?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only events at this place or anywhere inside it (a country, a city and its districts).',
  })
  @IsOptional()
  @MaxLength(200)
  locationId?: string;

  @Field(() => NearPoint, { nullable: true, description: 'Only events within a radius of a point.' })
  @IsOptional()
  @ValidateNested()
  near?: NearPoint;

  @Field(() => Float, {
    nullable: true,
    description:
      'Only claims whose confidence is at least this (0 to 1); ' +
      'claims with no assessed confidence are then left out.',
  })
  @IsOptional()
  @Min(0)
  @Max(1)
  minConfidence?: number;

  @Field({ defaultValue: false, description: 'Also count retracted claims.' })
  includeRetracted!: boolean;

  @Field(() => DateOrder, { defaultValue: DateOrder.NEWEST_FIRST, description: 'Order of the events.' })
  order!: DateOrder;
}
