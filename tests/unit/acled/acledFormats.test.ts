// ACLED values as files of every vintage write them: dates, missing values, inter codes and labels, old event types,
// actor naming conventions, headers in any case and order, and CSV as spreadsheets, R and pandas leave it.
import { Readable } from 'node:stream';

import { actorKindOfName, parseAcledActorName } from '../../../src/acled/acledActorName';
import { acledTypesOf, cellValue, interCodeOf } from '../../../src/acled/acledCodebook';
import { acledLayoutOf, columnOf } from '../../../src/acled/acledLayout';
import { readCsv, sniffDelimiter, sniffEncoding, type CsvItem } from '../../../src/acled/csvReader';
import { parseAcledDate, parseAcledTimestamp, splitOutlets } from '../../../src/acled/parseAcledRow';
import { ApiError } from '../../../src/errors/ApiError';

test.each([
  ['2017-10-30', undefined],
  ['30 October 2017', undefined],
  ['30-Oct-17', 2017],
  ['30-Oct-17', undefined],
  ['30/10/2017', undefined],
  ['30-10-2017', undefined],
  ['2017-10-30 00:00:00', undefined],
  ['2017-10-30T00:00:00Z', undefined],
  ['2017-10-30 00:00:00.000', undefined],
  ['October 30, 2017', undefined],
  ['Oct 30 2017', undefined],
  ['30 Oct, 2017', undefined],
  ['30 Oct 2017', undefined],
  ['10/30/2017', undefined],
  ['43038', undefined],
  ['30/10/17 0:00', 2017],
])('reads %s as 30 October 2017', (text, year) => {
  expect(parseAcledDate(text as string, year as number | undefined)).toEqual({ year: 2017, month: 10, day: 30 });
});

test('two-digit years and day-first numeric dates', () => {
  expect(parseAcledDate('9-May-20')).toEqual({ year: 2020, month: 5, day: 9 });
  expect(parseAcledDate('16-Feb-19')).toEqual({ year: 2019, month: 2, day: 16 });
  expect(parseAcledDate('12-Jan-98')).toEqual({ year: 1998, month: 1, day: 12 });
  // The row's year settles the century.
  expect(parseAcledDate('12-Jan-98', 1998)).toEqual({ year: 1998, month: 1, day: 12 });
  // Numeric dates are day first (ACLED's older files): 05/03/2011 is the 5th of March.
  expect(parseAcledDate('05/03/2011')).toEqual({ year: 2011, month: 3, day: 5 });
  expect(parseAcledDate('18/04/2001')).toEqual({ year: 2001, month: 4, day: 18 });
  for (const bad of ['31 June 2017', '26 Mai 2017', '2017-13-40', '32/01/2017', 'yesterday', ''])
    expect(parseAcledDate(bad)).toBeUndefined();
});

test('timestamps as Unix seconds, from pandas, in milliseconds or as date-times', () => {
  expect(parseAcledTimestamp('1550588555')).toBe(1550588555);
  expect(parseAcledTimestamp('1550588555.0')).toBe(1550588555);
  expect(parseAcledTimestamp('1550588555000')).toBe(1550588555);
  expect(parseAcledTimestamp('2019-02-19 15:02:35')).toBe(1550588555);
  expect(parseAcledTimestamp('-5')).toBeUndefined();
  expect(parseAcledTimestamp('soon')).toBeUndefined();
});

test('NA, N/A, NULL and blanks are missing in every column; a value that merely starts with NA is a value', () => {
  for (const missing of ['', ' ', 'NA', 'na', 'N/A', '#N/A', 'NULL', 'null', 'NaN', 'None', '<NA>'])
    expect(cellValue(missing)).toBe('');
  expect(cellValue(' NA (Jrada) ')).toBe('NA (Jrada)');
  expect(cellValue('Nairobi')).toBe('Nairobi');
  expect(splitOutlets('Al Wasat, Libya Herald; NA;Reuters')).toEqual(['Al Wasat', 'Libya Herald', 'Reuters']);
});

test.each([
  ['1', '1'],
  ['1.0', '1'],
  [' 7 ', '7'],
  ['0', ''],
  ['', ''],
  ['9', ''],
  ['State forces', '1'],
  ['State Forces', '1'],
  ['Rebel group', '2'],
  ['Rebel Groups', '2'],
  ['Political militia', '3'],
  ['Identity Militias', '4'],
  ['Rioters', '5'],
  ['Protesters', '6'],
  ['Protestors', '6'],
  ['Civilians', '7'],
  ['External/Other forces', '8'],
  ['External/other forces', '8'],
  ['Sole actor', ''],
])('inter %p is code %p', (inter, code) => {
  expect(interCodeOf(inter)).toBe(code);
});

