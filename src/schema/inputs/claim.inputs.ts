// Inputs of addClaim: the claim, its casualty figures and the actors it involves.
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';

import { ClaimKind } from '../enums/ClaimKind';
import { DatePrecision } from '../enums/DatePrecision';
import { InvolvementRole } from '../enums/InvolvementRole';
import { Stance } from '../enums/Stance';
import { EntityId, IsoDate } from './editRules';

@InputType({ description: 'Casualty figures a claim gives; leave out those it does not give.' })
export class FiguresInput {
  @Field(() => Int, { nullable: true, description: 'People killed, a whole number >= 0.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  killed?: number;

  @Field(() => Int, { nullable: true, description: 'People injured, a whole number >= 0.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  injured?: number;

  @Field(() => Int, { nullable: true, description: 'Civilians among the killed, a whole number >= 0.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  civiliansKilled?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when the figures are lower bounds ("at least 29"); false when left out.',
  })
  @IsOptional()
  @IsBoolean()
  isMinimum?: boolean;
}

@InputType({ description: 'An actor a claim says was targeted, a victim or a participant.' })
export class InvolvementInput {
  @Field(() => ID, { description: 'The actor; NOT_FOUND when it is not an actor.' })
  @EntityId()
  actorId!: string;

  @Field(() => InvolvementRole, { description: 'How the actor was involved.' })
  role!: InvolvementRole;
}

@InputType({
  description:
    'A new claim: a source says something about an event, as reported in a document. ' +
    'Relaying a claim cannot form a cycle: the new claim can only relay an existing one.',
})
export class AddClaimInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'Id of the new claim, e.g. `claim:dmsc-media-office-blames-egypt`. ' +
      'Leave out to have one generated: ' +
      '`claim:<source id>-on-<event id>` without their prefixes, folded like names, with `-2`, ' +
      '`-3`... when taken. A given id that any node already has is refused with CONFLICT.',
  })
  @IsOptional()
  @EntityId()
  id?: string;

  @Field(() => ClaimKind, { description: 'What the claim states.' })
  kind!: ClaimKind;

  @Field(() => Stance, { description: 'How the source holds it: asserts, denies or suspects.' })
  stance!: Stance;

  @Field(() => ID, { description: 'The source making the claim; NOT_FOUND when it is not a source.' })
  @EntityId()
  sourceId!: string;

  @Field(() => ID, { description: 'The event the claim is about; NOT_FOUND when it is not an event.' })
  @EntityId()
  eventId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The actor the claim attributes the event to (or denies it of); required for ATTRIBUTION, ' +
      'DENIAL and RESPONSIBILITY_CLAIM (use the unknown actor when the report names none).',
  })
  @IsOptional()
  @EntityId()
  actorId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The document the claim is reported in; NOT_FOUND when it is not a document.',
  })
  @IsOptional()
  @EntityId()
  documentId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The claim this one repeats (Reuters relaying a resident); NOT_FOUND when it is not a claim.',
  })
  @IsOptional()
  @EntityId()
  relaysClaimId?: string;

  @Field(() => String, { nullable: true, description: 'The source’s words, verbatim (at most 10000 characters).' })
  @IsOptional()
  @MaxLength(10000)
  quote?: string;

  @Field(() => Float, {
    nullable: true,
    description: 'How firmly the source states it, 0 to 1, as the editor reads it; leave out when not assessed.',
  })
  @IsOptional()
  @Min(0, { message: '$property must be between 0 and 1' })
  @Max(1, { message: '$property must be between 0 and 1' })
  confidence?: number;

  @Field(() => FiguresInput, { nullable: true, description: 'Casualty figures, for claims that give some.' })
  @IsOptional()
  @ValidateNested()
  figures?: FiguresInput;

  @Field(() => [InvolvementInput], {
    nullable: true,
    description:
      'Actors the claim says were targeted, victims or participants (not the perpetrator: ' +
      'that is actorId); at most 100.',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  involvedActors?: InvolvementInput[];

  @Field(() => String, { nullable: true, description: 'When the source made the claim, YYYY-MM-DD.' })
  @IsOptional()
  @IsoDate()
  claimedOn?: string;

  @Field(() => DatePrecision, { nullable: true, description: 'How precise `claimedOn` is; DAY when left out.' })
  @IsOptional()
  claimedOnPrecision?: DatePrecision;

  @Field(() => String, {
    nullable: true,
    description: 'An editor’s note on how the claim was read (at most 10000 characters).',
  })
  @IsOptional()
  @MaxLength(10000)
  note?: string;
}
