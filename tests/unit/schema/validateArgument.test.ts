// Arguments are validated as TypeGraphQL's default would: input objects and lists of them, missing optional fields
// allowed, failures as ArgumentValidationError (which formatError turns into BAD_USER_INPUT with each field named).
import 'reflect-metadata';

import { IsOptional, Max, MaxLength } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

import { validateArgument } from '../../../src/schema/validateArgument';

class Page {
  @Max(100)
  first!: number;

  @IsOptional()
  @MaxLength(5)
  after?: string;
}

const page = (fields: Partial<Page>) => Object.assign(new Page(), fields);

test('a valid input object passes, with its optional fields left out', async () => {
  await expect(validateArgument(page({ first: 20 }))).resolves.toBeUndefined();
});

test('a broken rule is an ArgumentValidationError naming the field and the rule', async () => {
  const error = await validateArgument(page({ first: 101 })).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ArgumentValidationError);
  expect((error as ArgumentValidationError).extensions.validationErrors).toEqual([
    expect.objectContaining({ property: 'first', constraints: { max: 'first must not be greater than 100' } }),
  ]);
});

test('every object of a list is checked', async () => {
  await expect(validateArgument([page({ first: 1 }), page({ first: 1, after: 'too long' })])).rejects.toBeInstanceOf(
    ArgumentValidationError,
  );
});

test('scalars and null pass untouched', async () => {
  await expect(validateArgument(1000)).resolves.toBeUndefined();
  await expect(validateArgument('x'.repeat(10))).resolves.toBeUndefined();
  await expect(validateArgument(null)).resolves.toBeUndefined();
});
