// Configuration read from environment variables, validated once at start-up.
import { cleanEnv, makeValidator, num, port, str, bool } from 'envalid';
import { Role } from './auth/Role';
import { ConfigError } from './errors/ConfigError';

const neo4jUri = makeValidator<string>((input) => {
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/.test(input)) {
    throw new Error(`"${input}" is not a Neo4j URI; expected e.g. bolt://127.0.0.1:7687 or neo4j+s://xxxx.databases.neo4j.io`);
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
  localNeo4j: { port: number; dataDir: string; heap: string; pageCache: string };
  seedWhenEmpty: boolean;
  /** The role of callers without credentials: READER in development, none elsewhere unless set. */
  anonymousRole: Role | null;
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
      NEO4J_LOCAL_PORT: port({ default: 7687 }),
      NEO4J_LOCAL_DATA_DIR: str({ default: '.neo4j/data' }),
      NEO4J_LOCAL_HEAP: memorySize({ default: '1g' }),
      NEO4J_LOCAL_PAGECACHE: memorySize({ default: '512m' }),
      SEED_WHEN_EMPTY: bool({ default: true }),
      ANONYMOUS_ROLE: str({ choices: ['NONE', 'READER', 'EDITOR', 'ADMIN'], default: undefined, desc: 'role of callers without credentials' }),
    },
    {
      reporter: ({ errors }) => {
        const lines = Object.entries(errors).map(([name, error]) => `${name}: ${(error as Error).message}`);
        if (lines.length > 0) throw new ConfigError(lines);
      },
    },
  );
  if (clean.NEO4J_QUERY_TIMEOUT_MS <= 0) throw new ConfigError(['NEO4J_QUERY_TIMEOUT_MS: must be a positive number of milliseconds']);
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
    localNeo4j: {
      port: clean.NEO4J_LOCAL_PORT,
      dataDir: clean.NEO4J_LOCAL_DATA_DIR,
      heap: clean.NEO4J_LOCAL_HEAP,
      pageCache: clean.NEO4J_LOCAL_PAGECACHE,
    },
    seedWhenEmpty: clean.SEED_WHEN_EMPTY,
    anonymousRole: anonymousRoleOf(clean.ANONYMOUS_ROLE, clean.NODE_ENV),
  };
}

function anonymousRoleOf(setting: string | undefined, nodeEnv: string): Role | null {
  if (setting === undefined || setting === '') return nodeEnv === 'development' ? Role.READER : null;
  return setting === 'NONE' ? null : (setting as Role);
}
