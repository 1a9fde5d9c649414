// Refusals of access: no usable credentials, or credentials without the role needed.
import { ApiError } from './ApiError';
import { ErrorCode } from './ErrorCode';

export class UnauthenticatedError extends ApiError {
  constructor(detail = 'this needs an API key or bearer token (header `Authorization: Bearer <key or token>`)') {
    super(`Not authenticated: ${detail}`, ErrorCode.UNAUTHENTICATED);
  }
}

export class ForbiddenError extends ApiError {
  constructor(needed: readonly string[]) {
    super(`Forbidden: this needs the ${needed.join(' or ')} role`, ErrorCode.FORBIDDEN, { neededRoles: [...needed] });
  }
}
