// Configuration from the environment: defaults, and one clear line per bad value.
import { loadConfig } from '../../src/config';
import { ConfigError } from '../../src/errors/ConfigError';

test('with no variables set, the API starts its own local Neo4j on 7687 and listens on 127.0.0.1:4000', () => {
  const config = loadConfig({});
  expect(config.neo4jUri).toBeUndefined();
  expect(config.localNeo4j.port).toBe(7687);
  expect(config.host).toBe('127.0.0.1');
  expect(config.port).toBe(4000);
  expect(config.seedWhenEmpty).toBe(true);
});

test('a routing URI for a cluster or Aura is accepted as it is', () => {
  expect(loadConfig({ NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io' }).neo4jUri).toBe(
    'neo4j+s://abcd1234.databases.neo4j.io',
  );
});

test('rejects a NEO4J_URI that is not a Neo4j URI, naming the variable and an example', () => {
  expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(
    /NEO4J_URI: "http:\/\/localhost:7474" is not a Neo4j URI; expected e\.g\. bolt:\/\//,
  );
});

test('reports every bad variable at once', () => {
  try {
    loadConfig({ PORT: 'eighty', NEO4J_LOCAL_HEAP: 'lots', LOG_LEVEL: 'loud' });
    throw new Error('expected a ConfigError');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^PORT: /m);
    expect(problems).toMatch(/^NEO4J_LOCAL_HEAP: "lots" is not a memory size/m);
    expect(problems).toMatch(/^LOG_LEVEL: /m);
  }
});

test('rejects a query timeout that is not positive', () => {
  expect(() => loadConfig({ NEO4J_QUERY_TIMEOUT_MS: '0' })).toThrow(
    /NEO4J_QUERY_TIMEOUT_MS: must be a positive number/,
  );
});

test('database queries at once are bounded per request, per caller and in all by default, within the driver’s pool', () => {
  expect(loadConfig({}).queryConcurrency).toEqual({ perRequest: 4, perCaller: 4, total: 64, queueTimeoutMs: 10_000 });
  expect(
    loadConfig({
      DB_QUERIES_PER_REQUEST: '2',
      DB_QUERIES_PER_CALLER: '6',
      DB_QUERIES_TOTAL: '100',
      DB_QUEUE_TIMEOUT_MS: '500',
    }).queryConcurrency,
  ).toEqual({
    perRequest: 2,
    perCaller: 6,
    total: 100,
    queueTimeoutMs: 500,
  });
  expect(() => loadConfig({ DB_QUERIES_TOTAL: '101' })).toThrow(
    /DB_QUERIES_TOTAL: must be at most 100, the driver's connection pool/,
  );
  expect(() => loadConfig({ DB_QUERIES_PER_REQUEST: '0' })).toThrow(
    /DB_QUERIES_PER_REQUEST: must be a positive whole number of queries/,
  );
  expect(() => loadConfig({ DB_QUEUE_TIMEOUT_MS: '1.5' })).toThrow(
    /DB_QUEUE_TIMEOUT_MS: must be a positive whole number of milliseconds/,
  );
});

test('stack traces stay out of error responses unless ERROR_STACKTRACES says otherwise, in development too', () => {
  expect(loadConfig({ NODE_ENV: 'development' }).errorStacktraces).toBe(false);
  expect(loadConfig({ NODE_ENV: 'production', ERROR_STACKTRACES: 'true' }).errorStacktraces).toBe(true);
});
