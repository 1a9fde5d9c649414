// Reading UCDP GED rows: the codebook's values mapped onto the model, and every way a row can be refused.
import { parseUcdpRow, ucdpDates, type ParsedUcdpRow, type UcdpRecord } from '../../../src/ucdp/parseUcdpRow';
import { sideKind } from '../../../src/ucdp/ucdpCodebook';

/** The Derna strike of 30 October 2017 as a GED row (written for these tests in GED's layout; not UCDP's own coding). */
const dernaStrike: UcdpRecord = {
  id: '244657',
  relid: 'LBY-2017-3-1203-12',
  year: '2017',
  active_year: '1',
  code_status: 'Clear',
  type_of_violence: '3',
  conflict_dset_id: '1203',
  conflict_new_id: '1203',
  conflict_name: 'Government of Egypt - Civilians',
  dyad_dset_id: '1203',
  dyad_new_id: '1203',
  dyad_name: 'Government of Egypt - Civilians',
  side_a_dset_id: '117',
  side_a_new_id: '117',
  side_a: 'Government of Egypt',
  side_b_dset_id: '1',
  side_b_new_id: '1',
  side_b: 'Civilians',
  number_of_sources: '3',
  source_article:
    'Agence France Presse,2017-10-31,Libya: air strikes kill 15 civilians in Derna;Libya Observer,2017-10-30,Airstrikes on Derna kill women and children',
  source_office: 'Agence France Presse;Libya Observer',
  source_date: '2017-10-31;2017-10-30',
  source_headline: 'Libya: air strikes kill 15 civilians in Derna;Airstrikes on Derna kill women and children',
  source_original: 'medical source;residents',
  where_prec: '1',
  where_coordinates: 'Darnah town',
  where_description: 'Derna',
  adm_1: 'Darnah district',
  adm_2: '',
  latitude: '32.7648',
  longitude: '22.6392',
  geom_wkt: 'POINT (22.6392 32.7648)',
  priogrid_gid: '176806',
  country: 'Libya',
  country_id: '620',
  region: 'Africa',
  event_clarity: '1',
  date_prec: '1',
  date_start: '2017-10-30 00:00:00.000',
  date_end: '2017-10-30 00:00:00.000',
  deaths_a: '0',
  deaths_b: '0',
  deaths_civilians: '16',
  deaths_unknown: '0',
  best: '16',
  high: '17',
  low: '15',
  gwnoa: '651',
  gwnob: '',
};

function parsed(overrides: UcdpRecord = {}): ParsedUcdpRow {
  const result = parseUcdpRow({ ...dernaStrike, ...overrides }, 2);
  if (!result.ok) throw new Error(`expected the row to parse: ${result.rejected.reason}`);
  return result.row;
}

function reasonFor(overrides: UcdpRecord): string {
  const result = parseUcdpRow({ ...dernaStrike, ...overrides }, 7);
  if (result.ok) throw new Error('expected the row to be rejected');
  expect(result.rejected.line).toBe(7);
  return result.rejected.reason;
}

test('a one-sided violence row: its day, its sides with their UCDP ids, its deaths and range', () => {
  expect(parsed()).toMatchObject({
    id: '244657',
    typeOfViolence: '3',
    startDate: '2017-10-30',
    endDate: '2017-10-30',
    datePrecision: 'DAY',
    sideA: { name: 'Government of Egypt', newId: '117', dsetId: '117', kind: 'GOVERNMENT', provisional: false },
    sideB: { name: 'Civilians', newId: '1', kind: 'CIVILIANS' },
    best: 16,
    low: 15,
    high: 17,
    deathsA: 0,
    deathsB: 0,
    deathsCivilians: 16,
    deathsUnknown: 0,
    numberOfSources: 3,
    wherePrec: 1,
    wherePrecInferred: false,
    whereCoordinates: 'Darnah town',
    adm1: 'Darnah district',
    adm2: undefined,
    latitude: 32.7648,
    longitude: 22.6392,
  });
  expect(parsed().dateNote).toBeUndefined();
});

