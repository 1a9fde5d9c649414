// Creates the Neo4j driver and checks, with one clear line on failure, that it can connect.
import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
  /** Bounds on waiting for Neo4j; together they make requests fail fast while it is down. */
  timeouts?: Partial<DriverTimeouts>;
}

export interface DriverTimeouts {
  /** Opening one connection (a stopped server refuses at once; an unreachable host takes this long). */
  connectionTimeoutMs: number;
  /** Waiting for a free pooled connection, including opening it. */
  acquisitionTimeoutMs: number;
  /** Retrying a managed transaction on transient errors (lost connection, deadlock, leader switch). */
  maxRetryTimeMs: number;
}

// A request to a stopped Neo4j fails after about maxRetryTimeMs plus one back-off (refused connections fail at once);
// one to a Neo4j that accepts connections but does not answer (shutting down, unreachable host) after a little more.
export const defaultDriverTimeouts: DriverTimeouts = {
  connectionTimeoutMs: 2_000,
  acquisitionTimeoutMs: 3_000,
  maxRetryTimeMs: 2_000,
};

/** Connections the driver pools per server; /metrics reports it beside the sessions in use. */
export const maxConnectionPoolSize = 100;

export function createDriver(settings: DriverSettings): Driver {
  // A server with authentication off (the local one) accepts any basic credentials.
  const timeouts = { ...defaultDriverTimeouts, ...settings.timeouts };
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize,
    connectionAcquisitionTimeout: timeouts.acquisitionTimeoutMs,
    connectionTimeout: timeouts.connectionTimeoutMs,
    maxTransactionRetryTime: timeouts.maxRetryTimeMs,
    // Nothing reads a result's notifications, yet Neo4j wrote them into every reply (2.6 KB on the canonical page:
    // labels and types the graph does not hold yet) and the driver decoded them. Deprecations stay checked:
    // cypherStatements.test.ts plans every statement with notifications on.
    notificationFilter: { minimumSeverityLevel: 'OFF' },
  });
}

export async function verifyConnection(driver: Driver, uri: string, database: string): Promise<void> {
  try {
    await driver.verifyConnectivity({ database });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`cannot reach Neo4j at ${uri} (database "${database}"): ${reason}`, { cause: error });
  }
}
