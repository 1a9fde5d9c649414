// Base class of the errors this API reports to clients, each with a stable code.
import { GraphQLError } from 'graphql';

import { ErrorCode } from './ErrorCode';

export class ApiError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = new.target.name;
  }
}
