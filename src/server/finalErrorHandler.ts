// The last Express error handler: an error no route answered becomes a JSON 500 with the request id, never Express's
// own page, which shows the stack trace whenever NODE_ENV is not production.
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';

import { ErrorCode } from '../errors/ErrorCode';

export function finalErrorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    const status = (error as { status?: unknown } | null)?.status;
    const clientError = typeof status === 'number' && status >= 400 && status < 500;
    if (!clientError) log.error({ err: error, requestId: res.locals.requestId }, 'request failed');
    if (res.headersSent) {
      next(error);
      return;
    }
    res.status(clientError ? status : 500).json({
      errors: [
        clientError
          ? { message: 'The request could not be read.', extensions: { code: ErrorCode.BAD_USER_INPUT } }
          : {
              message: 'Internal server error; the x-request-id header identifies it in the logs.',
              extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
            },
      ],
    });
  };
}
