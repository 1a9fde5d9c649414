// A source: who speaks (outlet, wire, official, media office, witness, dataset...).
import { Field, ID, ObjectType } from 'type-graphql';

import { SourceKind } from './enums/SourceKind';
import { Node } from './node.interface';
import { DateTime } from './scalars';

@ObjectType({
  implements: Node,
  description:
    'Who makes claims: a news outlet, wire service, official, armed-group media office, ' +
    'social-media account, witness, medical source, NGO or dataset.',
})
export class Source {
  @Field(() => ID, { description: 'Stable id, e.g. `source:reuters`.' })
  id!: string;

  @Field({ description: 'The source’s name as reports give it.' })
  name!: string;

  @Field(() => SourceKind, { description: 'Who the source is.' })
  kind!: SourceKind;

  @Field(() => String, { nullable: true, description: 'Where the source publishes, where it has an address.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'A short description.' })
  description!: string | null;

  @Field(() => DateTime, { description: 'When the source last changed.' })
  updatedAt!: string;

  /** Id of the actor the source speaks for, resolved by `affiliatedActor`. */
  affiliatedActorId!: string | null;
}
