// Plain fields are read straight off their objects; a field with roles or middleware keeps the resolver that runs them.
import 'reflect-metadata';

import { execute, parse, type GraphQLObjectType } from 'graphql';
import { Authorized, buildSchema, Field, ObjectType, Query, Resolver, UseMiddleware } from 'type-graphql';

import { readPlainFieldsDirectly } from '../../../src/schema/plainFields';

@ObjectType()
class Vault {
  @Field()
  label!: string;

  @Authorized('ADMIN')
  @Field()
  combination!: string;

  @UseMiddleware(async (_data, next) => `${String(await next())} (shouted)`)
  @Field()
  motto!: string;

  @Field({ name: 'shelf' })
  shelfNumber!: string;
}

@Resolver()
class VaultResolver {
  @Query(() => Vault)
  vault(): Vault {
    return Object.assign(new Vault(), { label: 'north', combination: '1234', motto: 'keep out', shelfNumber: 'B2' });
  }
}

async function vaultSchema() {
  readPlainFieldsDirectly();
  return buildSchema({ resolvers: [VaultResolver], authChecker: () => false, validate: false });
}

test('a plain field has no resolver of its own', async () => {
  const fields = ((await vaultSchema()).getType('Vault') as GraphQLObjectType).getFields();
  expect(fields.label.resolve).toBeUndefined();
  expect(fields.combination.resolve).toBeInstanceOf(Function);
  expect(fields.motto.resolve).toBeInstanceOf(Function);
  expect(fields.shelf.resolve).toBeInstanceOf(Function);
});

test('roles, middleware and a renamed property still apply', async () => {
  const schema = await vaultSchema();
  const plain = await execute({ schema, document: parse('{ vault { label motto shelf } }') });
  expect(plain).toEqual({ data: { vault: { label: 'north', motto: 'keep out (shouted)', shelf: 'B2' } } });
  const secret = await execute({ schema, document: parse('{ vault { label combination } }') });
  expect(secret.data).toBeNull();
  expect(secret.errors?.[0].message).toMatch(/Access denied/);
});
