// A request body is larger than the configured maximum (MAX_BODY_BYTES).
import { ApiError } from './ApiError';
import { ErrorCode } from './ErrorCode';

export class PayloadTooLargeError extends ApiError {
  constructor(maxBodyBytes: number) {
    super(
      `The request body is larger than the limit (MAX_BODY_BYTES) of ${maxBodyBytes} bytes.`,
      ErrorCode.PAYLOAD_TOO_LARGE,
      {
        limit: 'MAX_BODY_BYTES',
        maxBodyBytes,
      },
    );
  }
}
