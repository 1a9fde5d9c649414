// An actor an incoming name may stand for, with a score and why.
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

export enum ActorMatchBasis {
  PIN = 'PIN',
  NAME = 'NAME',
  CONVENTION = 'CONVENTION',
  SIMILAR_NAME = 'SIMILAR_NAME',
}

registerEnumType(ActorMatchBasis, {
  name: 'ActorMatchBasis',
  description: 'How an actor was found for a name, strongest first.',
  valuesConfig: {
    PIN: { description: 'The crosswalk pins the name to the actor (`pinActorName`, seed/crosswalk.json).' },
    NAME: { description: 'The actor’s name or an alias, folded.' },
    CONVENTION: {
      description: 'A dataset naming convention: "Military Forces of Egypt (2014-)" is the ARMED_FORCES actor of EG.',
    },
    SIMILAR_NAME: { description: 'Name words in common only: a hint for a person, never taken by itself.' },
  },
});

@ObjectType({
  description:
    'An actor a name may stand for. ' +
    'Names resolve by themselves only at 0.85 or more and 0.1 ahead of the next; ' +
    'the rest is shown, never merged.',
})
export class ActorCandidate {
  /** Resolved by `actor`. */
  actorId!: string;

  @Field(() => Float, {
    description: '0 to 1: 1 a pin, 0.95 a name or alias, 0.85 a convention one actor fits, less for partial agreement.',
  })
  score!: number;

  @Field(() => ActorMatchBasis, { description: 'How the actor was found.' })
  basis!: ActorMatchBasis;

  @Field(() => [String], { description: 'Why, in words.' })
  reasons!: string[];
}
