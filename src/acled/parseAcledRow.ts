// Reads one ACLED row, of any vintage, into checked, typed values, or says why the row cannot be imported.
import { monthOfName } from '../datasets/datasetDates';
import { lastDayCovered, parseIsoDate, type CalendarDate } from '../dates/isoDates';
import type { ActorKind, DatePrecision, EventKind, InvolvementRole } from '../ingest/bundle.types';
import { actorKindOfName, parseAcledActorName } from './acledActorName';
import {
  acledEventTypes,
  acledGeoPrecisions,
  acledOldEventTypes,
  acledTypesOf,
  actorKindOfCode,
  cellValue,
  interCodeOf,
  secondActorRole,
  type AcledColumn,
} from './acledCodebook';
import type { AcledRecord } from './acledLayout';

export type { AcledRecord } from './acledLayout';

export interface AcledActorMention {
  name: string;
  /** ACLED's inter code for this actor in this row ('1'..'8'); '' for associated actors, which have none. */
  inter: string;
  /** The kind this one mention suggests (the importer settles an actor's kind over all its mentions). */
  kind: ActorKind;
}

export interface AcledPlaces {
  country: string;
  admin1?: string;
  admin2?: string;
  admin3?: string;
  location: string;
}

export interface ParsedAcledRow {
  line: number;
  eventIdCnty: string;
  /** Today's event type and sub-event type (a pre-2019 type read through the table); subEventType absent when general. */
  eventType: string;
  subEventType?: string;
  /** The types as the file writes them. */
  originalEventType: string;
  originalSubEventType?: string;
  disorderType?: string;
  kind: EventKind;
  /** ISO dates of the range the event may fall in. */
  startDate: string;
  endDate: string;
  datePrecision: DatePrecision;
  dateNote?: string;
  actor1: AcledActorMention;
  assocActors1: AcledActorMention[];
  actor2?: AcledActorMention;
  assocActors2: AcledActorMention[];
  /** The role of actor2 and its associates in ACLED's attribution claim. */
  actor2Role: InvolvementRole;
  civilianTargeting: boolean;
  places: AcledPlaces;
  latitude: number;
  longitude: number;
  /** ACLED's geo_precision: 1 the town, 2 near the town, 3 only the region is known. */
  geoPrecisionCode: '1' | '2' | '3';
  outlets: string[];
  notes?: string;
  fatalities?: number;
  sourceScale?: string;
  tags?: string;
  /** ACLED's `timestamp`: Unix seconds of the row's last change, its version. */
  timestamp?: number;
  /** The day of `timestamp`, as an ISO date. */
  recordedOn?: string;
}

export interface RejectedAcledRow {
  line: number;
  eventIdCnty: string | null;
  reason: string;
  /** The reason without the row's own values, to group rows rejected alike ("event_date is not a date"). */
  rule?: string;
}

export type ParseResult = { ok: true; row: ParsedAcledRow } | { ok: false; rejected: RejectedAcledRow };

const maxIdLength = 150;

/** A two-digit year: the century of `year` when given and it agrees, else 1990-2089 (ACLED begins in 1997). */
function fullYear(text: string, yearHint: number | undefined): number {
  if (text.length === 4) return Number(text);
  const yy = Number(text);
  if (yearHint !== undefined && yearHint % 100 === yy) return yearHint;
  return yy >= 90 ? 1900 + yy : 2000 + yy;
}

function dateOf(year: number, month: number, day: number): CalendarDate | undefined {
  return parseIsoDate(
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );
}

const timeSuffix = /[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[AP]M)?(?: ?(?:Z|UTC|[+-]\d{2}:?\d{2}))?$/i;

/**
 * ACLED dates as exports write them: 2017-10-30 (API), 30 October 2017 (export tool), 30-Oct-17 or 9-May-20 (saved by a
 * spreadsheet), 30/10/2017 (older files, day first), October 30, 2017, with or without a time (2017-10-30 00:00:00), or a
 * spreadsheet's day number. A numeric date is read day first unless only month first makes sense (10/30/2017).
 * `yearHint` (the row's `year`) settles the century of a two-digit year.
 */
export function parseAcledDate(text: string, yearHint?: number): CalendarDate | undefined {
  // Files repeat their dates row after row: each text is read once.
  const key = yearHint === undefined ? text : `${text}|${yearHint}`;
  if (datesRead.has(key)) return datesRead.get(key);
  const date = readDate(text, yearHint);
  if (datesRead.size >= 50_000) datesRead.clear();
  datesRead.set(key, date);
  return date;
}

const datesRead = new Map<string, CalendarDate | undefined>();

