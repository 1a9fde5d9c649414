// Refuses a caller's requests past its token bucket with 429, RATE_LIMITED and a Retry-After header.
import type { ApolloServerPlugin } from '@apollo/server';

import type { RequestContext } from '../context';
import { RateLimitedError } from '../errors/RateLimitedError';
import type { RateLimiter } from './rateLimiter';

/** Callers are told apart by their authenticated subject, anonymous ones by their address. */
export function rateLimitKey(context: Pick<RequestContext, 'identity' | 'clientAddress'>): string {
  return context.identity.subject !== null ? `subject:${context.identity.subject}` : `address:${context.clientAddress}`;
}

/** The error for a refused request: the same for GraphQL and downloads. */
export function refusalOf(limiter: RateLimiter, retryAfterSeconds: number): RateLimitedError {
  return new RateLimitedError(retryAfterSeconds, limiter.limit.burst, limiter.limit.perSecond);
}

/** `limiter` is shared with the export routes, so downloads and GraphQL spend one budget per caller. */
export function rateLimitPlugin(limiter: RateLimiter): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      // Every request spends a token, even one that fails to parse; the refusal is sent once the operation is known.
      const decision = limiter.take(rateLimitKey(contextValue));
      if (decision.allowed) return {};
      return {
        async didResolveOperation({ response }) {
          response.http.status = 429;
          response.http.headers.set('retry-after', String(decision.retryAfterSeconds));
          throw refusalOf(limiter, decision.retryAfterSeconds);
        },
      };
    },
  };
}
