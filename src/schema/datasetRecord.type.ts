// The row of an external dataset (ACLED) an event was imported from: its id, its types as the file wrote them and as
// they map onto today's codebook, and which version of the row the graph holds.
import { Field, ObjectType } from 'type-graphql';

import { DateTime } from './scalars';

@ObjectType({
  description:
    'The dataset row an imported event comes from (ACLED): its id there, its types, and the version the graph holds.',
})
export class DatasetRecord {
  @Field({ description: 'The dataset, e.g. `ACLED`.' })
  dataset!: string;

  @Field({ description: "The row's id in the dataset (ACLED's event_id_cnty, e.g. `LBY1001`)." })
  recordId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The event type in today's codebook (ACLED: one of its six types; a pre-2019 type is read through docs/acled-import.md's table).",
  })
  eventType!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The sub-event type in today\'s codebook; null when the row\'s type cannot say which (a pre-2019 "Remote violence").',
  })
  subEventType!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The event type exactly as the file wrote it (e.g. "Battle-No change of territory").',
  })
  originalEventType!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The sub-event type exactly as the file wrote it; null for files without one.',
  })
  originalSubEventType!: string | null;

  @Field(() => DateTime, {
    nullable: true,
    description:
      "When the dataset last changed the row (ACLED's `timestamp`): the version the graph holds. An older row is not imported over it.",
  })
  version!: string | null;

  @Field(() => DateTime, {
    nullable: true,
    description:
      "When the dataset deleted the row (ACLED's deleted_timestamp); its claims are then retracted. Null while it stands.",
  })
  deletedAt!: string | null;
}
