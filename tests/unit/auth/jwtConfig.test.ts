// JWT settings from the environment: off by default, one clear line per inconsistent or unsafe value.
import { loadConfig } from '../../../src/config';
import { ConfigError } from '../../../src/errors/ConfigError';

const secret = 'x'.repeat(32);

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

test('with no JWT variables, bearer tokens are off and only API keys are accepted', () => {
  expect(loadConfig({}).jwt).toBeNull();
});

test('a shared secret turns HS256 tokens on, with the roles claim defaulting to `roles`', () => {
  expect(loadConfig({ JWT_SECRET: secret, JWT_AUDIENCE: 'conflict-graph' }).jwt).toEqual({
    secret,
    jwksUrl: undefined,
    issuer: undefined,
    audience: 'conflict-graph',
    rolesClaim: 'roles',
  });
});

test('a JWKS URL turns tokens on, with a nested roles claim', () => {
  expect(
    loadConfig({ JWKS_URL: 'https://issuer.example/.well-known/jwks.json', JWT_ROLES_CLAIM: 'realm_access.roles' }).jwt,
  ).toMatchObject({
    jwksUrl: 'https://issuer.example/.well-known/jwks.json',
    rolesClaim: 'realm_access.roles',
  });
});

test('rejects a short secret, naming its length and how to make one', () => {
  expect(problemsOf({ JWT_SECRET: 'short' })).toEqual([
    'JWT_SECRET: must be at least 32 characters (256 bits for HS256), not 5; e.g. `openssl rand -base64 48`',
  ]);
});

test('rejects a secret and a JWKS URL together', () => {
  expect(problemsOf({ JWT_SECRET: secret, JWKS_URL: 'https://issuer.example/jwks.json' })).toEqual([
    expect.stringMatching(/^JWT_SECRET, JWKS_URL: set one of them, not both/),
  ]);
});

test('rejects a JWKS URL that is not a URL, or plain http to another host', () => {
  expect(problemsOf({ JWKS_URL: 'issuer keys' })).toEqual([
    expect.stringMatching(/^JWKS_URL: "issuer keys" is not a URL/),
  ]);
  expect(problemsOf({ JWKS_URL: 'http://issuer.example/jwks.json' })).toEqual([
    expect.stringMatching(/^JWKS_URL: .* must use https \(plain http only to localhost\)/),
  ]);
  expect(loadConfig({ JWKS_URL: 'http://127.0.0.1:8080/jwks.json' }).jwt?.jwksUrl).toBe(
    'http://127.0.0.1:8080/jwks.json',
  );
});

test('rejects an audience set without a way to verify tokens', () => {
  expect(problemsOf({ JWT_AUDIENCE: 'conflict-graph' })).toEqual([
    expect.stringMatching(/^JWT_AUDIENCE: has no effect without JWT_SECRET or JWKS_URL/),
  ]);
});
