// A page of the change feed.
import { Field, ObjectType } from 'type-graphql';

import { Change } from './change.type';

@ObjectType({ description: 'One page of changes, oldest first, with where to resume.' })
export class ChangeEdge {
  @Field({ description: 'Opaque position of this change; pass it as `after` to continue after it.' })
  cursor!: string;

  @Field(() => Change, { description: 'The change.' })
  node!: Change;
}

@ObjectType({
  description:
    'A page of the change feed, in (changedAt, id) order. ' +
    'Store `cursor` and pass it as `after` next time to get only what changed since.',
})
export class ChangeConnection {
  @Field(() => [ChangeEdge], { description: 'The changes of this page, oldest first.' })
  edges!: ChangeEdge[];

  @Field({ description: 'True when more changes follow right now; ask again with `after: cursor` at once.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Where to resume: the last change’s cursor, ' +
      'or the `after` you passed when there was nothing new (null only when the feed is empty and no `after` was given).',
  })
  cursor!: string | null;
}
