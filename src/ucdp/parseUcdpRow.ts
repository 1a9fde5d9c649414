// Reads one UCDP GED row into checked, typed values, or says why the row cannot be imported.
import { readDatasetDate, type DayMonthOrder } from '../datasets/datasetDates';
import { pointOfWkt, readDegrees, readWholeNumber } from '../datasets/datasetNumbers';
import { daysBetween, isoOf } from '../datasets/isoOf';
import { presentValue, splitListInStep } from '../datasets/missingValues';
import { compareDates, lastDayCovered, type CalendarDate } from '../dates/isoDates';
import type { ActorKind, DatePrecision } from '../ingest/bundle.types';
import {
  datePrecisions,
  sideKind,
  violenceTypes,
  wherePrecisions,
  type UcdpColumn,
  type WherePrec,
} from './ucdpCodebook';

export type UcdpRecord = Partial<Record<UcdpColumn, string>>;

export interface UcdpSide {
  name: string;
  /** side_*_new_id: UCDP's actor id, the one that lasts across releases. */
  newId?: string;
  /** side_*_dset_id: the id in UCDP's older datasets. */
  dsetId?: string;
  kind: ActorKind;
  /** True for a provisional code (XXX475) standing for a side UCDP has not identified yet. */
  provisional: boolean;
}

/** One article UCDP cites: source_office, source_date and source_headline hold one entry per article, in step. */
export interface UcdpArticle {
  office: string;
  /** ISO date the outlet published it, when readable. */
  publishedOn?: string;
  headline?: string;
}

export interface ParsedUcdpRow {
  line: number;
  id: string;
  relid?: string;
  typeOfViolence: '1' | '2' | '3';
  conflictName?: string;
  dyadName?: string;
  sideA: UcdpSide;
  sideB?: UcdpSide;
  /** number_of_sources; undefined when UCDP writes -1 (unknown) or leaves it out. */
  numberOfSources?: number;
  articles: UcdpArticle[];
  sourceArticle?: string;
  sourceOriginal?: string;
  wherePrec: WherePrec;
  /** True when the file gave no where_prec and it was inferred from the most precise place the row names. */
  wherePrecInferred: boolean;
  whereCoordinates?: string;
  whereDescription?: string;
  adm1?: string;
  adm2?: string;
  country: string;
  latitude: number;
  longitude: number;
  eventClarity?: string;
  datePrec?: number;
  startDate: string;
  endDate: string;
  datePrecision: DatePrecision;
  dateNote?: string;
  best?: number;
  low?: number;
  high?: number;
  deathsA?: number;
  deathsB?: number;
  deathsCivilians?: number;
  deathsUnknown?: number;
  codeStatus?: string;
}

export interface RejectedUcdpRow {
  line: number;
  /** The row's GED id, when it has one. */
  ucdpId: string | null;
  reason: string;
}

export type UcdpParseResult = { ok: true; row: ParsedUcdpRow } | { ok: false; rejected: RejectedUcdpRow };

const maxIdLength = 100;

/** A GED id: 244657, or 244657.0 from a pandas float column. */
function normalisedId(text: string | undefined): string | undefined {
  const value = presentValue(text);
  if (value === undefined) return undefined;
  return /^\d+\.0+$/.test(value) ? value.replace(/\.0+$/, '') : value;
}

/**
 * UCDP gives the earliest and latest day the event may have happened (date_start, date_end) and how precisely it is
 * known (date_prec). The range is kept as given; the precision is the coarsest of the graph's DAY / MONTH / YEAR whose
 * period the range is exactly, else DAY with the range. A single day with a coarse date_prec stands for its month or year.
 */
export function ucdpDates(start: CalendarDate, end: CalendarDate, datePrec: number | undefined) {
  let [from, to] = [start, end];
  if (compareDates(from, to) === 0 && (datePrec === 4 || datePrec === 5)) {
    from = datePrec === 4 ? { ...from, day: 1 } : { ...from, month: 1, day: 1 };
    to = lastDayCovered(from, datePrec === 4 ? 'MONTH' : 'YEAR');
  }
  let datePrecision: DatePrecision = 'DAY';
  if (from.day === 1 && compareDates(to, lastDayCovered(from, 'MONTH')) === 0) datePrecision = 'MONTH';
  if (from.month === 1 && from.day === 1 && compareDates(to, lastDayCovered(from, 'YEAR')) === 0)
    datePrecision = 'YEAR';
  const span = daysBetween(from, to) + 1;
  const known =
    datePrec !== undefined && datePrec in datePrecisions
      ? datePrecisions[datePrec as keyof typeof datePrecisions]
      : undefined;
  const dateNote =
    datePrec !== undefined && datePrec > 1
      ? `UCDP date_prec ${datePrec}: ${known ?? 'not a level of the codebook'}; UCDP dates it ${isoOf(start)} to ${isoOf(end)}.`
      : span > 1
        ? `UCDP gives a span of ${span} days, ${isoOf(from)} to ${isoOf(to)}.`
        : undefined;
  return { startDate: isoOf(from), endDate: isoOf(to), datePrecision, dateNote };
}

/** When a file gives no where_prec: the level of the most precise place the row names. */
function inferredWherePrec(record: { whereCoordinates?: string; adm1?: string; adm2?: string }): WherePrec {
  if (record.whereCoordinates) return 2;
  if (record.adm2) return 3;
  if (record.adm1) return 4;
  return 6;
}

export interface UcdpParseOptions {
  /** How the file writes dates such as 05/10/2017, as its other dates show; see importUcdpCsv. */
  dayMonthOrder?: DayMonthOrder;
}

