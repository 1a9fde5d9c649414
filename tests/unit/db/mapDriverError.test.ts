// Neo4j's errors become API errors with stable codes: a transaction stopped by the timeout is QUERY_TIMEOUT whichever
// code Neo4j reports it with; one stopped for another reason (an operator, a shutdown) is DATABASE_UNAVAILABLE; every
// failure of the driver or the database is DATABASE_UNAVAILABLE with a reason; an error of the statement itself is not.
import { Neo4jError } from 'neo4j-driver';

import { mapDriverError } from '../../../src/db/mapDriverError';
import { ErrorCode } from '../../../src/errors/ErrorCode';

const neo4jError = (code: string) => new Neo4jError('The transaction has been terminated.', code, 'ERROR', 'test');
const codeOf = (mapped: unknown) => (mapped as { extensions?: { code?: string } }).extensions?.code;
const reasonOf = (mapped: unknown) => (mapped as { extensions?: { reason?: string } }).extensions?.reason;

test('a transaction timeout is QUERY_TIMEOUT', () => {
  expect(
    codeOf(mapDriverError(neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'), 50, 60)),
  ).toBe(ErrorCode.QUERY_TIMEOUT);
});

test.each([
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.ClientError.Transaction.Terminated',
])(
  '%s after the timeout had passed is QUERY_TIMEOUT (the timeout stopped a lock wait), before it DATABASE_UNAVAILABLE',
  (code) => {
    expect(codeOf(mapDriverError(neo4jError(code), 50, 51))).toBe(ErrorCode.QUERY_TIMEOUT);
    expect(codeOf(mapDriverError(neo4jError(code), 50, 10))).toBe(ErrorCode.DATABASE_UNAVAILABLE);
    expect(codeOf(mapDriverError(neo4jError(code)))).toBe(ErrorCode.DATABASE_UNAVAILABLE);
    expect(reasonOf(mapDriverError(neo4jError(code)))).toBe('TERMINATED');
  },
);

test('an error of the statement itself (a bug of the API, not an outage) is passed on as it is', () => {
  const unknown = neo4jError('Neo.ClientError.Statement.SyntaxError');
  expect(mapDriverError(unknown, 50, 60)).toBe(unknown);
});

test('a pool that gave no connection in time is DATABASE_UNAVAILABLE, reason POOL_EXHAUSTED, naming the wait and its setting', () => {
  // The driver's own words and code (neo4j-driver-core's pool, through its newError: code "N/A").
  const timedOut = new Neo4jError(
    'Connection acquisition timed out in 3000 ms. Pool status: Active conn count = 100, Idle conn count = 0.',
    'N/A',
    '50N42',
    'test',
  );
  const mapped = mapDriverError(timedOut);
  expect(codeOf(mapped)).toBe(ErrorCode.DATABASE_UNAVAILABLE);
  expect(reasonOf(mapped)).toBe('POOL_EXHAUSTED');
  expect((mapped as Error).message).toMatch(
    /no pooled connection came free, nor could one be opened, within 3000 ms \(NEO4J_ACQUISITION_TIMEOUT_MS\)/,
  );
  // The pool's status stays in the log (the cause), out of the answer.
  expect((mapped as Error).message).not.toMatch(/Active conn count/);
  expect((mapped as { cause?: unknown }).cause).toBe(timedOut);
});

test.each([
  ['ServiceUnavailable', 'UNREACHABLE'],
  ['Neo.TransientError.General.DatabaseUnavailable', 'UNREACHABLE'],
  ['SessionExpired', 'CONNECTION_LOST'],
  ['ProtocolError', 'CONNECTION_LOST'],
  ['N/A', 'DRIVER'],
  ['', 'DRIVER'],
  ['Neo.ClientError.Security.Unauthorized', 'REFUSED'],
  ['Neo.ClientError.Security.AuthorizationExpired', 'REFUSED'],
  ['Neo.ClientError.Database.DatabaseNotFound', 'REFUSED'],
  ['Neo.ClientError.General.ForbiddenOnReadOnlyDatabase', 'REFUSED'],
  ['Neo.DatabaseError.General.UnknownError', 'DATABASE_ERROR'],
  ['Neo.TransientError.Transaction.DeadlockDetected', 'TRANSIENT'],
  ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'TRANSIENT'],
])('%s is DATABASE_UNAVAILABLE with reason %s', (code, reason) => {
  const mapped = mapDriverError(neo4jError(code));
  expect(codeOf(mapped)).toBe(ErrorCode.DATABASE_UNAVAILABLE);
  expect(reasonOf(mapped)).toBe(reason);
  expect((mapped as Error).message).toMatch(
    new RegExp(`^The graph database is unavailable right now \\(${reason}\\): .+; retry shortly\\.$`),
  );
});

test("a constraint failure is CONFLICT, and an error that is not the driver's is passed on as it is", () => {
  expect(codeOf(mapDriverError(neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed')))).toBe(
    ErrorCode.CONFLICT,
  );
  const typeError = new TypeError('not the driver');
  expect(mapDriverError(typeError)).toBe(typeError);
});
