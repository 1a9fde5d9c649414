// Whether the sources disagree about who did an event, and why.
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Whether the sources disagree about who is behind an event, with the reasons spelled out.' })
export class Contestation {
  @Field({
    description:
      'True only when sources disagree about who did it: ' +
      'two independent sources blame named actors for one incident and nothing one blames is the same as, ' +
      'part of, or above anything the other blames; ' +
      'or a source denies an actor that another source blames (or a unit of it, or what it is part of); ' +
      'or an actor claims responsibility while another source blames someone else. ' +
      'An unidentified perpetrator (kind UNKNOWN) disagrees with nobody, so a named actor beside it is ALLEGED, ' +
      'not contested; nobody claiming the event is not a disagreement (see `responsibility`). ' +
      'Relays of one origin are one source. Claims about the event and about its parts count together, ' +
      'but two different parts of it are different incidents. See docs/model.md, "Contested".',
  })
  isContested!: boolean;

  @Field(() => [String], {
    description:
      'Why it is (or is not) contested, in words an analyst can check against the claims. Every number is the ' +
      '`independentSourceCount` of that actor in `attributions` or `denials` of the same event; ' +
      'a disagreement only about parts names them.',
  })
  reasons!: string[];
}
