// Gives an error thrown outside resolvers (context, plugins) the HTTP status Apollo should answer with.
import { GraphQLError } from 'graphql';

import { ApiError } from '../errors/ApiError';
import { ErrorCode } from '../errors/ErrorCode';

const statusOfCode: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
};

/**
 * Apollo reads `extensions.http` and strips it from the response; without it, errors thrown
 * before execution answer 500. The copy keeps the message and code the client sees.
 */
export function withHttpStatus(error: ApiError): GraphQLError {
  const status = statusOfCode[String(error.extensions.code)] ?? 500;
  return new GraphQLError(error.message, {
    extensions: { ...error.extensions, http: { status } },
    originalError: error,
  });
}