test("old event types map onto today's types, general where the old type cannot tell the sub-type", () => {
  expect(acledTypesOf('Battle-No change of territory', '', ['1', '2'])).toEqual({
    eventType: 'Battles',
    subEventType: 'Armed clash',
    kind: 'ARMED_CLASH',
    fromOldType: true,
  });
  expect(acledTypesOf('Battle-Non-state actors overtake territory', '', [])).toMatchObject({
    subEventType: 'Non-state actor overtakes territory',
    kind: 'TERRITORY_CHANGE',
  });
  expect(acledTypesOf('Remote violence', '', ['3', '1'])).toEqual({
    eventType: 'Explosions/Remote violence',
    subEventType: undefined,
    kind: 'ATTACK',
    fromOldType: true,
  });
  expect(acledTypesOf('Riots/Protests', '', ['6', ''])).toMatchObject({
    eventType: 'Protests',
    subEventType: undefined,
    kind: 'PROTEST',
  });
  expect(acledTypesOf('Riots/Protests', '', ['1', '5'])).toMatchObject({ eventType: 'Riots', subEventType: undefined });
  expect(acledTypesOf('RIots/Protests ', '', ['5', ''])).toMatchObject({ eventType: 'Riots' });
  expect(acledTypesOf('Strategic development', '', [])).toMatchObject({
    eventType: 'Strategic developments',
    subEventType: undefined,
    kind: 'OTHER',
  });
  expect(acledTypesOf('Headquarters or base established', '', [])).toMatchObject({
    eventType: 'Strategic developments',
    subEventType: 'Headquarters or base established',
  });
  // Today's types, in other capitals, with their sub-types; an unknown sub-type is kept, its kind from the type.
  expect(acledTypesOf('Explosions/remote violence', 'air/drone strike', [])).toEqual({
    eventType: 'Explosions/Remote violence',
    subEventType: 'Air/drone strike',
    kind: 'AIRSTRIKE',
    fromOldType: false,
  });
  expect(acledTypesOf('Protests', 'Excessive force against protestors', [])).toMatchObject({
    subEventType: 'Excessive force against protesters',
  });
  expect(acledTypesOf('Battles', 'Something new', [])).toMatchObject({
    subEventType: 'Something new',
    kind: 'ARMED_CLASH',
  });
  expect(acledTypesOf('Skirmish', '', [])).toBeUndefined();
});

test.each([
  [
    'Military Forces of Egypt (2014-)',
    { stateBody: 'Military Forces', country: 'Egypt', since: 2014, baseName: 'Military Forces of Egypt' },
    'ARMED_FORCES',
  ],
  [
    'Military Forces of Sudan (2011-2019, Omar al-Bashir)',
    { country: 'Sudan', since: 2011, until: 2019, qualifier: 'Omar al-Bashir' },
    'ARMED_FORCES',
  ],
  [
    'Military Forces of Libya (2014-) Haftar Faction',
    { country: 'Libya', since: 2014, qualifier: 'Haftar Faction' },
    'ARMED_FORCES',
  ],
  ['Police Forces of Libya (2014-)', { stateBody: 'Police Forces', country: 'Libya', since: 2014 }, 'ARMED_FORCES'],
  [
    'Military Forces of the United States',
    { stateBody: 'Military Forces', country: 'United States', baseName: 'Military Forces of United States' },
    'ARMED_FORCES',
  ],
  [
    'Government of Yemen (2017-) Houthi',
    { stateBody: 'Government', country: 'Yemen', since: 2017, qualifier: 'Houthi' },
    'GOVERNMENT',
  ],
  [
    'Unidentified Armed Group (Libya)',
    { baseName: 'Unidentified Armed Group', country: 'Libya', generic: 'unidentified' },
    'UNKNOWN',
  ],
  ['Civilians (Libya)', { baseName: 'Civilians', country: 'Libya', generic: 'civilians' }, 'CIVILIANS'],
  [
    'Protesters (International)',
    { baseName: 'Protesters', country: 'International', generic: 'protesters' },
    undefined,
  ],
  ['TTP: Tehrik-i-Taliban', { acronym: 'TTP', baseName: 'Tehrik-i-Taliban' }, undefined],
  [
    'MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)',
    {
      acronym: 'MINUSMA',
      baseName: 'United Nations Multidimensional Integrated Stabilization Mission in Mali',
      since: 2013,
    },
    undefined,
  ],
  ['M23: March 23 Movement', { acronym: 'M23', baseName: 'March 23 Movement' }, undefined],
  ['Islamic State (Libya)', { baseName: 'Islamic State', country: 'Libya' }, undefined],
  ['Wagner Group', { baseName: 'Wagner Group' }, undefined],
  ['Note: something', { baseName: 'Note: something' }, undefined],
])('%s', (name, parts, kind) => {
  const parsed = parseAcledActorName(name);
  expect(parsed).toMatchObject(parts);
  expect(actorKindOfName(parsed)).toBe(kind);
});

