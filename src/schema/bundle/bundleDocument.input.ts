// A document (article, report, statement) in a bundle sent to `ingestBundle`.
import { Field, ID, InputType } from 'type-graphql';

import { DatePrecision } from '../enums/DatePrecision';
import { LocalDate } from '../scalars';

@InputType({ description: 'A document the bundle’s claims are reported in: an article, report, statement or post.' })
export class BundleDocumentInput {
  @Field(() => ID, {
    description:
      'Stable id, new (`doc:reuters-2017-05-27`) or of a document already in the graph, ' + 'which is then updated.',
  })
  id!: string;

  @Field({ description: 'Title or headline (at most 1,000 characters).' })
  title!: string;

  @Field({ nullable: true, description: 'Where the document can be read (at most 2,000 characters).' })
  url?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the source that published it: one in this bundle or one already in the graph.',
  })
  publisherId?: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Publication day; with MONTH or YEAR precision give the first day of the month or year.',
  })
  publishedOn?: string;

  @Field(() => DatePrecision, { nullable: true, description: 'How precise publishedOn is (DAY when left out).' })
  publishedOnPrecision?: DatePrecision;

  @Field({ nullable: true, description: 'Language code, e.g. `en` or `ar`.' })
  language?: string;

  @Field({ nullable: true, description: 'Full text of the document (at most 1,000,000 characters).' })
  text?: string;
}
