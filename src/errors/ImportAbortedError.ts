// An import stopped part-way: says which batch failed and what is already committed, so the file can be re-run.
import { ApiError } from './ApiError';
import { ErrorCode } from './ErrorCode';

export class ImportAbortedError extends ApiError {
  constructor(
    message: string,
    readonly committedBatches: number,
    readonly committedThroughLine: number | null,
    cause: unknown,
  ) {
    super(message, cause instanceof ApiError ? (cause.extensions.code as ErrorCode) : ErrorCode.INTERNAL_SERVER_ERROR, {
      committedBatches,
      committedThroughLine,
    });
  }
}
