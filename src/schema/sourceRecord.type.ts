// A source's track record, computed from the claims in the graph (never stored).
import { Field, Int, ObjectType } from 'type-graphql';

const terms =
  'Terms: a claim’s family is BLAME (ATTRIBUTION, RESPONSIBILITY_CLAIM, DENIAL), CASUALTIES (CASUALTY_COUNT) or ACCOUNT (OCCURRENCE, DESCRIPTION); ' +
  'a claim is negative when its stance is DENIES or its kind is DENIAL; its origin is the maker of the claim at the end of its RELAYS chain (itself when it relays nothing). ' +
  '"Another claim" means an unretracted claim about the same event made by a different source.';

@ObjectType({
  description: `What became of a source’s claims: how many it made, retracted, and how many others back or contradict. ${terms}`,
})
export class SourceRecord {
  @Field(() => Int, {
    description: 'Every claim the source made, retracted ones and relays of other sources’ claims included.',
  })
  claimsMade!: number;

  @Field(() => Int, {
    description: 'Claims of the source that were retracted; they count in no other figure but claimsMade.',
  })
  retracted!: number;

  @Field(() => Int, {
    description:
      'Unretracted claims of the source backed by an independent source: another claim (an unretracted one about the same event by a different source) of the same family, naming the same actor (or both none) and equally negative or not, whose origin is neither this source nor the origin of this claim. ' +
      'So a relay of this source’s claim, or two relays of one origin, do not corroborate; figures of casualty counts are not compared. ' +
      'Family, negative and origin are defined on SourceRecord.',
  })
  corroborated!: number;

  @Field(() => Int, {
    description:
      'Unretracted claims of the source that another claim (an unretracted one about the same event by a different source) contradicts: one of the same family naming the same actor, one it is part of or one part of it (or both none), that is negative where this one is not, or the other way round; ' +
      'or, for a claim blaming a named actor (BLAME family, not negative, kind not UNKNOWN), one blaming another named actor of which neither is part of the other. So an unknown perpetrator ("unknown warplanes") contradicts nobody, and blaming a unit agrees with blaming its state. A claim can be both corroborated and contradicted. ' +
      'Family and negative are defined on SourceRecord.',
  })
  contradicted!: number;

  @Field(() => Int, {
    description:
      'Unretracted claims of the source that are not corroborated (claimsMade = retracted + corroborated + ' +
      'uncorroborated).',
  })
  uncorroborated!: number;
}
