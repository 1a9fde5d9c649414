// Validates resolver arguments with class-validator, as TypeGraphQL does by default, from a static import:
// type-graphql 2.0's own path requires class-validator anew for every argument of every call (a module resolution
// and a copy of its ~200 exports, a few percent of the API's CPU on the canonical page).
import { validateOrReject, type ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

// TypeGraphQL's defaults: a missing optional field is not an error, and classes without rules pass.
const options = { skipMissingProperties: true, forbidUnknownValues: false };

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/** TypeGraphQL's `validateFn`: input objects (and lists of them) are checked; scalars carry no class-validator rules. */
export async function validateArgument(value: unknown): Promise<void> {
  if (!isObject(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map((item) => validateOrReject(item, options)));
    else await validateOrReject(value, options);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}
