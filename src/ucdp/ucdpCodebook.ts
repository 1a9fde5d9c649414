// UCDP GED's codebook values and how they map onto this model's enums (see docs/ucdp-import.md).
import type { ActorKind, EventKind, GeoPrecision, LocationKind } from '../ingest/bundle.types';

/** The 49 columns of a GED release (19.1 onwards), in UCDP's order: a file published without a header row has exactly these. */
export const ucdpGedColumns = [
  'id',
  'relid',
  'year',
  'active_year',
  'code_status',
  'type_of_violence',
  'conflict_dset_id',
  'conflict_new_id',
  'conflict_name',
  'dyad_dset_id',
  'dyad_new_id',
  'dyad_name',
  'side_a_dset_id',
  'side_a_new_id',
  'side_a',
  'side_b_dset_id',
  'side_b_new_id',
  'side_b',
  'number_of_sources',
  'source_article',
  'source_office',
  'source_date',
  'source_headline',
  'source_original',
  'where_prec',
  'where_coordinates',
  'where_description',
  'adm_1',
  'adm_2',
  'latitude',
  'longitude',
  'geom_wkt',
  'priogrid_gid',
  'country',
  'country_id',
  'region',
  'event_clarity',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
  'gwnoa',
  'gwnob',
] as const;

export type UcdpColumn = (typeof ucdpGedColumns)[number];

/** Columns a file must have for its rows to mean anything; the others may be left out (a trimmed export). */
export const requiredUcdpColumns: readonly UcdpColumn[] = ['id', 'type_of_violence', 'side_a', 'date_start', 'country'];

export interface ViolenceType {
  label: string;
  kind: EventKind;
  /** UCDP's codebook on who acts: one-sided violence is side_a's; in the other two both sides are parties. */
  sideAIsPerpetrator: boolean;
}

/** type_of_violence. UCDP does not code the means (air strike, shelling...), so the kind stays general. */
export const violenceTypes: Readonly<Record<'1' | '2' | '3', ViolenceType>> = {
  '1': { label: 'state-based conflict', kind: 'ARMED_CLASH', sideAIsPerpetrator: false },
  '2': { label: 'non-state conflict', kind: 'ARMED_CLASH', sideAIsPerpetrator: false },
  '3': { label: 'one-sided violence', kind: 'ATTACK', sideAIsPerpetrator: true },
};

export type WherePrec = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface WherePrecision {
  meaning: string;
  /** The kind and precision of the place the event is put at. */
  locationKind: LocationKind;
  geoPrecision: GeoPrecision;
}

/** where_prec, as the GED codebook defines it (levels 1 to 7, less precise as they rise). */
export const wherePrecisions: Readonly<Record<WherePrec, WherePrecision>> = {
  1: { meaning: 'the exact place named', locationKind: 'CITY', geoPrecision: 'CITY' },
  2: { meaning: 'within about 25 km of the place named', locationKind: 'DISTRICT', geoPrecision: 'DISTRICT' },
  3: {
    meaning: 'only the second-order administrative area (adm_2); the point is its centroid',
    locationKind: 'REGION',
    geoPrecision: 'REGION',
  },
  4: {
    meaning: 'only the first-order administrative area (adm_1); the point is its centroid',
    locationKind: 'REGION',
    geoPrecision: 'REGION',
  },
  5: {
    meaning:
      'a part of the country larger than adm_1, a line (road, border, river), a spot between two places or a vaguely named area',
    locationKind: 'REGION',
    geoPrecision: 'REGION',
  },
  6: { meaning: 'only the country; the point is its centroid', locationKind: 'COUNTRY', geoPrecision: 'COUNTRY' },
  7: {
    meaning: 'international waters or airspace; the point is the centroid of the water area or an estimate',
    locationKind: 'REGION',
    geoPrecision: 'REGION',
  },
};

/** date_prec, as the GED codebook defines it (levels 1 to 5). */
export const datePrecisions: Readonly<Record<1 | 2 | 3 | 4 | 5, string>> = {
  1: 'the exact day is known',
  2: 'the event spans 2 to 6 days, which are not known exactly',
  3: 'only the week is known',
  4: 'only the month is known',
  5: 'only the year is known, or a span longer than a month',
};

/** event_clarity: 1 the reporting is clear enough to identify the event; 2 it is unclear or aggregated. */
export const eventClarities: Readonly<Record<string, string>> = {
  '1': 'clear',
  '2': 'unclear or aggregated reporting',
};

/**
 * The kind of a side new to the graph. UCDP names governments "Government of Libya" (and gives their Gleditsch-Ward
 * number in gwnoa / gwnob), calls the target of one-sided violence "Civilians", and in its candidate (monthly) data
 * gives sides it has not identified yet a provisional code such as XXX475.
 */
export function sideKind(name: string, gwno: string | undefined): ActorKind {
  if (isProvisionalCode(name)) return 'UNKNOWN';
  if (/^civilians$/i.test(name.trim())) return 'CIVILIANS';
  if (/^governments? of\b/i.test(name.trim()) || gwno !== undefined) return 'GOVERNMENT';
  return 'ARMED_GROUP';
}

export function isProvisionalCode(name: string): boolean {
  return /^XXX\d+$/i.test(name.trim());
}
