// Shapes errors for clients: known API errors as they are, unknown ones masked.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';

import { ApiError } from '../errors/ApiError';
import { ErrorCode } from '../errors/ErrorCode';
import { describeProblems, validationProblems } from '../errors/validationProblems';

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ApiError)
    return { ...formatted, message: original.message, extensions: { ...original.extensions } };
  if (original instanceof ArgumentValidationError) {
    const problems = validationProblems(original.extensions.validationErrors);
    return {
      ...formatted,
      message: describeProblems(problems),
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: problems[0]?.field, problems },
    };
  }
  if (formatted.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
    // The details are logged with the request id; clients only learn that it failed.
    return {
      message: 'Internal server error; the request id in the response extensions identifies it in the logs.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  }
  return formatted;
}