test('each cited article keeps its outlet, date and headline together', () => {
  expect(parsed().articles).toEqual([
    {
      office: 'Agence France Presse',
      publishedOn: '2017-10-31',
      headline: 'Libya: air strikes kill 15 civilians in Derna',
    },
    { office: 'Libya Observer', publishedOn: '2017-10-30', headline: 'Airstrikes on Derna kill women and children' },
  ]);
});

test('NA, N/A, NULL and empty are missing in every column', () => {
  const row = parsed({
    adm_1: 'NA',
    deaths_unknown: 'N/A',
    high: 'NULL',
    relid: '',
    side_b_new_id: 'NA',
    gwnoa: 'NA',
    number_of_sources: 'NA',
  });
  expect(row).toMatchObject({
    adm1: undefined,
    deathsUnknown: undefined,
    high: undefined,
    relid: undefined,
    numberOfSources: undefined,
  });
  expect(row.sideB).toMatchObject({ name: 'Civilians', newId: undefined });
  expect(parsed({ side_a: 'Taleban', gwnoa: 'NA' }).sideA.kind).toBe('ARMED_GROUP');
});

test('number_of_sources -1 means unknown; pandas floats are whole numbers', () => {
  expect(parsed({ number_of_sources: '-1' }).numberOfSources).toBeUndefined();
  expect(parsed({ id: '244657.0', best: '16.0', where_prec: '1.0', type_of_violence: '3.0' })).toMatchObject({
    id: '244657',
    best: 16,
    wherePrec: 1,
    typeOfViolence: '3',
  });
});

test('the point comes from geom_wkt when latitude and longitude are missing', () => {
  expect(parsed({ latitude: '', longitude: 'NA' })).toMatchObject({ latitude: 32.7648, longitude: 22.6392 });
});

test('low above best, or best above high, is kept as UCDP gives it', () => {
  expect(parsed({ low: '18', best: '16', high: '15' })).toMatchObject({ low: 18, best: 16, high: 15 });
});

test.each([
  [{ id: '' }, 'id is missing'],
  [{ id: 'NA' }, 'id is missing'],
  [{ type_of_violence: '4' }, 'type_of_violence "4" is not 1 (state-based), 2 (non-state) or 3 (one-sided violence)'],
  [{ side_a: 'NA' }, 'side_a is missing'],
  [{ country: '' }, 'country is missing'],
  [{ date_start: '' }, 'date_start is missing'],
  [{ date_start: '2017-13-40 00:00:00.000' }, 'date_start "2017-13-40 00:00:00.000" is not a calendar date'],
  [{ date_end: '2017-10-29' }, 'date_end "2017-10-29" is before date_start "2017-10-30 00:00:00.000"'],
  [{ date_prec: '6' }, 'date_prec "6" is not 1 to 5'],
  [{ where_prec: '9' }, 'where_prec "9" is not 1 to 7'],
  [{ where_prec: 'exact' }, 'where_prec "exact" is not a whole number >= 1'],
  [{ latitude: '132.76' }, 'latitude "132.76" is not a number between -90 and 90'],
  [{ latitude: '', geom_wkt: '' }, 'latitude is missing (and geom_wkt gives no point)'],
  [{ best: '-2' }, 'best "-2" is not a whole number >= 0'],
  [{ deaths_civilians: 'many' }, 'deaths_civilians "many" is not a whole number >= 0'],
  [{ number_of_sources: '-3' }, 'number_of_sources "-3" is not a whole number >= -1'],
])('refuses %j: %s', (overrides, reason) => {
  expect(reasonFor(overrides as UcdpRecord)).toBe(reason);
});

test('a rejected row keeps its id for the report', () => {
  const result = parseUcdpRow({ ...dernaStrike, where_prec: '9' }, 5);
  expect(result).toEqual({
    ok: false,
    rejected: { line: 5, ucdpId: '244657', reason: 'where_prec "9" is not 1 to 7' },
  });
});

