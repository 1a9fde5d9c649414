// An event that may be the same incident as another, with the score the matching rule gives the pair and why.
import { Field, Float, ObjectType } from 'type-graphql';

export const incidentCandidateDescription =
  'An event that may report the same incident, as the matching rule (docs/reconciliation.md) sees the pair: a score from 0 to 1 ' +
  'weighing time, place, kind and shared actors, and one reason per check.';

@ObjectType({ description: incidentCandidateDescription })
export class IncidentCandidate {
  /** Id of the candidate event, resolved by `event`. */
  eventId!: string;

  @Field(() => Float, {
    description:
      'How well the pair agrees, 0 to 1; at or above 0.8, ' +
      'with both reports precise to a day and a settlement actors that do not disagree and no close rival, ' +
      'a new report joins by itself.',
  })
  score!: number;

  @Field(() => [String], {
    description: 'What agreed and how much: days apart, km apart within the window, kinds, shared actors.',
  })
  reasons!: string[];

  @Field({
    description:
      'True when both reports are precise enough (one day, a settlement or finer) ' + 'to be joined without a person.',
  })
  preciseEnough!: boolean;

  @Field({
    description: 'False when both name known actors and none in common: such pairs are never joined without a person.',
  })
  actorsAgree!: boolean;
}
