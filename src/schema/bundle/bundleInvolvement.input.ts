// An actor a claim says took part in or suffered an event, in a bundle sent to `ingestBundle`.
import { Field, ID, InputType } from 'type-graphql';

import { InvolvementRole } from '../enums/InvolvementRole';

@InputType({
  description:
    'An actor a claim says was hit, suffered or took part (not the perpetrator: ' + 'that is the claim’s actorId).',
})
export class BundleInvolvementInput {
  @Field(() => ID, { description: 'Id of the actor: one in this bundle or one already in the graph.' })
  actorId!: string;

  @Field(() => InvolvementRole, { description: 'How the actor was involved.' })
  role!: InvolvementRole;
}
