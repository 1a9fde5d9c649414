// Turns driver values (Integer, temporal, spatial, nodes) into plain JSON-like values.
import { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isPoint, isTime, isNode, isRelationship } from 'neo4j-driver';

export interface PlainPoint {
  latitude: number;
  longitude: number;
}

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (isInt(value)) return value.toNumber();
  if (typeof value === 'bigint') return Number(value);
  // Instants become ISO-8601 in UTC with milliseconds, what JSON clients parse.
  if (isDateTime(value)) return value.toStandardDate().toISOString();
  if (isDate(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isPoint(value)) return { latitude: value.y, longitude: value.x } satisfies PlainPoint;
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(inner);
    return out;
  }
  return value;
}
