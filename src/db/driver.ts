// Creates the Neo4j driver and checks, with one clear line on failure, that it can connect.
import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
}

export function createDriver(settings: DriverSettings): Driver {
  // A server with authentication off (the local one) accepts any basic credentials.
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 100,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 10_000,
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
