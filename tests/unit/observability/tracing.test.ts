// W3C traceparent: parsed by the spec's rules, kept for the request, and turned into Neo4j transaction metadata.
import type { AddressInfo } from 'node:net';
import express from 'express';

import { parseTraceparent, traceMetadata, traceRequests } from '../../../src/observability/tracing';

const valid = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

test('reads a version 00 traceparent', () => {
  expect(parseTraceparent(valid)).toEqual({
    traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
    parentId: '00f067aa0ba902b7',
    flags: '01',
  });
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

test('keeps a valid caller traceparent for the request, and nothing for a malformed one', async () => {
  const app = express();
  app.use(traceRequests());
  app.get('/probe', (_req, res) => {
    res.json({ kept: res.locals.traceparent ?? null });
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/probe`;
    expect(await (await fetch(url, { headers: { traceparent: ` ${valid} ` } })).json()).toEqual({ kept: valid });
    expect(await (await fetch(url, { headers: { traceparent: 'garbage' } })).json()).toEqual({ kept: null });
    expect(await (await fetch(url)).json()).toEqual({ kept: null });
  } finally {
    server.close();
  }
});

test('sends the caller’s traceparent as transaction metadata when no span of ours is active, and no metadata without one', () => {
  expect(traceMetadata(valid)).toEqual({ traceparent: valid });
  expect(traceMetadata()).toBeUndefined();
});
