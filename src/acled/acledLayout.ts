// Recognises an ACLED file by its header row, whatever its vintage: columns are matched by name in any order and
// case ("EVENT_ID_CNTY", "event.id.cnty"), ALLY_ACTOR_1 is read as assoc_actor_1, and columns ACLED never wrote
// (population_best, an R row-number column...) are ignored. Only a file lacking a column no vintage lacks is refused.
import { BadInputError } from '../errors/BadInputError';
import { acledColumns, acledOlderColumns, cellValue, requiredAcledColumns, type AcledColumn } from './acledCodebook';

export type AcledRecord = Partial<Record<AcledColumn, string>>;

export type AcledVintage = 'africa-gwno' | 'pre-2019' | '2019-2023' | 'current';

export const acledVintages: Record<AcledVintage, string> = {
  'africa-gwno': 'an early ACLED Africa file (GWNO, ALLY_ACTOR_1/2, old event types, no sub_event_type)',
  'pre-2019': 'a pre-2019 ACLED export (data_id/iso, event_id_no_cnty, old event types, no sub_event_type)',
  '2019-2023': 'a 2019-2023 ACLED export (sub_event_type, assoc_actor_1/2, no disorder_type)',
  current: 'a current ACLED export (disorder_type, civilian_targeting, tags)',
};

export interface AcledLayout {
  vintage: AcledVintage;
  /** The vintage in words, for reports. */
  description: string;
  /** Number of fields in the header row. */
  width: number;
  /** Header names the importer does not read, as written. */
  ignoredColumns: string[];
  /** The cells of a record by ACLED column, each trimmed, '' when blank or written as NA, N/A, NULL... */
  recordOf(fields: string[]): AcledRecord;
}

// ALLY_ACTOR_1/2 in files before 2019; names cut to 10 characters by a shapefile's table (GEO_PRECIS in ACLED v5).
const aliases: Record<string, AcledColumn> = {
  allyactor1: 'assoc_actor_1',
  allyactor2: 'assoc_actor_2',
  geoprecis: 'geo_precision',
  timepreci: 'time_precision',
  interactio: 'interaction',
  eventidcn: 'event_id_cnty',
  eventidc: 'event_id_cnty',
};
const foldedColumns = new Map<string, AcledColumn>(
  [...acledColumns, ...acledOlderColumns].map((column) => [column.replace(/[^a-z0-9]/g, ''), column]),
);

/** The ACLED column a header cell names, if any: case, spaces, dots and underscores do not matter. */
export function columnOf(headerCell: string): AcledColumn | undefined {
  const folded = headerCell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return foldedColumns.get(folded) ?? aliases[folded];
}

function vintageOf(columns: Set<AcledColumn>, header: string[]): AcledVintage {
  if (columns.has('disorder_type')) return 'current';
  if (columns.has('sub_event_type')) return '2019-2023';
  if (columns.has('gwno') || header.some((cell) => /^ally_?actor/i.test(cell.trim()))) return 'africa-gwno';
  return 'pre-2019';
}

/** The layout a header row announces; BAD_USER_INPUT (field `csv`) when it lacks a column every ACLED file has. */
export function acledLayoutOf(header: string[]): AcledLayout {
  const indexes: [AcledColumn, number][] = [];
  const seen = new Set<AcledColumn>();
  const ignoredColumns: string[] = [];
  header.forEach((cell, index) => {
    const column = columnOf(cell);
    // A column named twice is read from its first place.
    if (column && !seen.has(column)) {
      seen.add(column);
      indexes.push([column, index]);
    } else if (cell.trim() !== '') {
      ignoredColumns.push(cell.trim());
    }
  });
  const missing = requiredAcledColumns.filter((column) => !seen.has(column));
  if (missing.length > 0) {
    throw new BadInputError(
      'csv',
      `the header row lacks ACLED column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; every ACLED file has ${requiredAcledColumns.join(', ')} ` +
        `(in any order and case; a current export has ${acledColumns.join(', ')})`,
    );
  }
  const vintage = vintageOf(seen, header);
  return {
    vintage,
    description: acledVintages[vintage],
    width: header.length,
    ignoredColumns,
    recordOf(fields) {
      const record: AcledRecord = {};
      for (const [column, index] of indexes) record[column] = cellValue(fields[index]);
      return record;
    },
  };
}
