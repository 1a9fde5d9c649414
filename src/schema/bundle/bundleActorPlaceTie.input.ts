// A tie between an actor and a place in a bundle sent to `ingestBundle`.
import { Field, ID, InputType } from 'type-graphql';

import { ActorPlaceTieKind } from '../enums/ActorPlaceTieKind';
import { BundleTieDetailsInput } from './bundleTieDetails.input';

@InputType({
  description: 'A tie between an actor and a place: the actor controls, besieges or is based in the location.',
})
export class BundleActorPlaceTieInput extends BundleTieDetailsInput {
  @Field(() => ID, { description: 'Id of the actor: one in this bundle or one already in the graph.' })
  actorId!: string;

  @Field(() => ID, { description: 'Id of the location: one in this bundle or one already in the graph.' })
  locationId!: string;

  @Field(() => ActorPlaceTieKind, { description: 'What the tie is.' })
  kind!: ActorPlaceTieKind;
}
