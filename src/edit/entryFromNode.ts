// Turns a stored node back into the bundle entry that would write it, so an update can be checked and written like ingest.
import { compareDates, lastDayCovered, parseIsoDate } from '../dates/isoDates';
import type { PlainPoint } from '../db/plainValues';
import type { DatePrecision } from '../ingest/bundle.types';
import { editKinds, type EditableKind } from './editKinds';

export type Entry = Record<string, unknown> & { id: string };

export interface StoredNode {
  props: Record<string, unknown>;
  links: { type: string; toId: string }[];
}

/** An event's end date that is just the last day its precision covers was widened by ingest, not given: it is left out so a new precision widens it again. */
function givenEndDate(start: unknown, end: unknown, precision: unknown): unknown {
  const startDate = typeof start === 'string' ? parseIsoDate(start) : undefined;
  const endDate = typeof end === 'string' ? parseIsoDate(end) : undefined;
  if (!startDate || !endDate) return end;
  return compareDates(lastDayCovered(startDate, (precision ?? 'DAY') as DatePrecision), endDate) === 0
    ? undefined
    : end;
}

export function entryFromNode(kind: EditableKind, id: string, node: StoredNode): Entry {
  const p = node.props;
  const entry: Entry = { id };
  const copy = (...keys: string[]) => {
    for (const key of keys) if (p[key] !== null && p[key] !== undefined) entry[key] = p[key];
  };
  switch (kind) {
    case 'Actor':
      copy('name', 'aliases', 'kind', 'countryCode', 'description');
      break;
    case 'Location': {
      copy('name', 'aliases', 'kind', 'geoPrecision', 'countryCode', 'note');
      const point = p.point as PlainPoint | null;
      if (point) Object.assign(entry, { latitude: point.latitude, longitude: point.longitude });
      break;
    }
    case 'Source':
      copy('name', 'kind', 'url', 'description');
      break;
    case 'Document':
      copy('title', 'url', 'publishedOn', 'publishedOnPrecision', 'language', 'text');
      break;
    case 'Event':
      copy('kind', 'title', 'description', 'dateNote', 'startDate', 'datePrecision');
      entry.endDate = givenEndDate(p.startDate, p.endDate, p.datePrecision) ?? undefined;
      if (entry.endDate === undefined || entry.endDate === null) delete entry.endDate;
      break;
  }
  for (const { field, type } of editKinds[kind].links) {
    const link = node.links.find((l) => l.type === type);
    if (link) entry[field] = link.toId;
  }
  return entry;
}

/** The entry with a patch laid over it: an absent (undefined) field keeps its value, null clears it. */
export function patched(entry: Entry, patch: object): Entry {
  const result: Entry = { ...entry };
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'id' || value === undefined) continue;
    if (value === null) delete result[key];
    else result[key] = value;
  }
  return result;
}
