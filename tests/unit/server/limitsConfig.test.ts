// Configuration of limits, driver bounds and the introspection/Sandbox switches.
import { loadConfig } from '../../../src/config';

test('introspection and Sandbox are on in development and off in production unless set', () => {
  expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({ introspection: true, sandbox: true });
  expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ introspection: false, sandbox: false });
  expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true', SANDBOX: 'false' })).toMatchObject({
    introspection: true,
    sandbox: false,
  });
});

test('limits, rate limit and driver bounds have defaults and read their variables', () => {
  expect(loadConfig({})).toMatchObject({
    limits: { maxDepth: 12, maxCost: 100000, maxTokens: 10000, maxBodyBytes: 2 * 1024 * 1024 },
    rateLimit: { burst: 120, perSecond: 20 },
    neo4jConnectionTimeoutMs: 2000,
    neo4jAcquisitionTimeoutMs: 3000,
    neo4jMaxRetryTimeMs: 2000,
  });
  expect(
    loadConfig({
      MAX_QUERY_DEPTH: '8',
      MAX_QUERY_COST: '500',
      MAX_BODY_BYTES: '1000',
      RATE_LIMIT_BURST: '5',
      RATE_LIMIT_PER_SECOND: '0.5',
    }),
  ).toMatchObject({
    limits: { maxDepth: 8, maxCost: 500, maxBodyBytes: 1000 },
    rateLimit: { burst: 5, perSecond: 0.5 },
  });
});

test('RATE_LIMIT_PER_SECOND=0 turns rate limiting off', () => {
  expect(loadConfig({ RATE_LIMIT_PER_SECOND: '0' }).rateLimit).toBeNull();
});

test('names each limit that is not a positive whole number, with its value', () => {
  expect(() => loadConfig({ MAX_QUERY_DEPTH: '0', MAX_BODY_BYTES: '1.5', RATE_LIMIT_PER_SECOND: '-1' })).toThrow(
    'invalid configuration: MAX_QUERY_DEPTH: must be a positive whole number of levels, not 0; MAX_BODY_BYTES: must be a positive whole number of bytes, not 1.5; RATE_LIMIT_PER_SECOND: must be 0 (off) or a positive number of requests per second, not -1',
  );
});
