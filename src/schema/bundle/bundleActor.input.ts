// An actor in a bundle sent to `ingestBundle`.
import { Field, ID, InputType } from 'type-graphql';

import { ActorKind } from '../enums/ActorKind';

@InputType({ description: 'An actor the bundle names: a state, armed force, unit, group, government or person.' })
export class BundleActorInput {
  @Field(() => ID, {
    description:
      'Stable id, new (`actor:egyptian-air-force`) or of an actor already in the graph, ' + 'which is then updated.',
  })
  id!: string;

  @Field({ description: 'The name the actor is best known by (at most 500 characters).' })
  name!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Other names and abbreviations; when given, they replace the actor’s aliases.',
  })
  aliases?: string[];

  @Field(() => ActorKind, { description: 'What kind of actor this is.' })
  kind!: ActorKind;

  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2 code of the actor’s country, e.g. `LY`.' })
  countryCode?: string;

  @Field({ nullable: true, description: 'A short description.' })
  description?: string;

  @Field(() => [String], {
    nullable: true,
    description:
      'Ids datasets give the actor, each prefixed by its dataset (`ucdp:581`); when given, ' +
      'they replace the actor’s list.',
  })
  externalIds?: string[];
}
