// Configuration read from environment variables, validated once at start-up.
import { bool, cleanEnv, makeValidator, num, port, str } from 'envalid';

import type { JwtConfig } from './auth/JwtVerifier';
import { Role } from './auth/Role';
import { maxConnectionPoolSize } from './db/driver';
import { defaultQueryConcurrency, type QueryConcurrency } from './db/queryGate';
import { ConfigError } from './errors/ConfigError';

const neo4jUri = makeValidator<string>((input) => {
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/.test(input)) {
    throw new Error(
      `"${input}" is not a Neo4j URI; expected e.g. bolt://127.0.0.1:7687 or neo4j+s://xxxx.databases.neo4j.io`,
    );
  }
  return input;
});

const memorySize = makeValidator<string>((input) => {
  if (!/^\d+[kmg]$/i.test(input)) throw new Error(`"${input}" is not a memory size; expected e.g. 512m or 2g`);
  return input.toLowerCase();
});

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  /** Undefined when the API should start its own local Neo4j. */
  neo4jUri?: string;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  neo4jQueryTimeoutMs: number;
  /** How old a change must be before the change feed lists it: by default the transaction timeout plus a second. */
  changeFeedSettleMs: number;
  localNeo4j: { port: number; dataDir: string; heap: string; pageCache: string };
  seedWhenEmpty: boolean;
  /** The role of callers without credentials: READER in development, none elsewhere unless set. */
  anonymousRole: Role | null;
  /** Bearer JWT verification; null when neither JWT_SECRET nor JWKS_URL is set (API keys only). */
  jwt: JwtConfig | null;
  /** Driver bounds that make requests fail fast with DATABASE_UNAVAILABLE while Neo4j is down. */
  neo4jConnectionTimeoutMs: number;
  neo4jAcquisitionTimeoutMs: number;
  neo4jMaxRetryTimeMs: number;
  /** Refusals before execution: query depth and cost, and the request body size. */
  limits: { maxDepth: number; maxCost: number; maxTokens: number; maxBodyBytes: number };
  /** Per-caller token bucket; null when RATE_LIMIT_PER_SECOND is 0. */
  rateLimit: { burst: number; perSecond: number } | null;
  /** Schema introspection and the Sandbox landing page: on in development, off in production unless set. */
  introspection: boolean;
  sandbox: boolean;
  /** Operations run compiled (graphql-jit), or interpreted by graphql-js when false. */
  compiledExecution: boolean;
  /** Database queries at once: per request (the rest queue inside it), per caller, in all; and how long one may wait. */
  queryConcurrency: QueryConcurrency;
  /** Stack traces in error responses; off unless set, whatever NODE_ENV says. */
  errorStacktraces: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const clean = cleanEnv(
    env,
    {
      NODE_ENV: str({ choices: ['development', 'production', 'test'], default: 'development' }),
      HOST: str({ default: '127.0.0.1', desc: 'interface the API listens on (0.0.0.0 in containers)' }),
      PORT: port({ default: 4000 }),
      LOG_LEVEL: str({ choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' }),
      NEO4J_URI: neo4jUri({ default: undefined }),
      NEO4J_USER: str({ default: 'neo4j' }),
      NEO4J_PASSWORD: str({ default: '' }),
      NEO4J_DATABASE: str({ default: 'neo4j' }),
      NEO4J_QUERY_TIMEOUT_MS: num({ default: 15000 }),
      CHANGE_FEED_SETTLE_MS: num({ default: undefined, desc: 'age before a change is listed by the change feed' }),
      NEO4J_LOCAL_PORT: port({ default: 7687 }),
      NEO4J_LOCAL_DATA_DIR: str({ default: '.neo4j/data' }),
      NEO4J_LOCAL_HEAP: memorySize({ default: '1g' }),
      NEO4J_LOCAL_PAGECACHE: memorySize({ default: '512m' }),
      SEED_WHEN_EMPTY: bool({ default: true }),
      NEO4J_CONNECTION_TIMEOUT_MS: num({ default: 2000, desc: 'how long opening a connection to Neo4j may take' }),
      NEO4J_ACQUISITION_TIMEOUT_MS: num({ default: 3000, desc: 'how long a request may wait for a pooled connection' }),
      NEO4J_MAX_RETRY_TIME_MS: num({ default: 2000, desc: 'how long a transaction is retried on transient errors' }),
      MAX_QUERY_DEPTH: num({ default: 12, desc: 'deepest nesting of fields a query may have' }),
      MAX_QUERY_COST: num({ default: 100000, desc: 'highest estimated cost of a query (fields times page sizes)' }),
      MAX_QUERY_TOKENS: num({ default: 10000, desc: 'most lexical tokens a query document may have' }),
      MAX_BODY_BYTES: num({ default: 2 * 1024 * 1024, desc: 'largest request body accepted' }),
      RATE_LIMIT_BURST: num({ default: 120, desc: 'requests a caller may send at once' }),
      RATE_LIMIT_PER_SECOND: num({
        default: 20,
        desc: 'requests per second a caller regains; 0 turns rate limiting off',
      }),
      INTROSPECTION: bool({
        default: undefined,
        desc: 'schema introspection (default: on in development, off in production)',
      }),
      SANDBOX: bool({
        default: undefined,
        desc: 'Apollo Sandbox at /graphql (default: on in development, off in production)',
      }),
      COMPILED_EXECUTION: bool({
        default: true,
        desc: 'run operations compiled to JavaScript (graphql-jit); false: interpreted by graphql-js',
      }),
      DB_QUERIES_PER_REQUEST: num({
        default: defaultQueryConcurrency.perRequest,
        desc: 'database queries one request runs at once; its others queue inside the request',
      }),
      DB_QUERIES_PER_CALLER: num({
        default: defaultQueryConcurrency.perCaller,
        desc: 'database queries one caller runs at once over all its requests',
      }),
      DB_QUERIES_TOTAL: num({
        default: defaultQueryConcurrency.total,
        desc: 'database queries all callers run at once, shared fairly between callers',
      }),
      DB_QUEUE_TIMEOUT_MS: num({
        default: defaultQueryConcurrency.queueTimeoutMs,
        desc: 'how long a query may wait for its turn before DATABASE_UNAVAILABLE (reason BUSY)',
      }),
      ERROR_STACKTRACES: bool({
        default: false,
        desc: 'include stack traces in error responses (never by default, whatever NODE_ENV says)',
      }),
      JWT_SECRET: str({ default: undefined, desc: 'HS256 secret bearer JWTs are signed with' }),
      JWKS_URL: str({ default: undefined, desc: 'URL of the JWKS bearer JWTs are signed with' }),
      JWT_ISSUER: str({ default: undefined, desc: 'required `iss` of bearer JWTs' }),
      JWT_AUDIENCE: str({ default: undefined, desc: 'required `aud` of bearer JWTs' }),
      JWT_ROLES_CLAIM: str({
        default: 'roles',
        desc: 'claim of bearer JWTs holding the roles (dotted path for nested claims)',
      }),
      ANONYMOUS_ROLE: str({
        choices: ['NONE', 'READER', 'EDITOR', 'ADMIN'],
        default: undefined,
        desc: 'role of callers without credentials',
      }),
    },
    {
      reporter: ({ errors }) => {
        const lines = Object.entries(errors).map(([name, error]) => `${name}: ${(error as Error).message}`);
        if (lines.length > 0) throw new ConfigError(lines);
      },
    },
  );
  if (clean.NEO4J_QUERY_TIMEOUT_MS <= 0)
    throw new ConfigError(['NEO4J_QUERY_TIMEOUT_MS: must be a positive number of milliseconds']);
  if (clean.CHANGE_FEED_SETTLE_MS !== undefined && clean.CHANGE_FEED_SETTLE_MS < 0)
    throw new ConfigError(['CHANGE_FEED_SETTLE_MS: must be 0 or a positive number of milliseconds']);
  const notPositive = (
    [
      ['NEO4J_CONNECTION_TIMEOUT_MS', clean.NEO4J_CONNECTION_TIMEOUT_MS, 'milliseconds'],
      ['NEO4J_ACQUISITION_TIMEOUT_MS', clean.NEO4J_ACQUISITION_TIMEOUT_MS, 'milliseconds'],
      ['NEO4J_MAX_RETRY_TIME_MS', clean.NEO4J_MAX_RETRY_TIME_MS, 'milliseconds'],
      ['MAX_QUERY_DEPTH', clean.MAX_QUERY_DEPTH, 'levels'],
      ['MAX_QUERY_COST', clean.MAX_QUERY_COST, 'cost units'],
      ['MAX_QUERY_TOKENS', clean.MAX_QUERY_TOKENS, 'tokens'],
      ['MAX_BODY_BYTES', clean.MAX_BODY_BYTES, 'bytes'],
      ['RATE_LIMIT_BURST', clean.RATE_LIMIT_BURST, 'requests'],
      ['DB_QUERIES_PER_REQUEST', clean.DB_QUERIES_PER_REQUEST, 'queries'],
      ['DB_QUERIES_PER_CALLER', clean.DB_QUERIES_PER_CALLER, 'queries'],
      ['DB_QUERIES_TOTAL', clean.DB_QUERIES_TOTAL, 'queries'],
      ['DB_QUEUE_TIMEOUT_MS', clean.DB_QUEUE_TIMEOUT_MS, 'milliseconds'],
    ] as const
  )
    .filter(([, value]) => !Number.isInteger(value) || value <= 0)
    .map(([name, value, unit]) => `${name}: must be a positive whole number of ${unit}, not ${value}`);
  if (clean.RATE_LIMIT_PER_SECOND < 0)
    notPositive.push(
      `RATE_LIMIT_PER_SECOND: must be 0 (off) or a positive number of requests per second, not ${clean.RATE_LIMIT_PER_SECOND}`,
    );
  if (clean.DB_QUERIES_TOTAL > maxConnectionPoolSize) {
    notPositive.push(
      `DB_QUERIES_TOTAL: must be at most ${maxConnectionPoolSize}, the driver's connection pool, not ${clean.DB_QUERIES_TOTAL} (more would let requests exhaust the pool)`,
    );
  }
  if (notPositive.length > 0) throw new ConfigError(notPositive);
  const development = clean.NODE_ENV !== 'production';
  return {
    nodeEnv: clean.NODE_ENV as AppConfig['nodeEnv'],
    host: clean.HOST,
    port: clean.PORT,
    logLevel: clean.LOG_LEVEL,
    neo4jUri: clean.NEO4J_URI || undefined,
    neo4jUser: clean.NEO4J_USER,
    neo4jPassword: clean.NEO4J_PASSWORD,
    neo4jDatabase: clean.NEO4J_DATABASE,
    neo4jQueryTimeoutMs: clean.NEO4J_QUERY_TIMEOUT_MS,
    changeFeedSettleMs: clean.CHANGE_FEED_SETTLE_MS ?? clean.NEO4J_QUERY_TIMEOUT_MS + 1000,
    localNeo4j: {
      port: clean.NEO4J_LOCAL_PORT,
      dataDir: clean.NEO4J_LOCAL_DATA_DIR,
      heap: clean.NEO4J_LOCAL_HEAP,
      pageCache: clean.NEO4J_LOCAL_PAGECACHE,
    },
    seedWhenEmpty: clean.SEED_WHEN_EMPTY,
    anonymousRole: anonymousRoleOf(clean.ANONYMOUS_ROLE, clean.NODE_ENV),
    jwt: jwtConfigOf(clean),
    neo4jConnectionTimeoutMs: clean.NEO4J_CONNECTION_TIMEOUT_MS,
    neo4jAcquisitionTimeoutMs: clean.NEO4J_ACQUISITION_TIMEOUT_MS,
    neo4jMaxRetryTimeMs: clean.NEO4J_MAX_RETRY_TIME_MS,
    limits: {
      maxDepth: clean.MAX_QUERY_DEPTH,
      maxCost: clean.MAX_QUERY_COST,
      maxTokens: clean.MAX_QUERY_TOKENS,
      maxBodyBytes: clean.MAX_BODY_BYTES,
    },
    rateLimit:
      clean.RATE_LIMIT_PER_SECOND > 0
        ? { burst: clean.RATE_LIMIT_BURST, perSecond: clean.RATE_LIMIT_PER_SECOND }
        : null,
    introspection: clean.INTROSPECTION ?? development,
    sandbox: clean.SANDBOX ?? development,
    compiledExecution: clean.COMPILED_EXECUTION,
    queryConcurrency: {
      perRequest: clean.DB_QUERIES_PER_REQUEST,
      perCaller: clean.DB_QUERIES_PER_CALLER,
      total: clean.DB_QUERIES_TOTAL,
      queueTimeoutMs: clean.DB_QUEUE_TIMEOUT_MS,
    },
    errorStacktraces: clean.ERROR_STACKTRACES,
  };
}

function anonymousRoleOf(setting: string | undefined, nodeEnv: string): Role | null {
  if (setting === undefined || setting === '') return nodeEnv === 'development' ? Role.READER : null;
  return setting === 'NONE' ? null : (setting as Role);
}

const minJwtSecretLength = 32;

/** Bearer JWT settings, with one line per inconsistent or unsafe value. */
function jwtConfigOf(clean: {
  JWT_SECRET?: string;
  JWKS_URL?: string;
  JWT_ISSUER?: string;
  JWT_AUDIENCE?: string;
  JWT_ROLES_CLAIM: string;
}): JwtConfig | null {
  const set = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);
  const secret = set(clean.JWT_SECRET);
  const jwksUrl = set(clean.JWKS_URL);
  const issuer = set(clean.JWT_ISSUER);
  const audience = set(clean.JWT_AUDIENCE);
  const problems: string[] = [];
  if (secret !== undefined && jwksUrl !== undefined)
    problems.push(
      "JWT_SECRET, JWKS_URL: set one of them, not both (a shared HS256 secret, or the issuer's published keys)",
    );
  if (secret !== undefined && secret.length < minJwtSecretLength)
    problems.push(
      `JWT_SECRET: must be at least ${minJwtSecretLength} characters (256 bits for HS256), not ${secret.length}; e.g. \`openssl rand -base64 48\``,
    );
  if (jwksUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(jwksUrl);
    } catch {
      problems.push(`JWKS_URL: "${jwksUrl}" is not a URL; expected e.g. https://issuer.example/.well-known/jwks.json`);
    }
    if (url && url.protocol !== 'https:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
      problems.push(`JWKS_URL: "${jwksUrl}" must use https (plain http only to localhost)`);
    }
  }
  if (secret === undefined && jwksUrl === undefined && (issuer !== undefined || audience !== undefined)) {
    problems.push(
      `${issuer !== undefined ? 'JWT_ISSUER' : 'JWT_AUDIENCE'}: has no effect without JWT_SECRET or JWKS_URL; set one of those to accept bearer JWTs`,
    );
  }
  if (!/^[^.\s]+(\.[^.\s]+)*$/.test(clean.JWT_ROLES_CLAIM))
    problems.push(
      `JWT_ROLES_CLAIM: "${clean.JWT_ROLES_CLAIM}" is not a claim name or dotted path such as realm_access.roles`,
    );
  if (problems.length > 0) throw new ConfigError(problems);
  if (secret === undefined && jwksUrl === undefined) return null;
  return { secret, jwksUrl, issuer, audience, rolesClaim: clean.JWT_ROLES_CLAIM };
}
