// The parts of TypeGraphQL that plainFields.ts and validateArgument.ts rely on beyond its documented API, held to
// the shape they had when type-graphql was pinned: an upgrade that moves them fails here, not in production.
import 'reflect-metadata';

import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ArgumentValidationError,
  Authorized,
  Field,
  getMetadataStorage,
  ObjectType,
  UseMiddleware,
} from 'type-graphql';

import { repoRoot } from '../../../src/repoRoot';

@ObjectType()
class Probe {
  @Field()
  plain!: string;

  @Authorized('ADMIN')
  @Field()
  guarded!: string;

  @UseMiddleware(async (_data, next) => next())
  @Field({ name: 'renamed' })
  wrapped!: string;
}

const packageVersion = (file: string): string => JSON.parse(readFileSync(file, 'utf8')).version as string;

describe('TypeGraphQL internals this project relies on', () => {
  it('is the exact version package.json pins', () => {
    const pinned = (
      JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    ).dependencies['type-graphql'];
    expect(pinned).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
    expect(packageVersion(path.join(repoRoot, 'node_modules', 'type-graphql', 'package.json'))).toBe(pinned);
  });

  it('keeps field metadata with target, name, schemaName and a writable simple flag', () => {
    const fields = getMetadataStorage().fields.filter((field) => field.target === Probe);
    expect(fields.map(({ name, schemaName }) => [name, schemaName])).toEqual([
      ['plain', 'plain'],
      ['guarded', 'guarded'],
      ['wrapped', 'renamed'],
    ]);
    for (const field of fields)
      expect('simple' in field ? typeof field.simple : 'undefined').toMatch(/^(undefined|boolean)$/);
  });

  it('lists @Authorized and @UseMiddleware fields by target and field name', () => {
    const storage = getMetadataStorage();
    expect(storage.authorizedFields.filter((f) => f.target === Probe).map((f) => f.fieldName)).toEqual(['guarded']);
    expect(storage.middlewares.filter((m) => m.target === Probe).map((m) => m.fieldName)).toEqual(['wrapped']);
  });

  it('builds ArgumentValidationError as a BAD_USER_INPUT carrying the validation errors', () => {
    const error = new ArgumentValidationError([]);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', validationErrors: [] });
  });
});
