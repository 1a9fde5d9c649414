// Input that cannot be used as given; names the field at fault.
import { ApiError } from './ApiError';
import { ErrorCode } from './ErrorCode';

export class BadInputError extends ApiError {
  constructor(field: string, problem: string, extensions: Record<string, unknown> = {}) {
    super(`${field}: ${problem}`, ErrorCode.BAD_USER_INPUT, { ...extensions, field });
  }
}
