// A database query ran past the configured transaction timeout.
import { ApiError } from './ApiError';
import { ErrorCode } from './ErrorCode';

export class QueryTimeoutError extends ApiError {
  constructor() {
    super('The query took longer than the database timeout (NEO4J_QUERY_TIMEOUT_MS); narrow the filters or ask for a smaller page.', ErrorCode.DATABASE_UNAVAILABLE, {
      reason: 'TIMEOUT',
    });
  }
}
