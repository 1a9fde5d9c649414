// The per-caller token bucket: a burst, a steady refill, and callers kept apart.
import { RateLimiter } from '../../../src/server/rateLimiter';
import { rateLimitKey } from '../../../src/server/rateLimitPlugin';

function limiterAt(burst: number, perSecond: number) {
  const clock = { now: 0 };
  return { clock, limiter: new RateLimiter({ burst, perSecond }, () => clock.now) };
}

test('allows a burst, then refuses with the seconds until the next token', () => {
  const { limiter } = limiterAt(3, 0.5);
  expect([limiter.take('a'), limiter.take('a'), limiter.take('a')].every((decision) => decision.allowed)).toBe(true);
  expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 2 });
});

test('refills at the configured rate and never beyond the burst', () => {
  const { clock, limiter } = limiterAt(2, 1);
  limiter.take('a');
  limiter.take('a');
  clock.now = 1_000;
  expect(limiter.take('a').allowed).toBe(true);
  expect(limiter.take('a').allowed).toBe(false);
  clock.now = 60_000;
  expect([limiter.take('a'), limiter.take('a'), limiter.take('a')].map((decision) => decision.allowed)).toEqual([
    true,
    true,
    false,
  ]);
});

test('one caller running out leaves another caller untouched', () => {
  const { limiter } = limiterAt(1, 1);
  expect(limiter.take('a').allowed).toBe(true);
  expect(limiter.take('a').allowed).toBe(false);
  expect(limiter.take('b').allowed).toBe(true);
});

test('keys an authenticated caller by subject and an anonymous one by address', () => {
  expect(rateLimitKey({ identity: { subject: 'key:abc', roles: [] }, clientAddress: '10.0.0.1' })).toBe(
    'subject:key:abc',
  );
  expect(rateLimitKey({ identity: { subject: null, roles: [] }, clientAddress: '10.0.0.1' })).toBe('address:10.0.0.1');
});
