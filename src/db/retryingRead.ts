// Retries a read statement on transient failures, as the driver retries managed transactions (same back-off).
import neo4j from 'neo4j-driver';

export interface RetryPolicy {
  /** No new attempt starts once this long has passed since the first. */
  maxRetryTimeMs: number;
  initialDelayMs: number;
  multiplier: number;
  /** Each delay varies by up to this fraction either way, so clients that failed together do not retry together. */
  jitter: number;
}

/** The driver's own defaults (TransactionExecutor), with our retry budget. */
export const retryPolicy = (maxRetryTimeMs: number): RetryPolicy => ({
  maxRetryTimeMs,
  initialDelayMs: 1_000,
  multiplier: 2,
  jitter: 0.2,
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it succeeds, fails with an error that is not retryable (a syntax error, a timeout, bad
 * parameters), or the budget is spent. Safe for reads only: a write that failed in flight may have committed.
 */
export async function retryingRead<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy,
  wait: (ms: number) => Promise<void> = sleep,
): Promise<T> {
  const started = Date.now();
  let delayMs = policy.initialDelayMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!neo4j.isRetryableError(error) || Date.now() - started >= policy.maxRetryTimeMs) throw error;
      await wait(delayMs * (1 + policy.jitter * (2 * Math.random() - 1)));
      delayMs *= policy.multiplier;
    }
  }
}
