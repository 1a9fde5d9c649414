// The events one source attributes to an actor, with the claims that do so.
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'What one source blames an actor for: ' +
    'the events its claims (ATTRIBUTION or RESPONSIBILITY_CLAIM, stance not DENIES, ' +
    'not retracted) attribute to the actor, and those claims. ' +
    'A source that relays another’s claim makes a claim of its own, so it has its own group.',
})
export class SourceAttributions {
  @Field(() => Int, { description: 'How many distinct events the source attributes to the actor.' })
  eventCount!: number;

  /** Resolved by `source`, `events` and `claims`. */
  sourceId!: string;
  eventIds!: string[];
  claimIds!: string[];
}
