// The argument of `ingestBundle`: everything one report states, written in one transaction.
import { Field, InputType } from 'type-graphql';

import { maxBundleEntries } from '../../vocabulary/maxBundleEntries';
import { BundleActorInput } from './bundleActor.input';
import { BundleActorPlaceTieInput } from './bundleActorPlaceTie.input';
import { BundleActorTieInput } from './bundleActorTie.input';
import { BundleClaimInput } from './bundleClaim.input';
import { BundleDocumentInput } from './bundleDocument.input';
import { BundleEventInput } from './bundleEvent.input';
import { BundleLocationInput } from './bundleLocation.input';
import { BundleSourceInput } from './bundleSource.input';

export { maxBundleEntries };

@InputType({
  description:
    `A document bundle: a document with the sources, actors, places, events and claims it states, written all together or not at all. ` +
    `Entries refer to each other by their ids; an id that is not in the bundle must name a node already in the graph. Ids are unique across kinds. ` +
    `Sending the same bundle again changes nothing. At most ${maxBundleEntries} entries in all sections together.`,
})
export class DocumentBundleInput {
  @Field(() => [BundleDocumentInput], {
    defaultValue: [],
    description: 'Documents: usually the one report the bundle comes from.',
  })
  documents!: BundleDocumentInput[];

  @Field(() => [BundleActorInput], { defaultValue: [], description: 'Actors the bundle defines or updates.' })
  actors!: BundleActorInput[];

  @Field(() => [BundleActorTieInput], {
    defaultValue: [],
    description: 'Ties between actors (PART_OF, LEADS, ALLIED_WITH...).',
  })
  actorTies!: BundleActorTieInput[];

  @Field(() => [BundleActorPlaceTieInput], {
    defaultValue: [],
    description: 'Ties between actors and places (controls, besieges...).',
  })
  actorPlaceTies!: BundleActorPlaceTieInput[];

  @Field(() => [BundleLocationInput], { defaultValue: [], description: 'Places the bundle defines or updates.' })
  locations!: BundleLocationInput[];

  @Field(() => [BundleSourceInput], { defaultValue: [], description: 'Sources the bundle defines or updates.' })
  sources!: BundleSourceInput[];

  @Field(() => [BundleEventInput], { defaultValue: [], description: 'Events the bundle defines or updates.' })
  events!: BundleEventInput[];

  @Field(() => [BundleClaimInput], { defaultValue: [], description: 'Claims the bundle defines or updates.' })
  claims!: BundleClaimInput[];
}
