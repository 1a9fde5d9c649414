// What every tie in a bundle may say besides its ends and kind: when it holds, and who states it where.
import { Field, ID, InputType } from 'type-graphql';

import { DatePrecision } from '../enums/DatePrecision';
import { LocalDate } from '../scalars';

@InputType()
export abstract class BundleTieDetailsInput {
  @Field(() => LocalDate, { nullable: true, description: 'First day the tie holds; left out when not known.' })
  validFrom?: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day the tie holds; left out while it still holds or when not known.',
  })
  validTo?: string;

  @Field(() => DatePrecision, {
    nullable: true,
    description: 'How precise validFrom and validTo are (DAY when left out).',
  })
  datePrecision?: DatePrecision;

  @Field({ nullable: true, description: 'A note on the tie.' })
  note?: string;

  @Field(() => ID, { nullable: true, description: 'Id of the source that states the tie.' })
  sourceId?: string;

  @Field(() => ID, { nullable: true, description: 'Id of the document the tie is stated in.' })
  documentId?: string;
}
