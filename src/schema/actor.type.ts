// An actor: a state, armed force, unit, group, government or person.
import { Field, ID, ObjectType } from 'type-graphql';

import { ActorKind } from './enums/ActorKind';
import { Node } from './node.interface';
import { DateTime } from './scalars';

@ObjectType({
  implements: Node,
  description:
    'A state, armed force, unit, armed group, government or person that takes part in events. ' +
    '"Unknown warplanes" is an actor of kind UNKNOWN.',
})
export class Actor {
  @Field(() => ID, { description: 'Stable id, e.g. `actor:egyptian-air-force`.' })
  id!: string;

  @Field({ description: 'The name the actor is best known by.' })
  name!: string;

  @Field(() => [String], { description: 'Other names and abbreviations the actor goes by (DMSC, Daesh...).' })
  aliases!: string[];

  @Field(() => ActorKind, { description: 'What kind of actor this is.' })
  kind!: ActorKind;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 code of the actor’s country, where it has one.',
  })
  countryCode!: string | null;

  @Field(() => String, { nullable: true, description: 'A short description.' })
  description!: string | null;

  @Field(() => DateTime, { description: 'When the actor was first written to the graph.' })
  createdAt!: string;

  @Field(() => DateTime, { description: 'When the actor or one of its own links last changed.' })
  updatedAt!: string;
}