function readDate(text: string, yearHint: number | undefined): CalendarDate | undefined {
  const value = text.trim().replace(timeSuffix, '').trim();
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  if (match) return dateOf(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[\s-]+([A-Za-z]{3,9}\.?)[\s,-]+(\d{4}|\d{2})$/.exec(value);
  if (match) {
    const month = monthOfName(match[2]);
    return month > 0 ? dateOf(fullYear(match[3], yearHint), month, Number(match[1])) : undefined;
  }
  match = /^([A-Za-z]{3,9}\.?)[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})$/.exec(value);
  if (match) {
    const month = monthOfName(match[1]);
    return month > 0 ? dateOf(Number(match[3]), month, Number(match[2])) : undefined;
  }
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(value);
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), fullYear(match[3], yearHint)];
    return second > 12 && first <= 12 ? dateOf(year, first, second) : dateOf(year, second, first);
  }
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (match) return dateOf(Number(match[1]), Number(match[2]), Number(match[3]));
  if (/^\d{5}(?:\.0+)?$/.test(value)) {
    // A spreadsheet's serial day number (1900 system; 1899-12-30 is day 0).
    const serial = Math.trunc(Number(value));
    if (serial >= 32874 && serial <= 73051) {
      const day = new Date(Date.UTC(1899, 11, 30 + serial));
      return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
    }
  }
  return undefined;
}

/** ACLED's `timestamp` (Unix seconds, "1550588555.0" from pandas, milliseconds, or an ISO date-time) as Unix seconds. */
export function parseAcledTimestamp(text: string): number | undefined {
  if (/^\d+(?:\.0+)?$/.test(text)) {
    const value = Math.trunc(Number(text));
    return value > 100_000_000_000 ? Math.trunc(value / 1000) : value;
  }
  if (/^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) {
    const withZone = /[zZ]|[+-]\d{2}:?\d{2}$/.test(text) || text.length === 10 ? text : `${text.replace(' ', 'T')}Z`;
    const millis = Date.parse(withZone);
    return Number.isNaN(millis) || millis < 0 ? undefined : Math.trunc(millis / 1000);
  }
  return undefined;
}

