// LocalDate sends dates in the shape Neo4j gives them as they are, and checks everything else as graphql-scalars does.
import { LocalDate } from '../../../src/schema/scalars';

test('sends a YYYY-MM-DD date as it is', () => {
  expect(LocalDate.serialize('2017-10-30')).toBe('2017-10-30');
});

test.each([
  ['not a string', 20171030],
  ['a date and time', '2017-10-30T00:00:00Z'],
  ['a day-first date', '30-10-2017'],
])('refuses to send %s', (_why, value) => {
  expect(() => LocalDate.serialize(value)).toThrow(/LocalDate|not string/);
});

test.each([
  ['an impossible day', '2017-02-30'],
  ['a month that does not exist', '2017-13-01'],
  ['a date and time', '2017-10-30T00:00:00Z'],
])('refuses %s from a client', (_why, value) => {
  expect(() => LocalDate.parseValue(value)).toThrow(/not a valid LocalDate/);
});
