// A source in a bundle sent to `ingestBundle`.
import { Field, ID, InputType } from 'type-graphql';

import { SourceKind } from '../enums/SourceKind';

@InputType({ description: 'Who makes claims: a news outlet, wire service, official, monitor or group.' })
export class BundleSourceInput {
  @Field(() => ID, {
    description: 'Stable id, new (`source:reuters`) or of a source already in the graph, which is then updated.',
  })
  id!: string;

  @Field({ description: 'The source’s name (at most 500 characters).' })
  name!: string;

  @Field(() => SourceKind, { description: 'What kind of source this is.' })
  kind!: SourceKind;

  @Field({ nullable: true, description: 'The source’s web site (at most 2,000 characters).' })
  url?: string;

  @Field({ nullable: true, description: 'A short description.' })
  description?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the actor the source speaks for or belongs to (a media office and its group).',
  })
  affiliatedActorId?: string;
}
