// POST /graphql with a plain JSON body is answered from node:http (src/server/directGraphql.ts), the rest through
// Express. The caller cannot tell which: the same request, its body of stated length or sent chunked (which only
// Express reads), gets the same answer, refusals included.
import http from 'node:http';

import { seededApi, type SeededApi } from '../support/seededApi';
import type { TestApi } from '../support/testApi';

let seeded: SeededApi;
let api: TestApi;

beforeAll(async () => {
  seeded = await seededApi();
  ({ api } = seeded);
});

afterAll(() => seeded.close());

interface Answer {
  status: number;
  contentType: string | undefined;
  requestId: string | undefined;
  body: Record<string, unknown>;
}

/** POSTs `text` to /graphql, with a Content-Length (the direct path) or chunked (Express). */
function post(
  text: string,
  { chunked, headers = {} }: { chunked: boolean; headers?: Record<string, string> },
): Promise<Answer> {
  const url = new URL(api.url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(chunked ? {} : { 'content-length': String(Buffer.byteLength(text)) }),
          ...headers,
        },
      },
      (response) => {
        const parts: Buffer[] = [];
        response.on('data', (part: Buffer) => parts.push(part));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: response.headers['content-type'],
            requestId: response.headers['x-request-id'] as string | undefined,
            body: JSON.parse(Buffer.concat(parts).toString('utf8')) as Record<string, unknown>,
          }),
        );
      },
    );
    request.on('error', reject);
    if (chunked) {
      const middle = Math.floor(text.length / 2);
      request.write(text.slice(0, middle));
      request.end(text.slice(middle));
    } else request.end(text);
  });
}

/** The answer without what differs from request to request. */
function comparable({ status, contentType, body }: Answer) {
  const { extensions, ...rest } = body as { extensions?: Record<string, unknown> };
  const { requestId: _requestId, ...stableExtensions } = extensions ?? {};
  return { status, contentType, body: rest, extensions: stableExtensions };
}

async function bothWays(text: string) {
  const [direct, throughExpress] = [await post(text, { chunked: false }), await post(text, { chunked: true })];
  return { direct, throughExpress };
}

test('answers a query alike with a stated length and chunked', async () => {
  const { direct, throughExpress } = await bothWays(
    JSON.stringify({
      query: '{ event(id: "event:derna-airstrikes-2017-10-30") { id title attributions { actor { name } } } }',
    }),
  );
  expect(direct.status).toBe(200);
  expect((direct.body as { data: { event: { id: string } } }).data.event.id).toBe('event:derna-airstrikes-2017-10-30');
  expect(comparable(direct)).toEqual(comparable(throughExpress));
});

test('answers a GraphQL error alike both ways', async () => {
  const { direct, throughExpress } = await bothWays(JSON.stringify({ query: '{ event(id: "event:nowhere") { id } }' }));
  expect((direct.body as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('NOT_FOUND');
  expect(comparable(direct)).toEqual(comparable(throughExpress));
});

test.each([
  ['malformed JSON', '{"query": "{ events { totalCount } }"'],
  ['JSON that is a string, not an object', JSON.stringify('{ events { totalCount } }')],
  ['JSON that is a number', '42'],
])('refuses %s alike both ways, with 400 and BAD_USER_INPUT', async (_what, text) => {
  const { direct, throughExpress } = await bothWays(text);
  expect(direct.status).toBe(400);
  expect(direct.body).toEqual({
    errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_USER_INPUT', field: 'body' } }],
  });
  expect(comparable(direct)).toEqual(comparable(throughExpress));
});

test('keeps a sensible X-Request-Id from the caller and makes one otherwise, both ways', async () => {
  const text = JSON.stringify({ query: '{ events { totalCount } }' });
  for (const chunked of [false, true]) {
    const kept = await post(text, { chunked, headers: { 'x-request-id': 'trace-me.42' } });
    expect(kept.requestId).toBe('trace-me.42');
    expect((kept.body as { extensions: { requestId: string } }).extensions.requestId).toBe('trace-me.42');
    const made = await post(text, { chunked, headers: { 'x-request-id': 'not sensible!' } });
    expect(made.requestId).toMatch(/^[0-9a-f-]{36}$/);
  }
});
