// A caller sent more requests than its token bucket allows (RATE_LIMIT_BURST, RATE_LIMIT_PER_SECOND).
import { ApiError } from './ApiError';
import { ErrorCode } from './ErrorCode';

export class RateLimitedError extends ApiError {
  constructor(retryAfterSeconds: number, burst: number, perSecond: number) {
    super(
      `Too many requests: the limit is a burst of ${burst} (RATE_LIMIT_BURST) refilled at ${perSecond} per second (RATE_LIMIT_PER_SECOND); retry after ${retryAfterSeconds} s.`,
      ErrorCode.RATE_LIMITED,
      { limit: 'RATE_LIMIT_PER_SECOND', burst, perSecond, retryAfterSeconds },
    );
  }
}
