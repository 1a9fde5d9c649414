// Node and SearchResult resolve a node's type by its nodeKind, at once: compiled execution cannot wait for a promise.
import { isAbstractType, type GraphQLAbstractType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';

import { toActor, toClaim, toEvent } from '../../../src/data/mappers';
import { buildGraphqlSchema } from '../../../src/server/buildGraphqlSchema';

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildGraphqlSchema();
});

const abstractType = (name: string): GraphQLAbstractType => {
  const type = schema.getType(name);
  if (!isAbstractType(type)) throw new Error(`${name} is not abstract`);
  return type;
};

const typeOf = (name: string, value: unknown) =>
  abstractType(name).resolveType?.(value, {}, {} as GraphQLResolveInfo, abstractType(name));

test.each(['Node', 'SearchResult'])('%s answers the type of a mapped node at once, not by promise', (name) => {
  expect(typeOf(name, toActor({ id: 'actor:egypt', name: 'Egypt' }))).toBe('Actor');
  expect(typeOf(name, toEvent({ id: 'event:e', title: 'E' }))).toBe('Event');
  expect(typeOf(name, toClaim({ id: 'claim:c', sourceId: 'source:s', eventId: 'event:e' }))).toBe('Claim');
  expect(abstractType(name).resolveType?.constructor.name).toBe('Function');
});

test('a value without a nodeKind is refused by name, not given a type', () => {
  expect(() => typeOf('Node', { id: 'actor:egypt' })).toThrow(/Node was given a value whose nodeKind is undefined/);
});
