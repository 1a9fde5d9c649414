// Arguments of retractClaim: which claim, and why.
import { Length } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';

import { EntityId } from './editRules';

@ArgsType()
export class RetractClaimArgs {
  @Field(() => ID, { description: 'The claim to retract; NOT_FOUND when there is no claim with this id.' })
  @EntityId()
  id!: string;

  @Field({ description: 'Why it is retracted (1 to 2000 characters), e.g. "the outlet corrected its report".' })
  @Length(1, 2000)
  reason!: string;
}
