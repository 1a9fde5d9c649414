// Reads the /export query string into the same EventsFilter the GraphQL API takes, checked by the same class-validator
// rules: the HTTP side of the downloads, beside their routes (exportRoutes.ts); src/export/ makes the files.
import { validateSync } from 'class-validator';

import { parseIsoDate } from '../dates/isoDates';
import { BadInputError } from '../errors/BadInputError';
import { validationProblems } from '../errors/validationProblems';
import { BoundingBox } from '../schema/boundingBox.input';
import { EventsFilter } from '../schema/eventsFilter.input';
import { NearPoint } from '../schema/nearPoint.input';
import { EventGrade } from '../vocabulary/EventGrade';
import { EventKind } from '../vocabulary/EventKind';
import { EventOrder } from '../vocabulary/EventOrder';

export const defaultExportLimit = 1000;
export const maxExportLimit = 5000;

export interface ExportRequest {
  filter: EventsFilter;
  order: EventOrder;
  limit: number;
  /** The `endCursor` of the previous download with the same filters and order. */
  after?: string;
}

/** The query parameters a download takes; anything else is refused, so a typo is not silently ignored. */
export const exportParameters = [
  'kinds',
  'from',
  'to',
  'locationId',
  'near',
  'bbox',
  'actorId',
  'sourceId',
  'contested',
  'grades',
  'minKilled',
  'order',
  'limit',
  'after',
] as const;
type ExportParameter = (typeof exportParameters)[number];

/** Which query parameter a field of EventsFilter (as class-validator or the repository names it) came from. */
const parameterOfField: Record<string, ExportParameter> = { within: 'bbox', near: 'near' };

export function parameterOf(field: string): string {
  const head = field.replace(/^filter\./, '').split('.')[0];
  return parameterOfField[head] ?? head;
}

function numbers(parameter: string, text: string, names: string[]): number[] {
  const parts = text.split(',').map((part) => part.trim());
  const values = parts.map(Number);
  if (
    parts.length !== names.length ||
    parts.some((part) => part === '') ||
    values.some((value) => !Number.isFinite(value))
  ) {
    throw new BadInputError(
      parameter,
      `"${text}" is not ${names.join(',')} (${names.length} numbers separated by commas)`,
    );
  }
  return values;
}

function integer(parameter: string, text: string): number {
  if (!/^-?\d+$/.test(text.trim())) throw new BadInputError(parameter, `"${text}" is not a whole number`);
  return Number(text);
}

function date(parameter: string, text: string): string {
  if (!parseIsoDate(text)) throw new BadInputError(parameter, `"${text}" is not a calendar date in YYYY-MM-DD form`);
  return text;
}

function oneOf<T extends string>(parameter: string, text: string, allowed: readonly T[]): T {
  const value = text.trim().toUpperCase() as T;
  if (!allowed.includes(value)) throw new BadInputError(parameter, `"${text}" is not one of ${allowed.join(', ')}`);
  return value;
}

export function parseExportParams(query: Record<string, unknown>): ExportRequest {
  const text: Partial<Record<ExportParameter, string>> = {};
  for (const [name, value] of Object.entries(query)) {
    if (!(exportParameters as readonly string[]).includes(name))
      throw new BadInputError(name, `is not a parameter of this export; use ${exportParameters.join(', ')}`);
    if (typeof value !== 'string')
      throw new BadInputError(name, 'give it once, as plain text (several values go comma-separated in one parameter)');
    text[name as ExportParameter] = value;
  }
  const filter = new EventsFilter();
  if (text.kinds !== undefined)
    filter.kinds = text.kinds.split(',').map((kind) => oneOf('kinds', kind, Object.values(EventKind)));
  if (text.from !== undefined) filter.from = date('from', text.from);
  if (text.to !== undefined) filter.to = date('to', text.to);
  if (text.locationId !== undefined) filter.locationId = text.locationId;
  if (text.actorId !== undefined) filter.actorId = text.actorId;
  if (text.sourceId !== undefined) filter.sourceId = text.sourceId;
  if (text.near !== undefined) {
    const [latitude, longitude, radiusKm] = numbers('near', text.near, ['lat', 'lon', 'km']);
    filter.near = Object.assign(new NearPoint(), { latitude, longitude, radiusKm });
  }
  if (text.bbox !== undefined) {
    const [south, west, north, east] = numbers('bbox', text.bbox, ['south', 'west', 'north', 'east']);
    filter.within = Object.assign(new BoundingBox(), { south, west, north, east });
  }
  if (text.contested !== undefined) filter.contested = oneOf('contested', text.contested, ['TRUE', 'FALSE']) === 'TRUE';
  if (text.grades !== undefined)
    filter.grades = text.grades
      .split(',')
      .map((grade) => oneOf('grades', grade, Object.values(EventGrade))) as EventsFilter['grades'];
  if (text.minKilled !== undefined) filter.minKilled = integer('minKilled', text.minKilled);
  // The rules of the GraphQL input classes, so both ways in refuse the same things.
  const [problem] = validationProblems(validateSync(filter, { forbidUnknownValues: false }));
  if (problem) throw new BadInputError(parameterOf(problem.field), problem.message);
  const order =
    text.order === undefined ? EventOrder.NEWEST_FIRST : oneOf('order', text.order, Object.values(EventOrder));
  const limit = text.limit === undefined ? defaultExportLimit : integer('limit', text.limit);
  if (limit < 1 || limit > maxExportLimit)
    throw new BadInputError('limit', `${limit} is not between 1 and ${maxExportLimit}`);
  return { filter, order, limit, after: text.after };
}
