// Relay paging windows and cursors bound to their query.
import {
  decodeCursor,
  encodeCursor,
  inPageOrder,
  pageWindow,
  queryFingerprint,
  toConnection,
} from '../../../src/data/paging';

const print = queryFingerprint('events', { kinds: ['AIRSTRIKE'] });

test('the first page holds 20 items by default', () => {
  expect(pageWindow({}, print, 100)).toEqual({ skip: 0, limit: 20 });
});

test('after a cursor, the page starts at the next item', () => {
  expect(pageWindow({ first: 5, after: encodeCursor(print, 9) }, print, 100)).toEqual({ skip: 10, limit: 5 });
});

test('last counts back from before', () => {
  expect(pageWindow({ last: 3, before: encodeCursor(print, 10) }, print, 100)).toEqual({ skip: 7, limit: 3 });
});

test('last with no cursor is the end of the list', () => {
  expect(pageWindow({ last: 3 }, print, 8)).toEqual({ skip: 5, limit: 3 });
});

test('a page past the end is empty, not an error', () => {
  expect(pageWindow({ first: 5, after: encodeCursor(print, 99) }, print, 10)).toEqual({ skip: 10, limit: 0 });
});

test('rejects a cursor made by another query or other filters', () => {
  const other = queryFingerprint('events', { kinds: ['SHELLING'] });
  expect(() => decodeCursor('after', encodeCursor(other, 3), print)).toThrow(
    /after: this cursor does not belong to this query/,
  );
  expect(() => decodeCursor('after', 'garbage', print)).toThrow(/does not belong/);
});

test('rejects first and last together', () => {
  expect(() => pageWindow({ first: 1, last: 1 }, print, 10)).toThrow(/either first or last/);
});

test('pageInfo says whether more items lie on either side', () => {
  const connection = toConnection(['c', 'd'], { skip: 2, limit: 2 }, 5, print);
  expect(connection.pageInfo.hasPreviousPage).toBe(true);
  expect(connection.pageInfo.hasNextPage).toBe(true);
  expect(decodeCursor('after', connection.pageInfo.endCursor as string, print)).toBe(3);
  expect(connection.totalCount).toBe(5);
});

test('hits of a page statement come back in the order of their positions, the given list untouched', () => {
  const given = [
    { position: 2, id: 'c' },
    { position: 0, id: 'a' },
    { position: 1, id: 'b' },
  ];
  expect(inPageOrder(given).map((hit) => hit.id)).toEqual(['a', 'b', 'c']);
  expect(given.map((hit) => hit.id)).toEqual(['c', 'a', 'b']);
});
