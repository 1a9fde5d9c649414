// What an ACLED CSV import did: counts of rows created, updated, unchanged and stale, and each rejected row with its reason.
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A row of the CSV that was not imported, and why.' })
export class AcledRejectedRow {
  @Field(() => Int, { description: 'Line of the file the row ends on (the header is line 1).' })
  line!: number;

  @Field(() => String, { nullable: true, description: "The row's event_id_cnty, when it has one." })
  eventIdCnty!: string | null;

  @Field({
    description:
      'Why the row was not imported, ' +
      'naming the column at fault ("latitude \\"95.2\\" is not a number between -90 and 90").',
  })
  reason!: string;
}

@ObjectType({ description: 'Rejected rows that broke the same rule.' })
export class AcledRejectionGroup {
  @Field({ description: 'The rule, without the rows\' own values ("event_date is not a date").' })
  reason!: string;

  @Field(() => Int, { description: 'Rows rejected for it.' })
  count!: number;

  @Field(() => [Int], { description: 'Their lines, in file order.' })
  lines!: number[];
}

@ObjectType({
  description:
    'The outcome of importing an ACLED-format CSV: every data row is created, updated, unchanged, stale or rejected.',
})
export class AcledImportReport {
  @Field(() => Int, { description: 'Data rows read (the header row apart).' })
  rowsRead!: number;

  @Field(() => Int, { description: 'Rows whose event (`event:acled-<event_id_cnty>`) was new to the graph.' })
  created!: number;

  @Field(() => Int, {
    description: 'Rows whose event the graph held from another version of the row, now replaced by this one.',
  })
  updated!: number;

  @Field(() => Int, { description: 'Rows already in the graph exactly as the file states them.' })
  unchanged!: number;

  @Field(() => Int, {
    description:
      "Rows older than the version of their event the graph holds (ACLED's `timestamp`), or of events ACLED deleted: skipped, never written over a newer row.",
  })
  stale!: number;

  @Field(() => [AcledRejectedRow], { description: 'Rows not imported, in file order, each with its line and reason.' })
  rejected!: AcledRejectedRow[];

  @Field(() => [AcledRejectionGroup], {
    description: 'The rejected rows grouped by the rule they broke, most frequent first.',
  })
  rejectedByReason!: AcledRejectionGroup[];

  @Field(() => [AcledRejectedRow], { description: 'The stale rows, in file order, each with its line and why.' })
  staleRows!: AcledRejectedRow[];

  @Field(() => String, {
    nullable: true,
    description:
      'The ACLED layout the header row was read as (early Africa file, pre-2019, 2019-2023 or current export).',
  })
  layout!: string | null;

  @Field(() => Int, { description: 'Batches of rows committed (each one transaction, up to 2,000 rows).' })
  batches!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'The line of the HXL hashtag row under the header (a file from the Humanitarian Data Exchange: `#event+code`, `#date+occurred`...), skipped as a second header; null when the file has none.',
  })
  hxlHashtagRow!: number | null;
}
