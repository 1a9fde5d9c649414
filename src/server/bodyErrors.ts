// Turns Express body-parser failures (too large, not JSON) into GraphQL-shaped JSON errors instead of HTML pages.
import type { ErrorRequestHandler } from 'express';

import { ErrorCode } from '../errors/ErrorCode';
import { PayloadTooLargeError } from '../errors/PayloadTooLargeError';

interface BodyParserError {
  type?: string;
  status?: number;
}

const bodyRefusal = (message: string) => ({
  errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'body' } }],
});

/** The answer to a body that is not JSON (an object or an array at the top, as body-parser's strict mode reads it). */
export const notJsonAnswer = bodyRefusal('The request body is not valid JSON.');

export function bodyErrorHandler(maxBodyBytes: number): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    const { type, status } = (error ?? {}) as BodyParserError;
    if (type === 'entity.too.large') {
      const refusal = new PayloadTooLargeError(maxBodyBytes);
      res.status(413).json({ errors: [{ message: refusal.message, extensions: refusal.extensions }] });
      return;
    }
    // Every body-parser error carries a `type`; anything else is not ours to answer.
    if (typeof type === 'string' && status !== undefined && status < 500) {
      res
        .status(400)
        .json(
          type === 'entity.parse.failed' ? notJsonAnswer : bodyRefusal(`The request body could not be read (${type}).`),
        );
      return;
    }
    next(error);
  };
}