export function parseUcdpRow(record: UcdpRecord, line: number, options: UcdpParseOptions = {}): UcdpParseResult {
  const field = (column: UcdpColumn) => presentValue(record[column]);
  const id = normalisedId(record.id);
  const reject = (reason: string): UcdpParseResult => ({ ok: false, rejected: { line, ucdpId: id ?? null, reason } });

  if (id === undefined) return reject('id is missing');
  if (id.length > maxIdLength || /\s/.test(id))
    return reject(`id "${id.slice(0, 40)}" is not a GED event id (no spaces, at most ${maxIdLength} characters)`);

  const type = normalisedId(record.type_of_violence);
  if (type === undefined) return reject('type_of_violence is missing');
  if (!(type in violenceTypes))
    return reject(`type_of_violence "${type}" is not 1 (state-based), 2 (non-state) or 3 (one-sided violence)`);

  const sideAName = field('side_a');
  if (sideAName === undefined) return reject('side_a is missing');
  const side = (
    name: string | undefined,
    newId: UcdpColumn,
    dsetId: UcdpColumn,
    gwno: UcdpColumn,
  ): UcdpSide | undefined =>
    name === undefined
      ? undefined
      : {
          name,
          newId: normalisedId(record[newId]),
          dsetId: normalisedId(record[dsetId]),
          kind: sideKind(name, field(gwno)),
          provisional: sideKind(name, undefined) === 'UNKNOWN',
        };

  const country = field('country');
  if (country === undefined) return reject('country is missing');

  const startText = field('date_start');
  if (startText === undefined) return reject('date_start is missing');
  const start = readDatasetDate(startText, options.dayMonthOrder);
  if (!start.ok) return reject(`date_start "${startText}" ${start.problem}`);
  const endText = field('date_end');
  const end = endText === undefined ? start : readDatasetDate(endText, options.dayMonthOrder);
  if (!end.ok) return reject(`date_end "${endText}" ${end.problem}`);
  if (compareDates(start.date, end.date) > 0)
    return reject(`date_end "${endText}" is before date_start "${startText}"`);
  const datePrec = readWholeNumber('date_prec', record.date_prec, 1);
  if (!datePrec.ok) return reject(datePrec.reason);
  if (datePrec.value !== undefined && datePrec.value > 5) return reject(`date_prec "${datePrec.value}" is not 1 to 5`);

  const places = { whereCoordinates: field('where_coordinates'), adm1: field('adm_1'), adm2: field('adm_2') };
  const wherePrec = readWholeNumber('where_prec', record.where_prec, 1);
  if (!wherePrec.ok) return reject(wherePrec.reason);
  if (wherePrec.value !== undefined && !(wherePrec.value in wherePrecisions))
    return reject(`where_prec "${wherePrec.value}" is not 1 to 7`);

  const latitude = readDegrees('latitude', record.latitude, 90);
  if (!latitude.ok) return reject(latitude.reason);
  const longitude = readDegrees('longitude', record.longitude, 180);
  if (!longitude.ok) return reject(longitude.reason);
  // Exports that drop latitude and longitude still carry the point as WKT.
  const point =
    latitude.value !== undefined && longitude.value !== undefined
      ? { latitude: latitude.value, longitude: longitude.value }
      : pointOfWkt(record.geom_wkt);
  if (!point)
    return reject(
      latitude.value === undefined
        ? 'latitude is missing (and geom_wkt gives no point)'
        : 'longitude is missing (and geom_wkt gives no point)',
    );

  const counts: Partial<
    Record<'best' | 'low' | 'high' | 'deaths_a' | 'deaths_b' | 'deaths_civilians' | 'deaths_unknown', number>
  > = {};
  for (const column of ['best', 'low', 'high', 'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown'] as const) {
    const reading = readWholeNumber(column, record[column]);
    if (!reading.ok) return reject(reading.reason);
    counts[column] = reading.value;
  }
  // -1 is UCDP's "unknown".
  const sources = readWholeNumber('number_of_sources', record.number_of_sources, -1);
  if (!sources.ok) return reject(sources.reason);

  const offices = splitListInStep(record.source_office);
  const dates = splitListInStep(record.source_date);
  const headlines = splitListInStep(record.source_headline);
  const articles: UcdpArticle[] = offices.flatMap((office, index) => {
    if (office === undefined) return [];
    const published =
      dates[index] === undefined ? undefined : readDatasetDate(dates[index] as string, options.dayMonthOrder);
    return [{ office, publishedOn: published?.ok ? isoOf(published.date) : undefined, headline: headlines[index] }];
  });

  return {
    ok: true,
    row: {
      line,
      id,
      relid: field('relid'),
      typeOfViolence: type as '1' | '2' | '3',
      conflictName: field('conflict_name'),
      dyadName: field('dyad_name'),
      sideA: side(sideAName, 'side_a_new_id', 'side_a_dset_id', 'gwnoa') as UcdpSide,
      sideB: side(field('side_b'), 'side_b_new_id', 'side_b_dset_id', 'gwnob'),
      numberOfSources: sources.value === -1 ? undefined : sources.value,
      articles,
      sourceArticle: field('source_article'),
      sourceOriginal: field('source_original'),
      wherePrec: (wherePrec.value ?? inferredWherePrec(places)) as WherePrec,
      wherePrecInferred: wherePrec.value === undefined,
      ...places,
      whereDescription: field('where_description'),
      country,
      ...point,
      eventClarity: normalisedId(record.event_clarity),
      datePrec: datePrec.value,
      ...ucdpDates(start.date, end.date, datePrec.value),
      best: counts.best,
      low: counts.low,
      high: counts.high,
      deathsA: counts.deaths_a,
      deathsB: counts.deaths_b,
      deathsCivilians: counts.deaths_civilians,
      deathsUnknown: counts.deaths_unknown,
      codeStatus: field('code_status'),
    },
  };
}
