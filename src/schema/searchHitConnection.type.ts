// A page of search hits, best score first (Relay cursor connection).
import { Field, Int, ObjectType } from 'type-graphql';

import type { Connection } from './connection';
import { PageInfo } from './pageInfo.type';
import { SearchHit } from './searchHit.type';

@ObjectType({ description: 'One search hit in a page, with its cursor.' })
export class SearchHitEdge {
  @Field({ description: 'Opaque cursor of this hit; valid only with the same search text and kinds.' })
  cursor!: string;

  @Field(() => SearchHit, { description: 'The hit.' })
  node!: SearchHit;
}

@ObjectType({ description: 'A page of search hits, best score first (Relay cursor connection).' })
export class SearchHitConnection implements Connection<SearchHit> {
  @Field(() => [SearchHitEdge], { description: 'The hits of this page, best score first.' })
  edges!: SearchHitEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list of hits.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many nodes match, in all pages.' })
  totalCount!: number;
}
