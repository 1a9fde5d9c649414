// Calendar dates with a precision: parsing, and the day range a precision covers.
import neo4j from 'neo4j-driver';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Parses `YYYY-MM-DD`, or returns undefined when it is not a real calendar date. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = isoDate.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
    return undefined;
  return { year, month, day };
}

/** The last day a date of this precision may stand for (2017-05 with MONTH precision: 2017-05-31). */
/** How much of a date is known; the same values as the schema's DatePrecision enum. */
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

export function lastDayCovered(date: CalendarDate, precision: DatePrecision): CalendarDate {
  if (precision === 'YEAR') return { year: date.year, month: 12, day: 31 };
  if (precision === 'MONTH') {
    const last = new Date(Date.UTC(date.year, date.month, 0));
    return { year: date.year, month: date.month, day: last.getUTCDate() };
  }
  return date;
}

export function toNeo4jDate(date: CalendarDate) {
  return new neo4j.types.Date(date.year, date.month, date.day);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function dateWords(date: CalendarDate, precision: DatePrecision): string {
  if (precision === 'YEAR') return String(date.year);
  if (precision === 'MONTH') return `${monthNames[date.month - 1]} ${date.year}`;
  return `${date.day} ${monthNames[date.month - 1]} ${date.year}`;
}

/**
 * An event's dates in words, for full-text search ("Derna strike October 2017"): "30 October 2017", "May 2017" or
 * "2017" as the precision allows, then the end date in the same way when it reads otherwise. Undefined without a
 * start date. cypher/migration/backfillEventDateText.cypher writes the same for events stored before it existed.
 */
export function eventDateText(
  start: CalendarDate | undefined,
  end: CalendarDate | undefined,
  precision: DatePrecision,
): string | undefined {
  if (!start) return undefined;
  const first = dateWords(start, precision);
  const last = end ? dateWords(end, precision) : first;
  return last === first ? first : `${first} – ${last}`;
}
