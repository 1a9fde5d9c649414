// Whether a tie holds on a day: open bounds, and MONTH or YEAR dates standing for their whole period.
import { tieHoldsOn } from '../../../src/derive/tieHoldsOn';

const tie = (validFrom: string | null, validTo: string | null, datePrecision: string | null) => ({
  validFrom,
  validTo,
  datePrecision,
});

test('an undated tie holds on any day', () => {
  expect(tieHoldsOn(tie(null, null, null), '1900-01-01')).toBe(true);
});

test('DAY bounds include both ends and nothing beyond', () => {
  const t = tie('2017-05-10', '2017-05-20', 'DAY');
  expect(['2017-05-09', '2017-05-10', '2017-05-20', '2017-05-21'].map((day) => tieHoldsOn(t, day))).toEqual([
    false,
    true,
    true,
    false,
  ]);
});

test('a MONTH validTo holds until the last day of that month, February of a leap year included', () => {
  expect(tieHoldsOn(tie('2017-05-01', '2017-05-01', 'MONTH'), '2017-05-31')).toBe(true);
  expect(tieHoldsOn(tie('2017-05-01', '2017-05-01', 'MONTH'), '2017-06-01')).toBe(false);
  expect(tieHoldsOn(tie(null, '2016-02-01', 'MONTH'), '2016-02-29')).toBe(true);
});

test('a YEAR validFrom holds from the first of January, even when stored mid-year', () => {
  expect(tieHoldsOn(tie('2014-07-01', null, 'YEAR'), '2014-01-01')).toBe(true);
  expect(tieHoldsOn(tie('2014-07-01', null, 'YEAR'), '2013-12-31')).toBe(false);
});

test('an open start or end leaves that side unbounded', () => {
  expect(tieHoldsOn(tie(null, '2015-01-01', 'YEAR'), '1800-06-01')).toBe(true);
  expect(tieHoldsOn(tie('2015-01-01', null, 'YEAR'), '2999-06-01')).toBe(true);
});
