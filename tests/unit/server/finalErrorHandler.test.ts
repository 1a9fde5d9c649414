// An error no Express route answered: JSON with a stable code and no stack trace, never Express's own page.
import type { NextFunction, Request, Response } from 'express';
import pino from 'pino';

import { finalErrorHandler } from '../../../src/server/finalErrorHandler';

function response(headersSent = false) {
  const sent: { status?: number; body?: unknown } = {};
  const res = {
    headersSent,
    locals: { requestId: 'r-1' },
    status(code: number) {
      sent.status = code;
      return res;
    },
    json(body: unknown) {
      sent.body = body;
      return res;
    },
  };
  return { res: res as unknown as Response, sent };
}

const handler = finalErrorHandler(pino({ level: 'silent' }));
const next = jest.fn() as unknown as NextFunction;

test('an unexpected error is a 500 INTERNAL_SERVER_ERROR pointing to the request id, without its message or stack', () => {
  const { res, sent } = response();
  handler(new Error('secret detail'), {} as Request, res, next);
  expect(sent.status).toBe(500);
  expect(sent.body).toEqual({
    errors: [
      {
        message: 'Internal server error; the x-request-id header identifies it in the logs.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ],
  });
  expect(JSON.stringify(sent.body)).not.toMatch(/secret detail|at /);
});

test('an error that says it is the client’s (status 4xx) keeps its status, as BAD_USER_INPUT', () => {
  const { res, sent } = response();
  handler(Object.assign(new URIError('Failed to decode param'), { status: 400 }), {} as Request, res, next);
  expect(sent.status).toBe(400);
  expect(sent.body).toEqual({
    errors: [{ message: 'The request could not be read.', extensions: { code: 'BAD_USER_INPUT' } }],
  });
});

test('once the answer has started, the error is left to Express, which closes the connection', () => {
  const { res, sent } = response(true);
  const error = new Error('late');
  handler(error, {} as Request, res, next);
  expect(sent.status).toBeUndefined();
  expect(next).toHaveBeenCalledWith(error);
});