describe('date_prec and the dates', () => {
  const day = (iso: string) => ({
    year: Number(iso.slice(0, 4)),
    month: Number(iso.slice(5, 7)),
    day: Number(iso.slice(8, 10)),
  });

  test('1: the day', () => {
    expect(ucdpDates(day('2017-10-30'), day('2017-10-30'), 1)).toEqual({
      startDate: '2017-10-30',
      endDate: '2017-10-30',
      datePrecision: 'DAY',
      dateNote: undefined,
    });
  });

  test('2 and 3: the span of days UCDP gives, with a note', () => {
    expect(ucdpDates(day('2016-08-01'), day('2016-08-03'), 2)).toEqual({
      startDate: '2016-08-01',
      endDate: '2016-08-03',
      datePrecision: 'DAY',
      dateNote:
        'UCDP date_prec 2: the event spans 2 to 6 days, which are not known exactly; UCDP dates it 2016-08-01 to 2016-08-03.',
    });
    expect(ucdpDates(day('2017-05-14'), day('2017-05-20'), 3)).toMatchObject({
      startDate: '2017-05-14',
      endDate: '2017-05-20',
      datePrecision: 'DAY',
    });
  });

  test('4: a calendar month is MONTH; a month-long span across two months stays DAY', () => {
    expect(ucdpDates(day('2017-07-01'), day('2017-07-31'), 4)).toMatchObject({
      startDate: '2017-07-01',
      endDate: '2017-07-31',
      datePrecision: 'MONTH',
    });
    expect(ucdpDates(day('2017-07-15'), day('2017-08-14'), 4)).toMatchObject({
      startDate: '2017-07-15',
      endDate: '2017-08-14',
      datePrecision: 'DAY',
    });
  });

  test('5: a calendar year is YEAR', () => {
    expect(ucdpDates(day('2017-01-01'), day('2017-12-31'), 5)).toMatchObject({
      startDate: '2017-01-01',
      endDate: '2017-12-31',
      datePrecision: 'YEAR',
    });
  });

  test('a single day given with a month or year precision stands for that month or year', () => {
    expect(ucdpDates(day('2017-07-15'), day('2017-07-15'), 4)).toMatchObject({
      startDate: '2017-07-01',
      endDate: '2017-07-31',
      datePrecision: 'MONTH',
    });
    expect(ucdpDates(day('2017-07-15'), day('2017-07-15'), 5)).toMatchObject({
      startDate: '2017-01-01',
      endDate: '2017-12-31',
      datePrecision: 'YEAR',
    });
  });

  test('no date_prec: a span of days is kept and noted', () => {
    expect(ucdpDates(day('2017-07-01'), day('2017-07-03'), undefined)).toMatchObject({
      datePrecision: 'DAY',
      dateNote: 'UCDP gives a span of 3 days, 2017-07-01 to 2017-07-03.',
    });
  });
});

test('no where_prec: the level of the most precise place named', () => {
  expect(parsed({ where_prec: '' })).toMatchObject({ wherePrec: 2, wherePrecInferred: true });
  expect(parsed({ where_prec: 'NA', where_coordinates: '', adm_2: 'Derna' })).toMatchObject({ wherePrec: 3 });
  expect(parsed({ where_prec: '', where_coordinates: '', adm_1: 'Darnah district' })).toMatchObject({ wherePrec: 4 });
  expect(parsed({ where_prec: '', where_coordinates: '', adm_1: '' })).toMatchObject({ wherePrec: 6 });
});

test.each([
  ['Government of Libya', undefined, 'GOVERNMENT'],
  ['Governments of Iraq, United States', undefined, 'GOVERNMENT'],
  ['Forces of Khalifa al-Hasan Haftar', undefined, 'ARMED_GROUP'],
  ['Forces of Khalifa al-Hasan Haftar', '620', 'GOVERNMENT'],
  ['Civilians', undefined, 'CIVILIANS'],
  ['XXX475', undefined, 'UNKNOWN'],
  ['IS', undefined, 'ARMED_GROUP'],
] as const)('side "%s" (gwno %s) is %s', (name, gwno, kind) => {
  expect(sideKind(name, gwno)).toBe(kind);
});
