// A write collides with existing data (a uniqueness constraint, a merge of a node into itself).
import { ApiError } from './ApiError';
import { ErrorCode } from './ErrorCode';

export class ConflictError extends ApiError {
  constructor(detail: string) {
    super(`The write conflicts with existing data: ${detail}`, ErrorCode.CONFLICT);
  }
}
