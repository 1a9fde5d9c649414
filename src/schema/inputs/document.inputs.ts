// Inputs of createDocument and updateDocument.
import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { DatePrecision } from '../enums/DatePrecision';
import { clearableNote, EntityId, idGenerationNote, IsoDate, keptNote, NotClearable } from './editRules';

const languageTag = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
const languageMessage = '$property must be a BCP 47 language tag such as en or ar';

@InputType({ description: 'A new document: a published report in which claims are reported.' })
export class CreateDocumentInput {
  @Field(() => ID, {
    nullable: true,
    description: `Id of the new document, e.g. \`doc:reuters-derna-2017-05-26\`. ${idGenerationNote} Prefix: \`doc\`, made from the title.`,
  })
  @IsOptional()
  @EntityId()
  id?: string;

  @Field({ description: 'The report’s title (1 to 1000 characters).' })
  @Length(1, 1000)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Where the report was published (at most 2000 characters).' })
  @IsOptional()
  @MaxLength(2000)
  url?: string;

  @Field(() => ID, { nullable: true, description: 'The source that published it; NOT_FOUND when it is not a source.' })
  @IsOptional()
  @EntityId()
  publisherId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Publication date, YYYY-MM-DD (first day of the month or year with a coarser precision).',
  })
  @IsOptional()
  @IsoDate()
  publishedOn?: string;

  @Field(() => DatePrecision, { nullable: true, description: 'How precise `publishedOn` is; DAY when left out.' })
  @IsOptional()
  publishedOnPrecision?: DatePrecision;

  @Field(() => String, { nullable: true, description: 'Language of the report as a BCP 47 tag (en, ar).' })
  @IsOptional()
  @Matches(languageTag, { message: languageMessage })
  language?: string;

  @Field(() => String, { nullable: true, description: 'Full text of the report (at most 1000000 characters).' })
  @IsOptional()
  @MaxLength(1_000_000)
  text?: string;
}

@InputType({ description: 'Changes to a document: only the fields given change.' })
export class UpdateDocumentInput {
  @Field(() => ID, { description: 'The document to change; NOT_FOUND when there is no document with this id.' })
  @EntityId()
  id!: string;

  @Field(() => String, { nullable: true, description: `New title (1 to 1000 characters). ${keptNote}` })
  @NotClearable()
  @Length(1, 1000)
  title?: string;

  @Field(() => String, { nullable: true, description: `Where the report was published. ${clearableNote}` })
  @IsOptional()
  @MaxLength(2000)
  url?: string | null;

  @Field(() => ID, { nullable: true, description: `The source that published it. ${clearableNote}` })
  @IsOptional()
  @EntityId()
  publisherId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Publication date, YYYY-MM-DD. ${clearableNote} Clearing it clears its precision too.`,
  })
  @IsOptional()
  @IsoDate()
  publishedOn?: string | null;

  @Field(() => DatePrecision, {
    nullable: true,
    description: `How precise \`publishedOn\` is. ${clearableNote} (Cleared, it counts as DAY.)`,
  })
  @IsOptional()
  publishedOnPrecision?: DatePrecision | null;

  @Field(() => String, { nullable: true, description: `Language as a BCP 47 tag. ${clearableNote}` })
  @IsOptional()
  @Matches(languageTag, { message: languageMessage })
  language?: string | null;

  @Field(() => String, { nullable: true, description: `Full text. ${clearableNote}` })
  @IsOptional()
  @MaxLength(1_000_000)
  text?: string | null;
}
