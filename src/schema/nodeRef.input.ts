// Ways to name an actor or a source in a query: by id, or by name or alias.
import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description:
    'An actor, by id or by name. Give exactly one. Names match the actor’s name or any alias, ' +
    'ignoring case, accents and punctuation ("dmsc", "Derna Mujaheddin Shura Council"); ' +
    'a name that fits several actors is refused with AMBIGUOUS, listing their ids.',
})
export class ActorRef {
  @Field(() => ID, { nullable: true, description: 'The actor’s id, e.g. `actor:egypt`.' })
  @MaxLength(200)
  id?: string;

  @Field({ nullable: true, description: 'The actor’s name or one of its aliases.' })
  @MaxLength(500)
  name?: string;
}

@InputType({
  description:
    'A source, by id or by name. Give exactly one. Names ignore case, accents and punctuation; ' +
    'a name that fits several sources is refused with AMBIGUOUS.',
})
export class SourceRef {
  @Field(() => ID, { nullable: true, description: 'The source’s id, e.g. `source:reuters`.' })
  @MaxLength(200)
  id?: string;

  @Field({ nullable: true, description: 'The source’s name.' })
  @MaxLength(500)
  name?: string;
}
