// One tie between two nodes of an actor's network, as a directed link.
import { Field, ID, ObjectType } from 'type-graphql';

import { DatePrecision } from './enums/DatePrecision';
import { TieKind } from './enums/TieKind';
import { LocalDate } from './scalars';

@ObjectType({
  description:
    'A tie between two nodes of a network, ' +
    'pointing from its subject to its object (Haftar LEADS LNA: from Haftar to LNA).',
})
export class NetworkTie {
  @Field(() => ID, {
    description: 'Id of the actor the tie starts from (the subject: the unit that is PART_OF, the leader...).',
  })
  fromId!: string;

  @Field(() => ID, { description: 'Id of the actor or place the tie points to.' })
  toId!: string;

  @Field(() => TieKind, { description: 'The kind of tie.' })
  kind!: TieKind;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'From when the tie holds, where known (the first day of its period for MONTH or YEAR precision).',
  })
  validFrom!: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Until when the tie held, where known; ' + 'with MONTH or YEAR precision it covers that whole month or year.',
  })
  validTo!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How precise the validity dates are.' })
  datePrecision!: DatePrecision | null;

  @Field(() => String, { nullable: true, description: 'An editor’s note on the tie and its source.' })
  note!: string | null;

  /** Who states the tie and where, resolved by `source` and `document`. */
  sourceId!: string | null;
  documentId!: string | null;
}
