// Events with their attributions as RFC 4180 CSV: one row per event, attributed actor and source.
import { stringify } from 'csv-stringify/sync';

import type { EventRecord } from './eventRecords';

export const csvColumns = [
  'event_id',
  'kind',
  'title',
  'start_date',
  'end_date',
  'date_precision',
  'location_id',
  'location_name',
  'longitude',
  'latitude',
  'geo_precision',
  'killed_low',
  'killed_high',
  'contested',
  'grade',
  'actor_id',
  'actor_name',
  'actor_source_count',
  'actor_independent_source_count',
  'source_id',
  'source_name',
  'claim_ids',
] as const;

type CsvRow = Record<(typeof csvColumns)[number], string | number | boolean | null>;

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula;
 * a leading apostrophe makes it text (OWASP's advice). Numbers are left alone: -12.5 is a longitude.
 */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function rowsOf({ event, location, attributions, killedLow, killedHigh, contested, grade }: EventRecord): CsvRow[] {
  const eventColumns = {
    event_id: event.id,
    kind: event.kind,
    title: event.title,
    start_date: event.startDate,
    end_date: event.endDate,
    date_precision: event.datePrecision,
    location_id: location?.id ?? null,
    location_name: location?.name ?? null,
    longitude: location?.longitude ?? null,
    latitude: location?.latitude ?? null,
    geo_precision: location?.geoPrecision ?? null,
    killed_low: killedLow,
    killed_high: killedHigh,
    contested,
    grade,
  };
  const none = {
    actor_id: null,
    actor_name: null,
    actor_source_count: null,
    actor_independent_source_count: null,
    source_id: null,
    source_name: null,
    claim_ids: null,
  };
  // An event nobody is blamed for still gets its row, with the actor and source columns empty.
  if (attributions.length === 0) return [{ ...eventColumns, ...none }];
  return attributions.flatMap((attribution) =>
    attribution.sources.map((source) => ({
      ...eventColumns,
      actor_id: attribution.actorId,
      actor_name: attribution.actorName,
      actor_source_count: attribution.sourceCount,
      actor_independent_source_count: attribution.independentSourceCount,
      source_id: source.sourceId,
      source_name: source.sourceName,
      claim_ids: source.claimIds.join(' '),
    })),
  );
}

export function eventsCsv(records: EventRecord[]): string {
  return stringify(records.flatMap(rowsOf), {
    header: true,
    columns: [...csvColumns],
    record_delimiter: 'windows',
    cast: { string: defuseFormula, boolean: (value) => (value ? 'true' : 'false') },
  });
}
