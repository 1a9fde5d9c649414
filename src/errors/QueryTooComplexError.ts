// A query's estimated cost (fields times requested page sizes) is over the configured limit (MAX_QUERY_COST).
import { ApiError } from './ApiError';
import { ErrorCode } from './ErrorCode';

export class QueryTooComplexError extends ApiError {
  constructor(cost: number, maxCost: number) {
    super(
      `The query costs ${Number.isFinite(cost) ? cost : 'more than can be counted'} but the limit (MAX_QUERY_COST) is ${maxCost}; ask for smaller pages (first/last) or fewer nested lists.`,
      ErrorCode.QUERY_TOO_COMPLEX,
      { limit: 'MAX_QUERY_COST', maxCost, cost: Number.isFinite(cost) ? cost : null },
    );
  }
}
