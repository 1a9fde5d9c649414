// A statement that Neo4j refuses for a reason of ours (not an outage, a timeout or a conflict) reaches the caller as
// the driver's error, named after the statement that failed; statements leave the process's stack traces as they
// found them.
import { Neo4jError } from 'neo4j-driver';

import { testGraph, type TestGraph } from '../support/testGraph';

let graph: TestGraph;

beforeAll(() => {
  graph = testGraph();
});

afterAll(() => graph.close());

/** The error a statement sent without its parameters fails with; answering it fails the test. */
function refusal(statement: Promise<unknown>): Promise<unknown> {
  return statement.then(
    () => {
      throw new Error('a statement sent without its parameters was answered');
    },
    (error: unknown) => error,
  );
}

test('names the statement on an error the API has no class for', async () => {
  // @ts-expect-error the missing parameters are the point
  const failure = await refusal(graph.db.read('eventsAttributedToWalked', {}));
  expect(failure).toBeInstanceOf(Neo4jError);
  expect(failure).toMatchObject({
    code: 'Neo.ClientError.Statement.ParameterMissing',
    statement: 'eventsAttributedToWalked',
  });
});

test('names the statement on a write error the API has no class for, and writes nothing', async () => {
  const before = await graph.counts();
  // @ts-expect-error the missing parameters are the point
  const failure = await refusal(graph.db.writeOne('createApiKey', {}));
  expect(failure).toBeInstanceOf(Neo4jError);
  expect(failure).toMatchObject({ code: 'Neo.ClientError.Statement.ParameterMissing', statement: 'createApiKey' });
  expect(await graph.counts()).toEqual(before);
});

test('keeps the process’s stack trace limit, whether a statement succeeds or fails', async () => {
  const limit = Error.stackTraceLimit;
  await graph.db.read('countGraph');
  // @ts-expect-error missing parameters, to fail
  await graph.db.read('eventsAttributedToWalked', {}).catch(() => undefined);
  // @ts-expect-error missing parameters, to fail
  await graph.db.writeOne('createApiKey', {}).catch(() => undefined);
  expect(Error.stackTraceLimit).toBe(limit);
  expect(new Error('here').stack?.split('\n').length).toBeGreaterThan(1);
});
