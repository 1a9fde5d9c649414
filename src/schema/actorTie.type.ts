// A tie of an actor to another actor or to a place, seen from the actor.
import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { DatePrecision } from './enums/DatePrecision';
import { LocalDate } from './scalars';

export enum TieDirection {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
}

registerEnumType(TieDirection, {
  name: 'TieDirection',
  description: 'Which way a tie points, seen from the actor being asked about.',
  valuesConfig: {
    OUTGOING: { description: 'The actor is the subject: it is PART_OF, LEADS, SUPPORTS, CONTROLS... the other.' },
    INCOMING: { description: 'The actor is the object: the other is PART_OF it, LEADS it...' },
  },
});

@ObjectType({
  description:
    'A tie between an actor and another actor (PART_OF, LEADS, SUPPORTS, ALLIED_WITH, OPPOSES, ' +
    'FOUGHT) or a place (CONTROLS, BESIEGES, BASED_IN), with optional validity dates.',
})
export class ActorTie {
  @Field({ description: 'The kind of tie: an ActorTieKind or ActorPlaceTieKind value.' })
  kind!: string;

  @Field(() => TieDirection, { description: 'OUTGOING when the asked-about actor is the subject of the tie.' })
  direction!: TieDirection;

  @Field(() => LocalDate, { nullable: true, description: 'From when the tie holds, where known.' })
  validFrom!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Until when the tie held, where known.' })
  validTo!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How precise the validity dates are.' })
  datePrecision!: DatePrecision | null;

  @Field(() => String, { nullable: true, description: 'An editor’s note on the tie and its source.' })
  note!: string | null;

  /** The other end, resolved by `actor` or `location`; who states the tie, resolved by `source` and `document`. */
  otherId!: string;
  otherKind!: 'Actor' | 'Location';
  sourceId!: string | null;
  documentId!: string | null;
}
