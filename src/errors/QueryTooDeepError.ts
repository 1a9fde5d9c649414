// A query nests selections deeper than the configured limit (MAX_QUERY_DEPTH).
import { ApiError } from './ApiError';
import { ErrorCode } from './ErrorCode';

export class QueryTooDeepError extends ApiError {
  constructor(depth: number, maxDepth: number) {
    super(
      `The query nests ${depth} levels deep but the limit (MAX_QUERY_DEPTH) is ${maxDepth}; split it into several queries.`,
      ErrorCode.QUERY_TOO_DEEP,
      { limit: 'MAX_QUERY_DEPTH', maxDepth, depth },
    );
  }
}
