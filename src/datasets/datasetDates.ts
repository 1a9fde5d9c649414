// Dates as dataset exports write them: 2017-10-30, 2017-10-30 00:00:00.000 (SQL Server and pandas exports of UCDP GED),
// 2017-10-30T00:00:00Z, 2017/10/30, 30 October 2017, 30-Oct-17 (a spreadsheet), and 30/10/2017 or 10/30/2017.
import { monthNames, parseIsoDate, type CalendarDate } from '../dates/isoDates';
import { isoOf } from './isoOf';

export type DateReading = { ok: true; date: CalendarDate } | { ok: false; problem: string };

/** Which way round a file writes day and month in dates such as 05/10/2017. */
export type DayMonthOrder = 'day-first' | 'month-first';

// A time of day, as exports append it to dates that have none: 00:00, 00:00:00, 00:00:00.000, with an optional zone.
const timeOfDay = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AP]M)?\s*(?:Z|UTC|[+-]\d{2}:?\d{2})?)?`;
const yearFirst = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${timeOfDay}$`, 'i');
const yearLast = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})${timeOfDay}$`, 'i');
const namedMonth = new RegExp(String.raw`^(\d{1,2})[\s-]+([A-Za-z]{3,})\.?[\s,-]+(\d{4}|\d{2})${timeOfDay}$`, 'i');
const months = monthNames.map((name) => name.toLowerCase());

/** The month an English name or its start names (Oct, Sept, October; at least three letters), 1-12; 0 for none. */
export function monthOfName(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  return lower.length < 3 ? 0 : months.findIndex((month) => month.startsWith(lower)) + 1;
}

function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  return parseIsoDate(isoOf({ year, month, day }));
}

/** A two-digit year as spreadsheets write it: conflict data starts in 1946, so 46-99 are 19xx and 00-45 are 20xx. */
function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 4 ? year : year >= 46 ? 1900 + year : 2000 + year;
}

/** How a date written day/month/year or month/day/year shows its order: by a number above 12, else not at all. */
export function dayMonthOrderOf(text: string): DayMonthOrder | 'either' | undefined {
  const match = yearLast.exec(text.trim());
  if (!match) return undefined;
  const [a, b] = [Number(match[1]), Number(match[2])];
  if (a > 12 && b <= 12) return 'day-first';
  if (b > 12 && a <= 12) return 'month-first';
  return 'either';
}

/**
 * Reads a date; says why not when it cannot. A date such as 05/10/2017 is read the way `order` says (the way the
 * file's other dates show); without an order it is refused as ambiguous. 05/05/2017 needs none.
 */
export function readDatasetDate(text: string, order?: DayMonthOrder): DateReading {
  const value = text.trim();
  const notCalendar: DateReading = { ok: false, problem: 'is not a calendar date' };
  const first = yearFirst.exec(value);
  if (first) {
    const date = calendarDate(Number(first[1]), Number(first[2]), Number(first[3]));
    return date ? { ok: true, date } : notCalendar;
  }
  const named = namedMonth.exec(value);
  if (named) {
    const month = monthOfName(named[2]);
    const spelled = month > 0;
    const date = spelled ? calendarDate(fullYear(named[3]), month, Number(named[1])) : undefined;
    return date
      ? { ok: true, date }
      : { ok: false, problem: spelled ? 'is not a calendar date' : `names no month ("${named[2]}")` };
  }
  const last = yearLast.exec(value);
  if (last) {
    const [a, b, year] = [Number(last[1]), Number(last[2]), fullYear(last[3])];
    const shown = dayMonthOrderOf(value);
    const read = shown === 'either' ? (a === b ? 'day-first' : order) : shown;
    if (!read)
      return {
        ok: false,
        problem:
          'could be read day-first or month-first, and no other date in the file says which; write it as YYYY-MM-DD',
      };
    const date = read === 'day-first' ? calendarDate(year, b, a) : calendarDate(year, a, b);
    return date ? { ok: true, date } : notCalendar;
  }
  return {
    ok: false,
    problem: 'is not a date (expected YYYY-MM-DD, optionally with a time such as 2017-10-30 00:00:00.000)',
  };
}
