// An actor a claim says was hit, suffered or took part in an event.
import { Field, ObjectType } from 'type-graphql';

import { InvolvementRole } from './enums/InvolvementRole';

@ObjectType({
  description:
    'An actor that a claim says was involved in the event other than as its perpetrator: ' +
    'a target, a victim, a participant.',
})
export class Involvement {
  @Field(() => InvolvementRole, { description: 'How the actor was involved.' })
  role!: InvolvementRole;

  /** Resolved by `actor`. */
  actorId!: string;
}
