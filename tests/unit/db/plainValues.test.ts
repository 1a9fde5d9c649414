import neo4j from 'neo4j-driver';

import { toPlain } from '../../../src/db/plainValues';

const { Date: CalendarDate, DateTime, Point, Node } = neo4j.types;

test('plain values, maps and lists come back as they are', () => {
  const row = { id: 'event:x', score: 0.5, open: true, none: null, tags: ['a', 'b'], nested: { deeper: { n: 3 } } };
  expect(toPlain(structuredClone(row))).toEqual(row);
});

test('driver values inside maps and lists become JSON-like', () => {
  const node = new Node(
    neo4j.int(7),
    ['Event'],
    { id: 'event:x', startDate: new CalendarDate(2024, 2, 29) },
    'element-7',
  );
  const row = {
    count: neo4j.int(42),
    big: BigInt(9),
    at: new DateTime(2026, 11, 24, 17, 2, 55, 831_000_000, 0),
    on: new CalendarDate(2017, 10, 30),
    where: new Point(4326, 22.64, 32.76),
    node,
    list: [neo4j.int(1), { day: new CalendarDate(2020, 1, 5) }],
    missing: undefined,
  };
  expect(toPlain(row)).toEqual({
    count: 42,
    big: 9,
    at: '2026-11-24T17:02:55.831Z',
    on: '2017-10-30',
    where: { latitude: 32.76, longitude: 22.64 },
    node: { id: 'event:x', startDate: '2024-02-29' },
    list: [1, { day: '2020-01-05' }],
    missing: null,
  });
});
