// Builds Relay connection and edge types for a node type.
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

import { PageInfo } from './pageInfo.type';

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function ConnectionType<T extends object>(name: string, nodeClass: ClassType<T>) {
  @ObjectType(`${name}Edge`, { description: `One ${name.toLowerCase()} in a page, with its cursor.` })
  class EdgeClass {
    @Field({ description: 'Opaque cursor of this item; valid only with the same query and filters.' })
    cursor!: string;

    @Field(() => nodeClass, { description: `The ${name.toLowerCase()}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name.toLowerCase()}s (Relay cursor connection).` })
  class ConnectionClass implements Connection<T> {
    @Field(() => [EdgeClass], { description: 'The items of this page, in order.' })
    edges!: EdgeClass[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match in all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}