export function isoOf(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** ACLED's time_precision as a date range: 1 the day, 2 the week around the date, 3 the month. */
function datesOf(date: CalendarDate, precision: string, isoText: string) {
  if (precision === '2') {
    return {
      startDate: isoOf(addDays(date, -3)),
      endDate: isoOf(addDays(date, 3)),
      datePrecision: 'DAY' as const,
      dateNote: `ACLED time_precision 2: sometime in the week around ${isoText}, the date ACLED gives.`,
    };
  }
  if (precision === '3') {
    const first = { ...date, day: 1 };
    return {
      startDate: isoOf(first),
      endDate: isoOf(lastDayCovered(first, 'MONTH')),
      datePrecision: 'MONTH' as const,
      dateNote: `ACLED time_precision 3: only the month is known; ACLED dates it ${isoText}.`,
    };
  }
  return { startDate: isoText, endDate: isoText, datePrecision: 'DAY' as const };
}

/** Splits ACLED's semicolon-separated lists (assoc_actor_1, tags), dropping blanks, missing-value words and repeats. */
export function splitList(text: string | undefined, separators: RegExp = /;/): string[] {
  return [
    ...new Set(
      (text ?? '')
        .split(separators)
        .map((part) => part.trim().replace(/\s+/g, ' '))
        .filter((part) => part !== '' && !/^(na|n\/a|null)$/i.test(part)),
    ),
  ];
}

/** Outlets in `source`: separated by "; " since 2019, by ", " in some older files ("Al Wasat, Libya Herald"). */
export function splitOutlets(text: string | undefined): string[] {
  return splitList(text, /[;,]/);
}

/** A small whole number as exports write it: "2", "2.0" (pandas writes integer columns with gaps as floats). */
function codeOf(text: string): string {
  const match = /^(\d+)(?:\.0+)?$/.exec(text);
  return match ? String(Number(match[1])) : text;
}

/** A coordinate, also with a decimal comma (a file saved in a European locale). */
function coordinateOf(text: string): number {
  return Number(/^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text);
}

const knownTypes = [
  ...Object.keys(acledEventTypes),
  ...Object.keys(acledOldEventTypes).filter((name) => !(name in acledEventTypes)),
];

/** The kind an actor's name alone says (ACLED's conventions), each name read once. */
const namedKinds = new Map<string, ActorKind | undefined>();
function kindOfName(name: string): ActorKind | undefined {
  if (namedKinds.has(name)) return namedKinds.get(name);
  const kind = actorKindOfName(parseAcledActorName(name));
  if (namedKinds.size >= 50_000) namedKinds.clear();
  namedKinds.set(name, kind);
  return kind;
}

export function parseAcledRow(record: AcledRecord, line: number): ParseResult {
  // Cells come trimmed and with NA, N/A, NULL... blanked from acledLayout; a record built by hand is cleaned the same way.
  const field = (column: AcledColumn) => cellValue(record[column]);
  const eventIdCnty = field('event_id_cnty');
  const reject = (rule: string, reason: string = rule): ParseResult => ({
    ok: false,
    rejected: { line, eventIdCnty: eventIdCnty || null, reason, rule },
  });

  if (eventIdCnty === '') return reject('event_id_cnty is missing');
  if (eventIdCnty.length > maxIdLength || /\s/.test(eventIdCnty)) {
    return reject(
      'event_id_cnty is not an ACLED event id',
      `event_id_cnty "${eventIdCnty.slice(0, 40)}" is not an ACLED event id (no spaces, at most ${maxIdLength} characters)`,
    );
  }

  const yearText = codeOf(field('year'));
  if (yearText !== '' && !/^\d{4}$/.test(yearText))
    return reject('year is not a year', `year "${yearText}" is not a year`);
  const year = yearText === '' ? undefined : Number(yearText);
  const dateText = field('event_date');
  const date = parseAcledDate(dateText, year);
  if (!date) {
    return reject(
      'event_date is not a date',
      dateText === ''
        ? 'event_date is missing'
        : `event_date "${dateText}" is not a date (read: 2017-10-30, 30 October 2017, 30-Oct-17, 30/10/2017, October 30, 2017)`,
    );
  }
  if (year !== undefined && year !== date.year)
    return reject('year does not match event_date', `year ${year} does not match event_date ${dateText}`);
  const timePrecision = codeOf(field('time_precision')) || '1';
  if (!['1', '2', '3'].includes(timePrecision))
    return reject('time_precision is not 1, 2 or 3', `time_precision "${timePrecision}" is not 1, 2 or 3`);

  const inter1 = interCodeOf(field('inter1'));
  const inter2 = interCodeOf(field('inter2'));
  const types = acledTypesOf(field('event_type'), field('sub_event_type'), [inter1, inter2]);
  if (!types) {
    return reject(
      "event_type is not one of ACLED's",
      field('event_type') === ''
        ? 'event_type is missing'
        : `event_type "${field('event_type')}" is not one of ACLED's: ${knownTypes.join(', ')}`,
    );
  }

  const actor1Name = field('actor1');
  if (actor1Name === '') return reject('actor1 is missing');

  const country = field('country');
  const location = field('location');
  if (country === '') return reject('country is missing');
  if (location === '') return reject('location is missing');

  const latitude = coordinateOf(field('latitude'));
  const longitude = coordinateOf(field('longitude'));
  if (field('latitude') === '' || !Number.isFinite(latitude) || latitude < -90 || latitude > 90) {
    return reject(
      'latitude is not a number between -90 and 90',
      `latitude "${field('latitude')}" is not a number between -90 and 90`,
    );
  }
  if (field('longitude') === '' || !Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
    return reject(
      'longitude is not a number between -180 and 180',
      `longitude "${field('longitude')}" is not a number between -180 and 180`,
    );
  }
  const geoPrecisionCode = codeOf(field('geo_precision')) || '1';
  if (!(geoPrecisionCode in acledGeoPrecisions))
    return reject('geo_precision is not 1, 2 or 3', `geo_precision "${geoPrecisionCode}" is not 1, 2 or 3`);

  let fatalities: number | undefined;
  if (field('fatalities') !== '') {
    fatalities = Number(codeOf(field('fatalities')));
    if (!Number.isInteger(fatalities) || fatalities < 0)
      return reject(
        'fatalities is not a whole number >= 0',
        `fatalities "${field('fatalities')}" is not a whole number >= 0`,
      );
  }

  let timestamp: number | undefined;
  let recordedOn: string | undefined;
  if (field('timestamp') !== '') {
    timestamp = parseAcledTimestamp(field('timestamp'));
    if (timestamp === undefined)
      return reject(
        'timestamp is not a Unix time in seconds',
        `timestamp "${field('timestamp')}" is not a Unix time in seconds`,
      );
    recordedOn = new Date(timestamp * 1000).toISOString().slice(0, 10);
  }

  const mention = (name: string, inter: string): AcledActorMention => ({
    name: name.replace(/\s+/g, ' '),
    inter,
    kind: kindOfName(name) ?? actorKindOfCode(inter) ?? 'OTHER',
  });
  const actor2Name = field('actor2');
  const civilianTargeting = field('civilian_targeting') !== '';
  const optional = (column: AcledColumn) => field(column) || undefined;
  const originalSubEventType = optional('sub_event_type');

  return {
    ok: true,
    row: {
      line,
      eventIdCnty,
      eventType: types.eventType,
      subEventType: types.subEventType,
      originalEventType: field('event_type').replace(/\s+/g, ' '),
      originalSubEventType,
      disorderType: optional('disorder_type'),
      kind: types.kind,
      ...datesOf(date, timePrecision, isoOf(date)),
      actor1: mention(actor1Name, inter1),
      assocActors1: splitList(field('assoc_actor_1')).map((name) => mention(name, '')),
      actor2: actor2Name === '' ? undefined : mention(actor2Name, inter2),
      assocActors2: splitList(field('assoc_actor_2')).map((name) => mention(name, '')),
      actor2Role: secondActorRole(types.eventType, civilianTargeting, inter2),
      civilianTargeting,
      places: { country, admin1: optional('admin1'), admin2: optional('admin2'), admin3: optional('admin3'), location },
      latitude,
      longitude,
      geoPrecisionCode: geoPrecisionCode as '1' | '2' | '3',
      outlets: splitOutlets(field('source')),
      notes: optional('notes'),
      fatalities,
      sourceScale: optional('source_scale'),
      tags: optional('tags'),
      timestamp,
      recordedOn,
    },
  };
}
