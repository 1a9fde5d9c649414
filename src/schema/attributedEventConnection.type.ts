// A page of events attributed to an actor, each with the claims that matched.
import { Field, Int, ObjectType } from 'type-graphql';

import { Claim } from './claim.type';
import { Event } from './event.type';
import { PageInfo } from './pageInfo.type';

@ObjectType({
  description: 'An event attributed to the asked-for actor, with the claims that matched the query’s filters.',
})
export class AttributedEventEdge {
  @Field({ description: 'Opaque cursor of this item; valid only with the same query and arguments.' })
  cursor!: string;

  @Field(() => Event, { description: 'The event.' })
  node!: Event;

  @Field(() => [Claim], {
    description:
      'The claims that attribute the event to the actor (or a subordinate) and pass the source, ' +
      'confidence and retraction filters, by id.',
  })
  matchedClaims!: Claim[];

  /** Resolved by `matchedClaims`. */
  claimIds!: string[];

  /** Set when the page was read as summaries: the matched claims themselves, which `matchedClaims` returns. */
  claimSummaries?: Claim[];
}

@ObjectType({ description: 'A page of events attributed to an actor (Relay cursor connection).' })
export class AttributedEventConnection {
  @Field(() => [AttributedEventEdge], { description: 'The events of this page, in order.' })
  edges!: AttributedEventEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
  pageInfo!: PageInfo;

  @Field(() => Int, {
    description:
      'How many events match in all pages. Asking for it makes the query count every match: ' +
      'leave it out when paging through a large answer.',
  })
  totalCount!: number;
}
