// A published report that claims are reported in.
import { Field, ID, ObjectType } from 'type-graphql';

import { DatePrecision } from './enums/DatePrecision';
import { Node } from './node.interface';
import { DateTime, LocalDate } from './scalars';

@ObjectType({
  implements: Node,
  description: 'A published report (article, press release, post, dataset row) in which claims are reported.',
})
export class Document {
  @Field(() => ID, { description: 'Stable id, e.g. `doc:derna-egypt-airstrikes-article`.' })
  id!: string;

  @Field({ description: 'The report’s title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Where the report was published.' })
  url!: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Publication date (first day of the period when only the month or year is known).',
  })
  publishedOn!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How precise `publishedOn` is.' })
  publishedOnPrecision!: DatePrecision | null;

  @Field(() => String, { nullable: true, description: 'Language of the report, as a BCP 47 tag (en, ar).' })
  language!: string | null;

  @Field(() => DateTime, { description: 'When the document last changed.' })
  updatedAt!: string;

  /** Id of the publishing source, resolved by `publisher`. */
  publisherId!: string | null;
}
