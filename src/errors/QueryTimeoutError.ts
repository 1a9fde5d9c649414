// A database query ran past the configured transaction timeout (NEO4J_QUERY_TIMEOUT_MS).
import { ApiError } from './ApiError';
import { ErrorCode } from './ErrorCode';

export class QueryTimeoutError extends ApiError {
  constructor(timeoutMs?: number) {
    const limit =
      timeoutMs === undefined
        ? 'the database timeout (NEO4J_QUERY_TIMEOUT_MS)'
        : `the database timeout (NEO4J_QUERY_TIMEOUT_MS) of ${timeoutMs} ms`;
    super(
      `The query took longer than ${limit} and was stopped, changing nothing; narrow the filters or ask for a smaller page.`,
      ErrorCode.QUERY_TIMEOUT,
      {
        limit: 'NEO4J_QUERY_TIMEOUT_MS',
        timeoutMs,
      },
    );
  }
}
