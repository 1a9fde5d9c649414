// A tie between two actors in a bundle sent to `ingestBundle`.
import { Field, ID, InputType } from 'type-graphql';

import { ActorTieKind } from '../enums/ActorTieKind';
import { BundleTieDetailsInput } from './bundleTieDetails.input';

@InputType({
  description:
    'A tie between two actors, `fromId` -[kind]-> `toId`: for PART_OF the unit is fromId, ' + 'for LEADS the leader.',
})
export class BundleActorTieInput extends BundleTieDetailsInput {
  @Field(() => ID, {
    description: 'Id of the actor the tie starts from: one in this bundle or one already in the graph.',
  })
  fromId!: string;

  @Field(() => ID, {
    description: 'Id of the actor the tie points to: one in this bundle or one already in the graph.',
  })
  toId!: string;

  @Field(() => ActorTieKind, { description: 'What the tie is.' })
  kind!: ActorTieKind;
}
