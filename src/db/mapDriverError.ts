// The one place where Neo4j driver errors become API errors.
import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { ApiError } from '../errors/ApiError';
import { ConflictError } from '../errors/ConflictError';
import { DatabaseUnavailableError } from '../errors/DatabaseUnavailableError';
import { QueryTimeoutError } from '../errors/QueryTimeoutError';

// ProtocolError is what the driver reports when a server shutting down drops the connection mid-handshake
// ("Failed to connect to server … write EPIPE", "Connection was closed by server").
const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired', 'ProtocolError', 'Neo.TransientError.General.DatabaseUnavailable']);

// A transaction stopped while it waited for a lock or between steps. Neo4j gives these codes whether the timeout stopped
// it, an operator terminated it or the database is shutting down; the driver does not retry them.
const terminatedCodes = new Set([
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.Terminated',
]);

/**
 * `queryTimeoutMs` is the transaction timeout the work ran under, for the message of a timeout; `elapsedMs`, how long
 * the work had run when it failed, tells a transaction the timeout stopped from one stopped for another reason.
 */
export function mapDriverError(error: unknown, queryTimeoutMs?: number, elapsedMs?: number): unknown {
  if (error instanceof ApiError || !(error instanceof Neo4jError)) return error;
  if (unavailableCodes.has(error.code)) return new DatabaseUnavailableError(error.code);
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return new ConflictError(error.message);
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return new QueryTimeoutError(queryTimeoutMs);
  if (terminatedCodes.has(error.code)) {
    const timedOut = queryTimeoutMs !== undefined && elapsedMs !== undefined && elapsedMs >= queryTimeoutMs;
    return timedOut ? new QueryTimeoutError(queryTimeoutMs) : new DatabaseUnavailableError(error.code);
  }
  if (isRetryableError(error)) return new DatabaseUnavailableError(error.code);
  return error;
}
