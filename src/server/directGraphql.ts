// POST /graphql with a JSON body, answered from node:http without Express: its router, body parser and response
// helpers were 8-11% of the API's CPU per canonical request (bench/findings.md, session 7). Only the plain case comes
// here: JSON in UTF-8, of a stated length within the limit, to the exact path. Everything else (other methods and paths,
// other content types, bodies of no stated length, too large or encoded, Sandbox's GET) goes through Express as before,
// which also answers the refusals; a body that is not JSON is refused here with the same answer Express gives.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';

import type { RequestContext } from '../context';
import { notJsonAnswer } from './bodyErrors';
import { headerText } from './headerText';

const jsonInUtf8 = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;

export interface DirectGraphqlOptions {
  apollo: ApolloServer<RequestContext>;
  maxBodyBytes: number;
  /**
   * What every request gets first (request id, log line, trace span); `next` runs within it, given how to make the
   * request's GraphQL context once its body has arrived.
   */
  around: (req: IncomingMessage, res: ServerResponse, next: (contextOf: () => Promise<RequestContext>) => void) => void;
}

/** True when the request is one this path answers; then it has been (or is being) answered. */
export function directGraphql({
  apollo,
  maxBodyBytes,
  around,
}: DirectGraphqlOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    const { headers } = req;
    const length = Number(headers['content-length']);
    const plain =
      req.method === 'POST' &&
      req.url === '/graphql' &&
      jsonInUtf8.test(headers['content-type'] ?? '') &&
      length > 0 &&
      length <= maxBodyBytes &&
      headers['content-encoding'] === undefined &&
      headers['transfer-encoding'] === undefined;
    if (!plain) return false;
    around(req, res, (contextOf) => {
      const parts: Buffer[] = [];
      req.on('data', (part: Buffer) => parts.push(part));
      req.on('error', () => res.destroy());
      req.on('end', () => {
        answer(Buffer.concat(parts).toString('utf8'), contextOf).catch((error: unknown) => {
          // Apollo answers every failure of a request itself; this is for a failure of writing the answer.
          if (!res.headersSent)
            send(res, 500, {
              errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
            });
          else res.destroy(error instanceof Error ? error : undefined);
        });
      });
    });
    return true;

    async function answer(text: string, contextOf: () => Promise<RequestContext>): Promise<void> {
      const body = parsedJson(text);
      if (body === undefined) return send(res, 400, notJsonAnswer);
      const apolloHeaders = new HeaderMap();
      for (const [key, value] of Object.entries(headers))
        if (value !== undefined) apolloHeaders.set(key, headerText(value)!);
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers: apolloHeaders, search: '', body },
        context: contextOf,
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };
}

/** The body as JSON when it holds an object or an array at the top (body-parser's strict mode), else undefined. */
function parsedJson(text: string): unknown {
  const first = /^[\s]*(.)/.exec(text)?.[1];
  if (first !== '{' && first !== '[') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, payload: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(payload));
}
