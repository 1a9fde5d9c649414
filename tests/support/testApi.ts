// Runs the real API on a free port against the test Neo4j, and sends it GraphQL over HTTP.
import pino from 'pino';

import { Role } from '../../src/auth/Role';
import type { Database } from '../../src/db/database';
import { createApiServer, type ApiServer } from '../../src/server/createApiServer';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string } }[];
  extensions?: Record<string, unknown> & { cypherRoundTrips?: number; requestId?: string };
}

export interface TestApi {
  url: string;
  baseUrl: string;
  // Tests read nested response data freely; the assertions are the type check.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

/** Anonymous callers are ADMIN unless a test says otherwise, so only the auth tests deal with credentials. */
export async function startTestApi(
  db: Database,
  options: {
    development?: boolean;
    anonymousRole?: Role | null;
    changeFeedSettleMs?: number;
    compiledExecution?: boolean;
  } = {},
): Promise<TestApi> {
  const server: ApiServer = await createApiServer({
    db,
    // TEST_API_LOG_LEVEL=error shows what the servers log (the cause behind an INTERNAL_SERVER_ERROR) while debugging a test.
    log: pino({ level: process.env.TEST_API_LOG_LEVEL ?? 'silent' }),
    development: options.development ?? true,
    anonymousRole: options.anonymousRole === undefined ? Role.ADMIN : options.anonymousRole,
    changeFeedSettleMs: options.changeFeedSettleMs,
    compiledExecution: options.compiledExecution,
  });
  const url = await server.listen(0, '127.0.0.1');
  return {
    url,
    baseUrl: url.replace(/\/graphql$/, ''),
    gql: async (query, variables) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    close: () => server.stop(),
  };
}
