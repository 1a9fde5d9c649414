// What an ACLED CSV import did: counts of rows created, updated, unchanged, and each rejected row with its reason.
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

@ObjectType({
  description:
    'The outcome of importing an ACLED-format CSV: every data row is created, updated, ' + 'unchanged or rejected.',
})
export class AcledImportReport {
  @Field(() => Int, { description: 'Data rows read (the header row apart).' })
  rowsRead!: number;

  @Field(() => Int, { description: 'Rows whose event (`event:acled-<event_id_cnty>`) was new to the graph.' })
  created!: number;

  @Field(() => Int, {
    description: "Rows whose event existed and changed: the event itself, or ACLED's claims about it.",
  })
  updated!: number;

  @Field(() => Int, { description: 'Rows already in the graph exactly as the file states them.' })
  unchanged!: number;

  @Field(() => [AcledRejectedRow], { description: 'Rows not imported, in file order, each with its line and reason.' })
  rejected!: AcledRejectedRow[];

  @Field(() => Int, { description: 'Transactions committed (one per batch of up to 500 rows).' })
  batches!: number;
}
