// Whether the sources disagree about an event, and why.
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Whether the sources disagree about who is behind an event, with the reasons spelled out.' })
export class Contestation {
  @Field({
    description:
      'True when two or more different known actors are blamed, someone denies, ' +
      'or the event is blamed on someone while nobody claims it.',
  })
  isContested!: boolean;

  @Field(() => [String], {
    description: 'Why it is (or is not) contested, in words an analyst can check against the claims.',
  })
  reasons!: string[];
}
