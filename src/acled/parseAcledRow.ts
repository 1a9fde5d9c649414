// Reads one ACLED CSV row into checked, typed values, or says why the row cannot be imported.
import { lastDayCovered, parseIsoDate, type CalendarDate } from '../dates/isoDates';
import type { ActorKind, DatePrecision, EventKind, InvolvementRole } from '../ingest/bundle.types';
import {
  acledEventTypes,
  acledGeoPrecisions,
  acledSubEventTypes,
  actorKindOfInter,
  actorKindOfName,
  lookUp,
  secondActorRole,
  type AcledColumn,
} from './acledCodebook';

export type AcledRecord = Partial<Record<AcledColumn, string>>;

export interface AcledActorMention {
  name: string;
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
  eventType: string;
  subEventType: string;
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
  /** The day ACLED last changed the row (from `timestamp`), as an ISO date. */
  recordedOn?: string;
}

export interface RejectedAcledRow {
  line: number;
  eventIdCnty: string | null;
  reason: string;
}

export type ParseResult = { ok: true; row: ParsedAcledRow } | { ok: false; rejected: RejectedAcledRow };

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const maxIdLength = 150;

/** ACLED writes dates as 2019-05-14, 14 May 2019, 14-May-2019 or 14-05-2019 depending on the export. */
export function parseAcledDate(text: string): CalendarDate | undefined {
  const value = text.trim();
  const iso = parseIsoDate(value);
  if (iso) return iso;
  const named = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s,-]+(\d{4})$/.exec(value);
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  let parts: [number, number, number] | undefined;
  if (named) {
    const month = months.indexOf(named[2].slice(0, 3).toLowerCase()) + 1;
    if (month > 0 && (named[2].length === 3 || months[month - 1] === named[2].slice(0, 3).toLowerCase()))
      parts = [Number(named[3]), month, Number(named[1])];
  } else if (numeric) {
    parts = [Number(numeric[3]), Number(numeric[2]), Number(numeric[1])];
  }
  if (!parts) return undefined;
  return parseIsoDate(`${parts[0]}-${String(parts[1]).padStart(2, '0')}-${String(parts[2]).padStart(2, '0')}`);
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

/** Splits ACLED's semicolon-separated lists (assoc_actor_1, source), dropping blanks and repeats. */
export function splitList(text: string | undefined): string[] {
  return [
    ...new Set(
      (text ?? '')
        .split(';')
        .map((part) => part.trim().replace(/\s+/g, ' '))
        .filter((part) => part !== ''),
    ),
  ];
}

export function parseAcledRow(record: AcledRecord, line: number): ParseResult {
  const field = (column: AcledColumn) => (record[column] ?? '').trim();
  const eventIdCnty = field('event_id_cnty');
  const reject = (reason: string): ParseResult => ({
    ok: false,
    rejected: { line, eventIdCnty: eventIdCnty || null, reason },
  });

  if (eventIdCnty === '') return reject('event_id_cnty is missing');
  if (eventIdCnty.length > maxIdLength || /\s/.test(eventIdCnty))
    return reject(
      `event_id_cnty "${eventIdCnty.slice(0, 40)}" is not an ACLED event id (no spaces, at most ${maxIdLength} characters)`,
    );

  const dateText = field('event_date');
  const date = parseAcledDate(dateText);
  if (!date) return reject(`event_date "${dateText}" is not a date (expected 2019-05-14, 14 May 2019 or 14-05-2019)`);
  const year = field('year');
  if (year !== '' && Number(year) !== date.year) return reject(`year ${year} does not match event_date ${dateText}`);
  const timePrecision = field('time_precision') || '1';
  if (!['1', '2', '3'].includes(timePrecision)) return reject(`time_precision "${timePrecision}" is not 1, 2 or 3`);

  const eventType = lookUp(acledEventTypes, field('event_type'));
  if (!eventType)
    return reject(
      `event_type "${field('event_type')}" is not one of ACLED's: ${Object.keys(acledEventTypes).join(', ')}`,
    );
  const subEventType = lookUp(acledSubEventTypes, field('sub_event_type'));

  const actor1Name = field('actor1');
  if (actor1Name === '') return reject('actor1 is missing');

  const country = field('country');
  const location = field('location');
  if (country === '') return reject('country is missing');
  if (location === '') return reject('location is missing');

  const latitude = Number(field('latitude'));
  const longitude = Number(field('longitude'));
  if (field('latitude') === '' || !Number.isFinite(latitude) || latitude < -90 || latitude > 90)
    return reject(`latitude "${field('latitude')}" is not a number between -90 and 90`);
  if (field('longitude') === '' || !Number.isFinite(longitude) || longitude < -180 || longitude > 180)
    return reject(`longitude "${field('longitude')}" is not a number between -180 and 180`);
  const geoPrecisionCode = field('geo_precision') || '1';
  if (!(geoPrecisionCode in acledGeoPrecisions)) return reject(`geo_precision "${geoPrecisionCode}" is not 1, 2 or 3`);

  let fatalities: number | undefined;
  if (field('fatalities') !== '') {
    fatalities = Number(field('fatalities'));
    if (!Number.isInteger(fatalities) || fatalities < 0)
      return reject(`fatalities "${field('fatalities')}" is not a whole number >= 0`);
  }

  let recordedOn: string | undefined;
  if (field('timestamp') !== '') {
    const seconds = Number(field('timestamp'));
    if (!Number.isInteger(seconds) || seconds < 0)
      return reject(`timestamp "${field('timestamp')}" is not a Unix time in seconds`);
    recordedOn = new Date(seconds * 1000).toISOString().slice(0, 10);
  }

  const mention = (name: string, inter: string): AcledActorMention => ({
    name,
    kind: actorKindOfName(name, actorKindOfInter(inter)),
  });
  const actor2Name = field('actor2');
  const civilianTargeting = field('civilian_targeting') !== '';
  const optional = (column: AcledColumn) => field(column) || undefined;

  return {
    ok: true,
    row: {
      line,
      eventIdCnty,
      eventType: eventType.name,
      subEventType: subEventType?.name ?? (field('sub_event_type') || eventType.name),
      kind: subEventType?.value ?? eventType.value,
      ...datesOf(date, timePrecision, isoOf(date)),
      actor1: mention(actor1Name, field('inter1')),
      assocActors1: splitList(field('assoc_actor_1')).map((name) => mention(name, '')),
      actor2: actor2Name === '' ? undefined : mention(actor2Name, field('inter2')),
      assocActors2: splitList(field('assoc_actor_2')).map((name) => mention(name, '')),
      actor2Role: secondActorRole(eventType.name, civilianTargeting, field('inter2')),
      places: { country, admin1: optional('admin1'), admin2: optional('admin2'), admin3: optional('admin3'), location },
      latitude,
      longitude,
      geoPrecisionCode: geoPrecisionCode as '1' | '2' | '3',
      outlets: splitList(field('source')),
      notes: optional('notes'),
      fatalities,
      sourceScale: optional('source_scale'),
      tags: optional('tags'),
      recordedOn,
    },
  };
}
