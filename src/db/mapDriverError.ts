// The one place where Neo4j driver errors become API errors.
import { isRetryableError, Neo4jError } from 'neo4j-driver';

import { ApiError } from '../errors/ApiError';
import { ConflictError } from '../errors/ConflictError';
import { DatabaseUnavailableError, type DatabaseUnavailableReason } from '../errors/DatabaseUnavailableError';
import { QueryTimeoutError } from '../errors/QueryTimeoutError';

// ProtocolError is what the driver reports when a server shutting down drops the connection mid-handshake
// ("Failed to connect to server … write EPIPE", "Connection was closed by server").
const unavailableCodes = new Map<string, [DatabaseUnavailableReason, string]>([
  ['ServiceUnavailable', ['UNREACHABLE', 'no connection to Neo4j could be opened']],
  ['Neo.TransientError.General.DatabaseUnavailable', ['UNREACHABLE', 'the database is stopped or starting']],
  ['SessionExpired', ['CONNECTION_LOST', 'the connection to Neo4j was lost']],
  ['ProtocolError', ['CONNECTION_LOST', 'the connection to Neo4j was closed']],
]);

// A transaction stopped while it waited for a lock or between steps. Neo4j gives these codes whether the timeout stopped
// it, an operator terminated it or the database is shutting down; the driver does not retry them.
const terminatedCodes = new Set([
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.Terminated',
]);

/** The code the driver gives its own failures (a pool that timed out or is closed, a broken connection...): "N/A". */
const driverOwnCode = 'N/A';

/**
 * `queryTimeoutMs` is the transaction timeout the work ran under, for the message of a timeout; `elapsedMs`, how long
 * the work had run when it failed, tells a transaction the timeout stopped from one stopped for another reason.
 *
 * Every failure of the driver or of the database becomes DATABASE_UNAVAILABLE with a reason (see
 * DatabaseUnavailableError); only an error Neo4j gives for the statement itself (a syntax error, a missing parameter:
 * a bug of the API, not an outage) is passed on as it is, to be logged and answered as INTERNAL_SERVER_ERROR.
 */
export function mapDriverError(error: unknown, queryTimeoutMs?: number, elapsedMs?: number): unknown {
  if (error instanceof ApiError || !(error instanceof Neo4jError)) return error;
  const code: string = typeof error.code === 'string' && error.code !== '' ? error.code : driverOwnCode;
  const unavailable = (reason: DatabaseUnavailableReason, detail: string) =>
    new DatabaseUnavailableError(reason, detail, error);
  const known = unavailableCodes.get(code);
  if (known) return unavailable(...known);
  if (code === driverOwnCode) {
    // The pool was full, or had room but opening a new connection took too long (a Neo4j short of CPU): the same wait.
    const acquisition = /acquisition timed out in (\d+) ms/i.exec(error.message);
    if (acquisition)
      return unavailable(
        'POOL_EXHAUSTED',
        `no pooled connection came free, nor could one be opened, within ${acquisition[1]} ms (NEO4J_ACQUISITION_TIMEOUT_MS)`,
      );
    return unavailable('DRIVER', 'the Neo4j driver failed');
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return new ConflictError(error.message);
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return new QueryTimeoutError(queryTimeoutMs);
  if (terminatedCodes.has(code)) {
    const timedOut = queryTimeoutMs !== undefined && elapsedMs !== undefined && elapsedMs >= queryTimeoutMs;
    return timedOut
      ? new QueryTimeoutError(queryTimeoutMs)
      : unavailable('TERMINATED', `the transaction was stopped (${code})`);
  }
  if (
    code.startsWith('Neo.ClientError.Security.') ||
    code.startsWith('Neo.ClientError.Database.') ||
    code.startsWith('Neo.ClientError.Cluster.') ||
    code === 'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase'
  ) {
    return unavailable('REFUSED', `Neo4j refused the API's session (${code})`);
  }
  if (code.startsWith('Neo.DatabaseError.')) return unavailable('DATABASE_ERROR', `Neo4j failed (${code})`);
  if (code.startsWith('Neo.TransientError.') || isRetryableError(error))
    return unavailable('TRANSIENT', `Neo4j reported a transient failure (${code})`);
  return error;
}
