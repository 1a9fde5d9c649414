// W3C traceparent: parsed by the spec's rules, and carried through a request's async work to the Neo4j transaction metadata.
import type { AddressInfo } from 'node:net';
import express from 'express';
import { parseTraceparent, traceMetadata, traceRequests } from '../../../src/observability/tracing';

const valid = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

test('reads a version 00 traceparent', () => {
  expect(parseTraceparent(valid)).toEqual({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', parentId: '00f067aa0ba902b7', flags: '01' });
});

test.each([
  ['missing', undefined],
  ['all-zero trace id', '00-00000000000000000000000000000000-00f067aa0ba902b7-01'],
  ['all-zero parent id', '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01'],
  ['upper-case hex', '00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01'],
  ['short trace id', '00-4bf92f35-00f067aa0ba902b7-01'],
])('ignores a %s traceparent', (_why, header) => {
  expect(parseTraceparent(header)).toBeNull();
});

test('gives the caller’s traceparent as transaction metadata inside the request, after awaits, and nothing outside it', async () => {
  const app = express();
  app.use(traceRequests());
  app.get('/probe', async (_req, res) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    res.json(traceMetadata() ?? null);
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/probe`;
    expect(await (await fetch(url, { headers: { traceparent: valid } })).json()).toEqual({ traceparent: valid });
    expect(await (await fetch(url, { headers: { traceparent: 'garbage' } })).json()).toBeNull();
    expect(traceMetadata()).toBeUndefined();
  } finally {
    server.close();
  }
});
