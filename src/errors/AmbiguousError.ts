// A name matched several nodes where one was needed; lists them so the client can pick an id.
import { ApiError } from './ApiError';
import { ErrorCode } from './ErrorCode';

export class AmbiguousError extends ApiError {
  constructor(kind: string, name: string, candidates: { id: string; name: string }[]) {
    const listed = candidates.map((c) => `${c.id} (${c.name})`).join(', ');
    super(
      `${kind} name "${name}" matches ${candidates.length} ${kind.toLowerCase()}s: ${listed}; pass one of these ids instead.`,
      ErrorCode.AMBIGUOUS,
      {
        kind,
        name,
        candidates,
      },
    );
  }
}
