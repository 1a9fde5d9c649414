// One full-text search hit: the node found, its kind and its score.
import { Field, Float, ObjectType } from 'type-graphql';

import { SearchKind } from './enums/SearchKind';
import { SearchResult, type SearchResultNode } from './searchResult.union';

@ObjectType({ description: 'One node that matched a search, with how well it matched.' })
export class SearchHit {
  @Field(() => Float, {
    description:
      'Relevance from the full-text index: higher is better. ' + 'Comparable only between hits of the same search.',
  })
  score!: number;

  @Field(() => SearchKind, { description: 'What kind of node `node` is.' })
  kind!: SearchKind;

  @Field(() => SearchResult, { description: 'The node that matched.' })
  node!: SearchResultNode;
}
