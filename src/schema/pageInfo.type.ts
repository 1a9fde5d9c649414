// Relay page information for cursor connections.
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a page sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'True when there are items after this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when there are items before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first item of the page; pass it as `before` for the previous page.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of the page; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}
