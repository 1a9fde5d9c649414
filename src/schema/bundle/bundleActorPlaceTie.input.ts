// A tie between an actor and a place in a bundle sent to `ingestBundle`.
import { Field, ID, InputType } from 'type-graphql';
import { ActorPlaceTieKind } from '../enums/ActorPlaceTieKind';
import { DatePrecision } from '../enums/DatePrecision';
import { LocalDate } from '../scalars';

@InputType({ description: 'A tie between an actor and a place: the actor controls, besieges or is based in the location.' })
export class BundleActorPlaceTieInput {
  @Field(() => ID, { description: 'Id of the actor: one in this bundle or one already in the graph.' })
  actorId!: string;

  @Field(() => ID, { description: 'Id of the location: one in this bundle or one already in the graph.' })
  locationId!: string;

  @Field(() => ActorPlaceTieKind, { description: 'What the tie is.' })
  kind!: ActorPlaceTieKind;

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
