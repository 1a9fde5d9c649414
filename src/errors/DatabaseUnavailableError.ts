// Neo4j cannot serve the request right now: the client may retry later. `reason` says why, in a stable word.
import { ApiError } from './ApiError';
import { ErrorCode } from './ErrorCode';

/**
 * Why the database was unavailable (`extensions.reason`):
 * - UNREACHABLE: no connection to Neo4j could be opened, or the database is stopped or starting;
 * - CONNECTION_LOST: the connection broke during the query (Neo4j stopped, the network failed);
 * - POOL_EXHAUSTED: no pooled connection came free, nor could one be opened, within NEO4J_ACQUISITION_TIMEOUT_MS;
 * - BUSY: the query waited DB_QUEUE_TIMEOUT_MS for a place among the queries the API runs at once;
 * - TERMINATED: the transaction was stopped by an operator or a shutdown (not by the timeout: that is QUERY_TIMEOUT);
 * - TRANSIENT: Neo4j reported a transient failure (deadlock, leader switch, memory) that retrying did not clear;
 * - DATABASE_ERROR: Neo4j failed internally;
 * - REFUSED: Neo4j refused the API's session (credentials, permissions, a missing or read-only database);
 * - DRIVER: any other failure of the driver.
 */
export const databaseUnavailableReasons = [
  'UNREACHABLE',
  'CONNECTION_LOST',
  'POOL_EXHAUSTED',
  'BUSY',
  'TERMINATED',
  'TRANSIENT',
  'DATABASE_ERROR',
  'REFUSED',
  'DRIVER',
] as const;

export type DatabaseUnavailableReason = (typeof databaseUnavailableReasons)[number];

export class DatabaseUnavailableError extends ApiError {
  constructor(
    readonly reason: DatabaseUnavailableReason,
    detail: string,
    /** The driver's own error, for the log; clients see only the reason and the detail. */
    cause?: unknown,
  ) {
    super(
      `The graph database is unavailable right now (${reason}): ${detail}; retry shortly.`,
      ErrorCode.DATABASE_UNAVAILABLE,
      { reason },
    );
    if (cause !== undefined) Object.defineProperty(this, 'cause', { value: cause, enumerable: false });
  }
}
