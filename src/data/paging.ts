// Offset cursors bound to the query and filters that made them, and page windows from Relay args.
import { createHash } from 'node:crypto';

import { BadInputError } from '../errors/BadInputError';
import { defaultPageSize } from '../vocabulary/pageSizes';

/** Which page of a list is asked for, as Relay's arguments say it (the GraphQL PageArgs are of this shape). */
export interface PageRequest {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

/** Where a page sits in the whole list. */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface PageEdge<T> {
  cursor: string;
  node: T;
}

/** A page of a list, shaped as a Relay connection: the GraphQL connection types serve it as it is. */
export interface Page<T> {
  edges: PageEdge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A fingerprint of the query and its filters: a cursor from any other query is refused. */
export function queryFingerprint(queryName: string, filters: unknown): string {
  return createHash('sha256')
    .update(`${queryName}:${JSON.stringify(filters ?? null)}`)
    .digest('base64url')
    .slice(0, 12);
}

export function encodeCursor(fingerprint: string, offset: number): string {
  return Buffer.from(`${fingerprint}:${offset}`).toString('base64url');
}

export function decodeCursor(argument: string, cursor: string, fingerprint: string): number {
  const [print, offsetText] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  const offset = Number(offsetText);
  if (print !== fingerprint || !Number.isInteger(offset) || offset < 0) {
    throw new BadInputError(
      argument,
      'this cursor does not belong to this query and these filters; start again without it',
    );
  }
  return offset;
}

export interface PageWindow {
  skip: number;
  limit: number;
}

/** The slice of the whole list a Relay request asks for, given the total it may need to count back from. */
export function pageWindow(args: PageRequest, fingerprint: string, total: number): PageWindow {
  if (args.first != null && args.last != null) throw new BadInputError('last', 'pass either first or last, not both');
  let start = args.after ? decodeCursor('after', args.after, fingerprint) + 1 : 0;
  let end = args.before ? decodeCursor('before', args.before, fingerprint) : total;
  end = Math.min(end, total);
  if (args.last != null) start = Math.max(start, end - args.last);
  else end = Math.min(end, start + (args.first ?? defaultPageSize));
  start = Math.min(start, end);
  return { skip: start, limit: end - start };
}

export function toConnection<T>(items: T[], window: PageWindow, total: number, fingerprint: string): Page<T> {
  const edges = items.map((node, i) => ({ node, cursor: encodeCursor(fingerprint, window.skip + i) }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasPreviousPage: window.skip > 0,
      hasNextPage: window.skip + items.length < total,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** A page found without counting the whole list (its totalCount was not asked for): whether more follow is known. */
export function toConnectionOfUnknownTotal<T>(
  items: T[],
  window: PageWindow,
  hasNextPage: boolean,
  fingerprint: string,
): Omit<Page<T>, 'totalCount'> {
  const { edges, pageInfo } = toConnection(
    items,
    window,
    window.skip + items.length + (hasNextPage ? 1 : 0),
    fingerprint,
  );
  return { edges, pageInfo };
}

/**
 * The hits of a page statement in page order. Statements number each hit (`position`) as they collect the page:
 * nested collects and UNIONs make no promise about the order the list comes back in.
 */
export function inPageOrder<T extends { position: number }>(hits: readonly T[]): T[] {
  return [...hits].sort((a, b) => a.position - b.position);
}
