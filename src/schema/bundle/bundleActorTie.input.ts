// A tie between two actors in a bundle sent to `ingestBundle`.
import { Field, ID, InputType } from 'type-graphql';
import { ActorTieKind } from '../enums/ActorTieKind';
import { DatePrecision } from '../enums/DatePrecision';
import { LocalDate } from '../scalars';

@InputType({ description: 'A tie between two actors, `fromId` -[kind]-> `toId`: for PART_OF the unit is fromId, for LEADS the leader.' })
export class BundleActorTieInput {
  @Field(() => ID, { description: 'Id of the actor the tie starts from: one in this bundle or one already in the graph.' })
  fromId!: string;

  @Field(() => ID, { description: 'Id of the actor the tie points to: one in this bundle or one already in the graph.' })
  toId!: string;

  @Field(() => ActorTieKind, { description: 'What the tie is.' })
  kind!: ActorTieKind;

  @Field(() => LocalDate, { nullable: true, description: 'First day the tie holds; left out when not known.' })
  validFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day the tie holds; left out while it still holds or when not known.' })
  validTo?: string;

  @Field(() => DatePrecision, { nullable: true, description: 'How precise validFrom and validTo are (DAY when left out).' })
  datePrecision?: DatePrecision;

  @Field({ nullable: true, description: 'A note on the tie.' })
  note?: string;

  @Field(() => ID, { nullable: true, description: 'Id of the source that states the tie.' })
  sourceId?: string;

  @Field(() => ID, { nullable: true, description: 'Id of the document the tie is stated in.' })
  documentId?: string;
}
