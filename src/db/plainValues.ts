// Turns driver values (Integer, temporal, spatial, nodes) into plain JSON-like values.
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPoint,
  isRelationship,
  isTime,
} from 'neo4j-driver';

export interface PlainPoint {
  latitude: number;
  longitude: number;
}

/**
 * Converts in place where it can: the maps and lists of a driver record are fresh objects nobody else holds, and
 * copying every one of a large answer was a measurable share of the API's CPU and garbage.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values of a large answer are strings, numbers and plain maps: they skip the ten driver-type checks below.
  if (typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMapInPlace(value as Record<string, unknown>);
  if (isInt(value)) return value.toNumber();
  // Instants become ISO-8601 in UTC with milliseconds, what JSON clients parse.
  if (isDateTime(value)) return value.toStandardDate().toISOString();
  if (isDate(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isPoint(value)) return { latitude: value.y, longitude: value.x } satisfies PlainPoint;
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = toPlain((value as Record<string, unknown>)[key]);
  return out;
}

function plainMapInPlace(map: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(map)) map[key] = toPlain(map[key]);
  return map;
}
