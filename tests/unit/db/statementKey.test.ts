// The key of a request's reads: equal exactly when the statement would be sent alike.
import neo4j from 'neo4j-driver';

import { statementKey } from '../../../src/db/statementKey';

test('the same statement with the same parameters, in any key order, is one key', () => {
  const a = statementKey('eventsPage', {
    kinds: null,
    skip: neo4j.int(0),
    limit: neo4j.int(100),
    filter: { from: '2017-01-01', to: null },
  });
  const b = statementKey('eventsPage', {
    filter: { to: null, from: '2017-01-01' },
    limit: neo4j.int(100),
    skip: neo4j.int(0),
    kinds: null,
  });
  expect(a).toBe(b);
});

test.each<[string, Record<string, unknown>, Record<string, unknown>]>([
  ['another value', { ids: ['a'] }, { ids: ['b'] }],
  ['another order of a list', { ids: ['a', 'b'] }, { ids: ['b', 'a'] }],
  ['a driver Integer and a number', { limit: neo4j.int(7) }, { limit: 7 }],
  ['a number and its text', { limit: 7 }, { limit: '7' }],
  ['null and undefined', { from: null }, { from: undefined }],
  ['undefined and a missing key', { from: undefined }, {}],
  [
    'a Point and a map with its fields',
    { center: new neo4j.types.Point(4326, 1, 2) },
    { center: { srid: 4326, x: 1, y: 2 } },
  ],
  ['two Points', { center: new neo4j.types.Point(4326, 1, 2) }, { center: new neo4j.types.Point(4326, 1, 3) }],
  ['two dates', { from: new neo4j.types.Date(2017, 1, 1) }, { from: new neo4j.types.Date(2017, 1, 2) }],
  ['a string that looks like a list', { ids: '["a"]' }, { ids: ['a'] }],
])('%s are two keys', (_what, one, other) => {
  expect(statementKey('s', one)).not.toBe(statementKey('s', other));
});

test('another statement with the same parameters is another key', () => {
  expect(statementKey('actorsByIds', { ids: ['x'] })).not.toBe(statementKey('sourcesByIds', { ids: ['x'] }));
});
