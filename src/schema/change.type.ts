// One entry of the change feed: a node that was created or changed, and how.
import { Field, ID, ObjectType } from 'type-graphql';

import { ChangeAction } from './enums/ChangeAction';
import { NodeKind } from './enums/NodeKind';
import { Node } from './node.interface';
import { DateTime } from './scalars';

@ObjectType({
  description:
    'A node created or changed, as of its latest change. ' +
    'A node that changes again later shows up again, later in the feed.',
})
export class Change {
  @Field(() => ID, { description: 'The node’s id.' })
  id!: string;

  @Field(() => NodeKind, { description: 'What kind of node it is (for a merged actor: ACTOR).' })
  kind!: NodeKind;

  @Field(() => ChangeAction, { description: 'What became of it.' })
  change!: ChangeAction;

  @Field(() => DateTime, { description: 'When it last changed (its updatedAt).' })
  changedAt!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who made the change: an API key id, a token subject, `seed`, or `anonymous`.',
  })
  changedBy!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For MERGED: the id of the actor it was merged into, which now answers for this id. Null otherwise.',
  })
  mergedIntoId!: string | null;

  @Field(() => Node, {
    nullable: true,
    description: 'The node as it is now; null for MERGED (fetch mergedIntoId instead).',
  })
  node!: Node | null;

  /** The change's place in the feed, full precision, for the cursor. */
  position!: string;
}
