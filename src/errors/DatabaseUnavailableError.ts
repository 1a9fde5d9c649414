// Neo4j cannot be reached: the client may retry later.
import { ApiError } from './ApiError';
import { ErrorCode } from './ErrorCode';

export class DatabaseUnavailableError extends ApiError {
  constructor(detail: string) {
    super(`The graph database is unavailable right now (${detail}); retry shortly.`, ErrorCode.DATABASE_UNAVAILABLE);
  }
}
