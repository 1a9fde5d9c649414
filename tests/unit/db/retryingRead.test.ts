import { Neo4jError } from 'neo4j-driver';

import { retryingRead, retryPolicy } from '../../../src/db/retryingRead';

const transient = () => new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', 'N/A', 'N/A');
const syntax = () => new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'N/A');

/** Fails with the given errors in turn, then answers. */
function failing(errors: Error[]) {
  const calls = { count: 0 };
  const attempt = async () => {
    calls.count += 1;
    const error = errors.shift();
    if (error) throw error;
    return 'answer';
  };
  return { attempt, calls };
}

describe('reads retried on transient failures', () => {
  it('tries again after a transient error, backing off 1 s then 2 s (within 20%)', async () => {
    const { attempt, calls } = failing([transient(), transient()]);
    const waits: number[] = [];
    const answer = await retryingRead(attempt, retryPolicy(60_000), async (ms) => void waits.push(ms));
    expect(answer).toBe('answer');
    expect(calls.count).toBe(3);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(800);
    expect(waits[0]).toBeLessThanOrEqual(1_200);
    expect(waits[1]).toBeGreaterThanOrEqual(1_600);
    expect(waits[1]).toBeLessThanOrEqual(2_400);
  });

  it('gives up at once on an error a retry cannot mend', async () => {
    const { attempt, calls } = failing([syntax()]);
    await expect(retryingRead(attempt, retryPolicy(60_000), async () => undefined)).rejects.toThrow('bad');
    expect(calls.count).toBe(1);
  });

  it('starts no attempt once the budget is spent, and reports the last error', async () => {
    const { attempt, calls } = failing([transient(), transient(), transient()]);
    // Each wait lets the clock run past the budget of 50 ms.
    const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(ms, 60)));
    await expect(retryingRead(attempt, retryPolicy(50), wait)).rejects.toThrow('deadlock');
    expect(calls.count).toBe(2);
  });
});
