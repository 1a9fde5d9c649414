// A claim in a bundle sent to `ingestBundle`.
import { Field, Float, ID, InputType } from 'type-graphql';

import { ClaimKind } from '../enums/ClaimKind';
import { DatePrecision } from '../enums/DatePrecision';
import { Stance } from '../enums/Stance';
import { LocalDate } from '../scalars';
import { BundleFiguresInput } from './bundleFigures.input';
import { BundleInvolvementInput } from './bundleInvolvement.input';

@InputType({ description: 'What one source says about one event: who did it, how many died, in which document.' })
export class BundleClaimInput {
  @Field(() => ID, {
    description:
      'Stable id, new (`claim:reuters-blames-egypt`) or of a claim already in the graph, ' + 'which is then updated.',
  })
  id!: string;

  @Field(() => ClaimKind, { description: 'What kind of claim this is.' })
  kind!: ClaimKind;

  @Field(() => Stance, {
    description: 'Whether the source asserts (ASSERTS), suspects (SUSPECTS) or denies (DENIES) it.',
  })
  stance!: Stance;

  @Field(() => ID, { description: 'Id of the source that makes the claim.' })
  sourceId!: string;

  @Field(() => ID, { description: 'Id of the event the claim is about.' })
  eventId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Id of the actor the claim attributes the event to (or denies it of); ' +
      'required for ATTRIBUTION, DENIAL and RESPONSIBILITY_CLAIM.',
  })
  actorId?: string;

  @Field(() => ID, { nullable: true, description: 'Id of the document the claim is reported in.' })
  documentId?: string;

  @Field(() => ID, { nullable: true, description: 'Id of the claim this one repeats (a wire relaying a resident).' })
  relaysClaimId?: string;

  @Field({ nullable: true, description: 'The words of the source.' })
  quote?: string;

  @Field(() => Float, {
    nullable: true,
    description: '0 to 1: how firmly the source states it, as the editor reads it.',
  })
  confidence?: number;

  @Field(() => BundleFiguresInput, { nullable: true, description: 'Casualty figures the claim gives.' })
  figures?: BundleFiguresInput;

  @Field(() => [BundleInvolvementInput], {
    nullable: true,
    description: 'Actors the claim says were hit, suffered or took part.',
  })
  involvedActors?: BundleInvolvementInput[];

  @Field(() => LocalDate, { nullable: true, description: 'Day the claim was made.' })
  claimedOn?: string;

  @Field(() => DatePrecision, { nullable: true, description: 'How precise claimedOn is (DAY when left out).' })
  claimedOnPrecision?: DatePrecision;

  @Field({ nullable: true, description: 'An editor’s note on the claim.' })
  note?: string;
}
