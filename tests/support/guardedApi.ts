// Runs the real API with chosen limits, switches and rate limit, and sends it raw HTTP as a client would.
import pino from 'pino';

import { Role } from '../../src/auth/Role';
import type { Database } from '../../src/db/database';
import { createApiServer, type ApiServerOptions } from '../../src/server/createApiServer';

export interface RawResponse {
  status: number;
  headers: Headers;
  // Tests read nested response data freely; the assertions are the type check.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export interface GuardedApi {
  url: string;
  baseUrl: string;
  /** POSTs a JSON GraphQL request (or any JSON value, for malformed requests). */
  post(payload: unknown, headers?: Record<string, string>): Promise<RawResponse>;
  /** Sends exactly these bytes with these headers. */
  send(init: RequestInit & { path?: string }): Promise<RawResponse>;
  close(): Promise<void>;
}

async function read(response: Response): Promise<RawResponse> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: the test sees the text and can say so.
  }
  return { status: response.status, headers: response.headers, body };
}

export async function startGuardedApi(
  db: Database,
  options: Partial<Omit<ApiServerOptions, 'db' | 'log'>> = {},
): Promise<GuardedApi> {
  const server = await createApiServer({
    db,
    log: pino({ level: 'silent' }),
    development: true,
    anonymousRole: Role.ADMIN,
    ...options,
  });
  const url = await server.listen(0, '127.0.0.1');
  const baseUrl = url.replace(/\/graphql$/, '');
  return {
    url,
    baseUrl,
    post: async (payload, headers = {}) =>
      read(
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(payload),
        }),
      ),
    send: async ({ path = '/graphql', ...init }) => read(await fetch(`${baseUrl}${path}`, init)),
    close: () => server.stop(),
  };
}
