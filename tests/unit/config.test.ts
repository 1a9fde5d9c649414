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
  expect(loadConfig({ NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io' }).neo4jUri).toBe('neo4j+s://abcd1234.databases.neo4j.io');
});

test('rejects a NEO4J_URI that is not a Neo4j URI, naming the variable and an example', () => {
  expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI: "http:\/\/localhost:7474" is not a Neo4j URI; expected e\.g\. bolt:\/\//);
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
  expect(() => loadConfig({ NEO4J_QUERY_TIMEOUT_MS: '0' })).toThrow(/NEO4J_QUERY_TIMEOUT_MS: must be a positive number/);
});