test('header columns are found in any case, order and spelling of any vintage; extra columns are ignored', () => {
  expect(columnOf('EVENT_ID_CNTY')).toBe('event_id_cnty');
  expect(columnOf('event.id.cnty')).toBe('event_id_cnty');
  expect(columnOf('\uFEFFevent_id_cnty')).toBe('event_id_cnty');
  expect(columnOf('ALLY_ACTOR_1')).toBe('assoc_actor_1');
  expect(columnOf('population_best')).toBeUndefined();
  const layout = acledLayoutOf([
    'Notes',
    'LATITUDE',
    'event_date',
    'EVENT_TYPE',
    'actor1',
    'Country',
    'location',
    'longitude',
    'Event_ID_Cnty',
    'my own column',
  ]);
  expect(layout).toMatchObject({ vintage: 'pre-2019', width: 10, ignoredColumns: ['my own column'] });
  expect(
    layout.recordOf(['a note', ' 32.1 ', '2017-01-01', 'Battles', 'NA', 'Libya', 'Derna', '22.6', 'LBY1', 'x']),
  ).toEqual({
    notes: 'a note',
    latitude: '32.1',
    event_date: '2017-01-01',
    event_type: 'Battles',
    actor1: '',
    country: 'Libya',
    location: 'Derna',
    longitude: '22.6',
    event_id_cnty: 'LBY1',
  });
  expect(
    acledLayoutOf([
      'GWNO',
      'EVENT_ID_CNTY',
      'EVENT_DATE',
      'EVENT_TYPE',
      'ACTOR1',
      'ALLY_ACTOR_1',
      'COUNTRY',
      'LOCATION',
      'LATITUDE',
      'LONGITUDE',
    ]).vintage,
  ).toBe('africa-gwno');
  let error: unknown;
  try {
    acledLayoutOf(['id', 'date', 'place']);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).message).toMatch(
    /lacks ACLED columns event_id_cnty, event_date, event_type, actor1, country, location, latitude, longitude/,
  );
});

async function itemsOf(input: string | Buffer, chunk = 5): Promise<CsvItem[]> {
  const stream =
    typeof input === 'string'
      ? input
      : Readable.from(
          (function* () {
            for (let i = 0; i < input.length; i += chunk) yield input.subarray(i, i + chunk);
          })(),
        );
  const items: CsvItem[] = [];
  for await (const batch of readCsv(stream, { maxQuotedChars: 50 })) items.push(...batch);
  return items;
}

const records = (items: CsvItem[]) =>
  items.map((item) => (item.kind === 'record' ? [item.line, ...item.fields] : [item.line, `error: ${item.reason}`]));

test('CSV: CRLF, a BOM, quoted separators, line breaks and doubled quotes, blank lines, a last line without a break', async () => {
  const text = '\uFEFFa,b\r\n1,"x, ""y"""\r\n\r\n2,"two\r\nlines"\r\n3,z';
  expect(records(await itemsOf(Buffer.from(text, 'utf8')))).toEqual([
    [1, 'a', 'b'],
    [2, '1', 'x, "y"'],
    [4, '2', 'two\nlines'],
    [6, '3', 'z'],
  ]);
});

test('CSV: a stray quote costs its own row only, and a file cut inside a quoted field says so', async () => {
  expect(records(await itemsOf('a,b\n1,"2"x\n3,4\n5,"never closed\n6,7\n'))).toEqual([
    [1, 'a', 'b'],
    [2, expect.stringMatching(/^error: Invalid Closing Quote/)],
    [3, '3', '4'],
    [4, expect.stringMatching(/^error: the file ends inside a quoted field/)],
    [5, '6', '7'],
  ]);
});

test('CSV: encodings and separators are recognised', async () => {
  expect(sniffEncoding(Buffer.from('caf\u00e9', 'utf8'))).toBe('utf-8');
  expect(sniffEncoding(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toBe('windows-1252');
  expect(sniffEncoding(Buffer.from([0xff, 0xfe, 0x61, 0x00]))).toBe('utf-16le');
  // A multi-byte character cut at the end of the sample is still UTF-8.
  expect(sniffEncoding(Buffer.from('abc\u00e9', 'utf8').subarray(0, 4), false)).toBe('utf-8');
  expect(sniffEncoding(Buffer.from('abc\u00e9', 'utf8').subarray(0, 4))).toBe('windows-1252');
  expect(sniffDelimiter('a;b;c')).toBe(';');
  expect(sniffDelimiter('a\tb\tc')).toBe('\t');
  expect(sniffDelimiter('"a;b",c,d')).toBe(',');
  expect(records(await itemsOf(Buffer.from([0x61, 0x3b, 0x62, 0x0a, 0xe9, 0x3b, 0x92, 0x0a]), 3))).toEqual([
    [1, 'a', 'b'],
    [2, '\u00e9', '\u2019'],
  ]);
  expect(records(await itemsOf(Buffer.from('\ufeffa,b\n1,2\n', 'utf16le').subarray(0), 4))).toEqual([
    [1, 'a', 'b'],
    [2, '1', '2'],
  ]);
});
