// Values as dataset exports write them: missing markers, dates with times, pandas floats, WKT points, grouped rejections.
import { dayMonthOrderOf, readDatasetDate } from '../../../src/datasets/datasetDates';
import { pointOfWkt, readDegrees, readWholeNumber } from '../../../src/datasets/datasetNumbers';
import { presentValue, splitListInStep } from '../../../src/datasets/missingValues';
import { groupRejections } from '../../../src/datasets/rejections';

test.each(['', '  ', 'NA', 'na', 'N/A', 'NULL', 'NaN', 'None', '#N/A'])('"%s" is a missing value', (text) => {
  expect(presentValue(text)).toBeUndefined();
});

test('a value is trimmed, and "NAB" or "Nairobi" are values', () => {
  expect([presentValue(' Darnah town '), presentValue('NAB'), presentValue('Nairobi')]).toEqual([
    'Darnah town',
    'NAB',
    'Nairobi',
  ]);
});

test('semicolon lists keep their places, so parallel lists stay in step', () => {
  expect(splitListInStep('Agence France Presse;NA; Libya  Observer ')).toEqual([
    'Agence France Presse',
    undefined,
    'Libya Observer',
  ]);
  expect(splitListInStep('NA')).toEqual([]);
});

test.each([
  ['2017-10-30', '2017-10-30'],
  ['2017-10-30 00:00:00.000', '2017-10-30'],
  ['2017-10-30 00:00:00', '2017-10-30'],
  ['2017-10-30T00:00:00Z', '2017-10-30'],
  ['2017-10-30T00:00:00+02:00', '2017-10-30'],
  ['2017/10/30', '2017-10-30'],
  ['30/10/2017', '2017-10-30'],
  ['10/30/2017 0:00', '2017-10-30'],
  ['10/30/17 12:00 AM', '2017-10-30'],
  ['05/05/2017', '2017-05-05'],
  ['30 October 2017', '2017-10-30'],
  ['30-Oct-17', '2017-10-30'],
  ['2-Sept-1989', '1989-09-02'],
])('"%s" reads as %s', (text, iso) => {
  const reading = readDatasetDate(text);
  expect(
    reading.ok &&
      `${reading.date.year}-${String(reading.date.month).padStart(2, '0')}-${String(reading.date.day).padStart(2, '0')}`,
  ).toBe(iso);
});

test("05/10/2017 is read the way round the file's other dates show", () => {
  expect([
    dayMonthOrderOf('30/10/2017'),
    dayMonthOrderOf('10/30/2017 0:00'),
    dayMonthOrderOf('05/10/2017'),
    dayMonthOrderOf('2017-10-05'),
  ]).toEqual(['day-first', 'month-first', 'either', undefined]);
  expect(readDatasetDate('05/10/2017', 'day-first')).toEqual({ ok: true, date: { year: 2017, month: 10, day: 5 } });
  expect(readDatasetDate('05/10/2017', 'month-first')).toEqual({ ok: true, date: { year: 2017, month: 5, day: 10 } });
  // A date that shows its own order is read that way whatever the file's order.
  expect(readDatasetDate('30/10/2017', 'month-first')).toEqual({ ok: true, date: { year: 2017, month: 10, day: 30 } });
});

test('dates that are not dates, or could be read two ways, say why', () => {
  expect(readDatasetDate('2017-13-40 00:00:00.000')).toEqual({ ok: false, problem: 'is not a calendar date' });
  expect(readDatasetDate('2017-02-29')).toEqual({ ok: false, problem: 'is not a calendar date' });
  expect(readDatasetDate('05/10/2017')).toEqual({
    ok: false,
    problem: expect.stringMatching(/day-first or month-first, and no other date in the file says which/),
  });
  expect(readDatasetDate('30-Foo-17')).toEqual({ ok: false, problem: 'names no month ("Foo")' });
  expect(readDatasetDate('last Tuesday')).toEqual({ ok: false, problem: expect.stringMatching(/^is not a date/) });
});

test('whole numbers accept pandas floats and refuse fractions, negatives and words', () => {
  expect(readWholeNumber('best', '15')).toEqual({ ok: true, value: 15 });
  expect(readWholeNumber('best', '15.0')).toEqual({ ok: true, value: 15 });
  expect(readWholeNumber('best', 'NA')).toEqual({ ok: true, value: undefined });
  expect(readWholeNumber('number_of_sources', '-1', -1)).toEqual({ ok: true, value: -1 });
  expect(readWholeNumber('best', '-2')).toEqual({ ok: false, reason: 'best "-2" is not a whole number >= 0' });
  expect(readWholeNumber('best', '2.5')).toEqual({ ok: false, reason: 'best "2.5" is not a whole number >= 0' });
  expect(readWholeNumber('best', 'ten')).toEqual({ ok: false, reason: 'best "ten" is not a whole number >= 0' });
});

test('coordinates are bounded, and a WKT point is read longitude first', () => {
  expect(readDegrees('latitude', '32.7648', 90)).toEqual({ ok: true, value: 32.7648 });
  expect(readDegrees('latitude', '132.76', 90)).toEqual({
    ok: false,
    reason: 'latitude "132.76" is not a number between -90 and 90',
  });
  expect(pointOfWkt('POINT (22.6392 32.7648)')).toEqual({ latitude: 32.7648, longitude: 22.6392 });
  expect(pointOfWkt('POINT (17 132.76)')).toBeUndefined();
});

test('rejections group by the rule they broke, with their lines', () => {
  expect(
    groupRejections([
      { line: 9, reason: 'latitude "132.76" is not a number between -90 and 90' },
      { line: 4, reason: 'id is missing' },
      { line: 3, reason: 'latitude "95" is not a number between -90 and 90' },
      { line: 12, reason: 'has 6 fields where the header has 49' },
    ]),
  ).toEqual([
    { reason: 'latitude "…" is not a number between -90 and 90', count: 2, lines: [3, 9] },
    { reason: 'id is missing', count: 1, lines: [4] },
    { reason: 'has N fields where the header has 49', count: 1, lines: [12] },
  ]);
});
