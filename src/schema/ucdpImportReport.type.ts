// What a UCDP GED CSV import did: counts of rows created, updated, unchanged, stale and rejected, each rejection with its line and reason.
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A row of the GED file that was not imported, and why.' })
export class UcdpRejectedRow {
  @Field(() => Int, { description: 'Line of the file the row ends on (a header row is line 1).' })
  line!: number;

  @Field(() => String, { nullable: true, description: "The row's GED `id`, when it has one." })
  ucdpId!: string | null;

  @Field({
    description: 'Why the row was not imported, naming the column at fault ("where_prec \\"9\\" is not 1 to 7").',
  })
  reason!: string;
}

@ObjectType({ description: 'Rejected rows that broke the same rule.' })
export class UcdpRejectionGroup {
  @Field({ description: 'The rule, with each row\'s own values shown as "…".' })
  reason!: string;

  @Field(() => Int, { description: 'How many rows broke it.' })
  count!: number;

  @Field(() => [Int], { description: 'Their lines, in file order.' })
  lines!: number[];
}

@ObjectType({
  description:
    'The outcome of importing a UCDP GED CSV: every data row is created, updated, unchanged, ' + 'stale or rejected.',
})
export class UcdpImportReport {
  @Field(() => Int, { description: 'Data rows read (a header row apart).' })
  rowsRead!: number;

  @Field(() => Int, { description: 'Rows whose event (`event:ucdp-<id>`) was new to the graph.' })
  created!: number;

  @Field(() => Int, {
    description: "Rows whose event existed and changed: the event itself, or UCDP's claims about it.",
  })
  updated!: number;

  @Field(() => Int, { description: 'Rows already in the graph exactly as the file states them.' })
  unchanged!: number;

  @Field(() => Int, {
    description:
      'Rows older than what the graph holds. GED rows carry no version of their own, ' +
      'so this is 0 (docs/ucdp-import.md).',
  })
  stale!: number;

  @Field(() => [UcdpRejectedRow], { description: 'Rows not imported, in file order, each with its line and reason.' })
  rejected!: UcdpRejectedRow[];

  @Field(() => [UcdpRejectionGroup], {
    description: 'The rejected rows grouped by the rule they broke, most frequent first.',
  })
  rejectedByReason!: UcdpRejectionGroup[];

  @Field(() => Int, { description: 'Transactions committed (one per batch of up to 500 rows).' })
  batches!: number;

  @Field({ description: 'False when the file had no header row and was read with the 49 standard GED columns.' })
  headerRow!: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'The line of the HXL hashtag row under the header (a file from the Humanitarian Data Exchange: `#event+code`, `#date+occurred`...), skipped as a second header; null when the file has none.',
  })
  hxlHashtagRow!: number | null;
}
