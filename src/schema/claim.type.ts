// A claim: one sourced statement about an event.
import { Field, Float, ID, ObjectType } from 'type-graphql';

import type { Document } from './document.type';
import { ClaimKind } from './enums/ClaimKind';
import { DatePrecision } from './enums/DatePrecision';
import { Stance } from './enums/Stance';
import { Figures } from './figures.type';
import { Involvement } from './involvement.type';
import { Node } from './node.interface';
import { DateTime, LocalDate } from './scalars';
import type { Source } from './source.type';

@ObjectType({
  implements: Node,
  description:
    'One sourced statement: a source says something about an event (who did it, how many died, ' +
    'what happened), possibly relaying another source’s claim, as reported in a document.',
})
export class Claim {
  @Field(() => ID, { description: 'Stable id, e.g. `claim:dmsc-media-office-blames-egypt`.' })
  id!: string;

  @Field(() => ClaimKind, { description: 'What the claim states.' })
  kind!: ClaimKind;

  @Field(() => Stance, { description: 'How the source holds it: asserts, denies or suspects.' })
  stance!: Stance;

  @Field(() => String, { nullable: true, description: 'The source’s words, verbatim from the document.' })
  quote!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'How firmly the source states it, 0 to 1, as an editor read it; null when not assessed.',
  })
  confidence!: number | null;

  @Field(() => Figures, { nullable: true, description: 'Casualty figures, for claims that give some.' })
  figures!: Figures | null;

  @Field(() => [Involvement], {
    description: 'Actors the claim says were targeted, victims or participants (the perpetrator is `actor`).',
  })
  involvements!: Involvement[];

  @Field(() => LocalDate, { nullable: true, description: 'When the source made the claim, where known.' })
  claimedOn!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How precise `claimedOn` is.' })
  claimedOnPrecision!: DatePrecision | null;

  @Field(() => String, { nullable: true, description: 'An editor’s note on how the claim was read.' })
  note!: string | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'When the claim was retracted; retracted claims are left out of derived answers unless asked for.',
  })
  retractedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the claim was retracted.' })
  retractionReason!: string | null;

  @Field(() => DateTime, { description: 'When the claim last changed.' })
  updatedAt!: string;

  /** Ids resolved by the relationship fields. */
  sourceId!: string;
  eventId!: string;
  actorId!: string | null;
  documentId!: string | null;
  relaysClaimId!: string | null;

  /**
   * Set on a page's summaries (attributedPageSummaries.ts): the claim's source and document as summaries, which
   * `source` and `document` return as they are. A summary holds only the fields its shape names and never enters a loader.
   */
  sourceSummary?: Source;
  documentSummary?: Document | null;
}
