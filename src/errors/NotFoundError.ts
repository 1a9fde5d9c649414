// A requested node does not exist.
import { ApiError } from './ApiError';
import { ErrorCode } from './ErrorCode';

export class NotFoundError extends ApiError {
  constructor(kind: string, id: string, argumentName?: string) {
    super(
      `${kind} "${id}" does not exist${argumentName ? ` (argument ${argumentName})` : ''}; check the id, or search for it with the \`search\` query.`,
      ErrorCode.NOT_FOUND,
      {
        kind,
        id,
        ...(argumentName ? { argumentName } : {}),
      },
    );
  }
}
