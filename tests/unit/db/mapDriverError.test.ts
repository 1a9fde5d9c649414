// Neo4j's errors become API errors with stable codes: a transaction stopped by the timeout is QUERY_TIMEOUT whichever
// code Neo4j reports it with; one stopped for another reason (an operator, a shutdown) is DATABASE_UNAVAILABLE.
import { Neo4jError } from 'neo4j-driver';
import { mapDriverError } from '../../../src/db/mapDriverError';
import { ErrorCode } from '../../../src/errors/ErrorCode';

const neo4jError = (code: string) => new Neo4jError('The transaction has been terminated.', code, 'ERROR', 'test');
const codeOf = (mapped: unknown) => (mapped as { extensions?: { code?: string } }).extensions?.code;

test('a transaction timeout is QUERY_TIMEOUT', () => {
  expect(codeOf(mapDriverError(neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'), 50, 60))).toBe(ErrorCode.QUERY_TIMEOUT);
});

test.each(['Neo.ClientError.Transaction.LockClientStopped', 'Neo.TransientError.Transaction.LockClientStopped', 'Neo.ClientError.Transaction.Terminated'])(
  '%s after the timeout had passed is QUERY_TIMEOUT (the timeout stopped a lock wait), before it DATABASE_UNAVAILABLE',
  (code) => {
    expect(codeOf(mapDriverError(neo4jError(code), 50, 51))).toBe(ErrorCode.QUERY_TIMEOUT);
    expect(codeOf(mapDriverError(neo4jError(code), 50, 10))).toBe(ErrorCode.DATABASE_UNAVAILABLE);
    expect(codeOf(mapDriverError(neo4jError(code)))).toBe(ErrorCode.DATABASE_UNAVAILABLE);
  },
);

test('an error the mapping does not know is passed on as it is', () => {
  const unknown = neo4jError('Neo.ClientError.Statement.SyntaxError');
  expect(mapDriverError(unknown, 50, 60)).toBe(unknown);
});
