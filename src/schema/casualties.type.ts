// Casualty figures across sources: the range, one estimate per source's report, and which event each is about.
import { Field, Int, ObjectType } from 'type-graphql';

import { Claim } from './claim.type';
import type { Event } from './event.type';
import type { Source } from './source.type';

@ObjectType({
  description:
    'One source’s figures for one event, the event asked about or one of its parts. ' +
    'A report gives one number for each figure, so its low and high are that number; ' +
    'a source that gives a range (UCDP’s low, best, high) sets them apart. ' +
    'Relays that repeat their origin’s figures belong to the origin’s estimate.',
})
export class CasualtyEstimate {
  @Field(() => Int, { nullable: true, description: 'People killed, as the source gives it (its best figure).' })
  killed!: number | null;

  @Field(() => Int, { nullable: true, description: 'Lowest number of killed this source gives.' })
  killedLow!: number | null;

  @Field(() => Int, { nullable: true, description: 'Highest number of killed this source gives.' })
  killedHigh!: number | null;

  @Field(() => Int, { nullable: true, description: 'People injured, as the source gives it (its best figure).' })
  injured!: number | null;

  @Field(() => Int, { nullable: true, description: 'Lowest number of injured this source gives.' })
  injuredLow!: number | null;

  @Field(() => Int, { nullable: true, description: 'Highest number of injured this source gives.' })
  injuredHigh!: number | null;

  @Field(() => Int, { nullable: true, description: 'Civilians among the killed.' })
  civiliansKilled!: number | null;

  @Field({ description: 'True when the figures are lower bounds ("at least 12").' })
  isMinimum!: boolean;

  @Field(() => Claim, { description: 'The claim that gives the figures (the origin, when relays repeat them).' })
  claim!: Claim;

  @Field(() => [Claim], {
    description: 'Claims relaying this one with the same figures: the same estimate, not another one.',
  })
  relays!: Claim[];

  /** Resolved by `event` and `source` (BreakdownResolvers.ts). */
  eventId!: string;
  sourceId!: string;
  event?: Event;
  source?: Source;
}

@ObjectType({
  description:
    'The casualty range of one event, the event asked about or one of its parts, over the estimates about it.',
})
export class EventCasualties {
  @Field(() => Int, { nullable: true, description: 'Lowest number of killed an estimate about this event gives.' })
  killedLow!: number | null;

  @Field(() => Int, { nullable: true, description: 'Highest number of killed an estimate about this event gives.' })
  killedHigh!: number | null;

  @Field(() => Int, { nullable: true, description: 'Lowest number of injured an estimate about this event gives.' })
  injuredLow!: number | null;

  @Field(() => Int, { nullable: true, description: 'Highest number of injured an estimate about this event gives.' })
  injuredHigh!: number | null;

  @Field(() => [CasualtyEstimate], { description: 'The estimates about this event.' })
  estimates!: CasualtyEstimate[];

  /** Resolved by `event`. */
  eventId!: string;
  event?: Event;
}

@ObjectType({
  description:
    'Casualty figures for an event and its parts across all their (unretracted) claims: ' +
    'the lowest and highest figure any estimate gives, ' +
    'one estimate per source’s report (relays repeating it fold in), ' +
    'and a breakdown by the event each figure is about. Figures about different parts are not added up: ' +
    'a part’s figure is what its source says of that part. See docs/model.md, "Parts roll up".',
})
export class Casualties {
  @Field(() => Int, {
    nullable: true,
    description:
      'Lowest number of killed any estimate gives, for the event or any of its parts ' +
      '(a source’s own low estimate when it gives a range).',
  })
  killedLow!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Highest number of killed any estimate gives, for the event or any of its parts ' +
      '(a source’s own high estimate when it gives a range).',
  })
  killedHigh!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Lowest number of injured any estimate gives, for the event or any of its parts.',
  })
  injuredLow!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Highest number of injured any estimate gives, for the event or any of its parts.',
  })
  injuredHigh!: number | null;

  @Field(() => [Claim], {
    description:
      'The claims that give figures, relays included, one per source statement (see `figures`, ' +
      '`source` and `event` on each).',
  })
  reports!: Claim[];

  @Field(() => [CasualtyEstimate], {
    description: 'One estimate per source’s report, each naming the event (this one or a part) it is about.',
  })
  estimates!: CasualtyEstimate[];

  @Field(() => [EventCasualties], {
    description: 'The range of each event with figures: this event first when it has its own, then its parts.',
  })
  byEvent!: EventCasualties[];
}
