// Numbers as dataset exports write them: `15`, `15.0` (a pandas column that held a missing value), ` 15 `.
import { presentValue } from './missingValues';

export type NumberReading = { ok: true; value: number | undefined } | { ok: false; reason: string };

/** A whole number, or undefined when missing. `min` is the smallest allowed value. */
export function readWholeNumber(column: string, text: string | undefined, min = 0): NumberReading {
  const value = presentValue(text);
  if (value === undefined) return { ok: true, value: undefined };
  // A float column written by pandas says 15.0 for 15.
  const number = /^[+-]?\d+(\.0*)?$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number) || number < min) {
    return { ok: false, reason: `${column} "${value.slice(0, 40)}" is not a whole number >= ${min}` };
  }
  return { ok: true, value: number };
}

/** A coordinate in decimal degrees within ±limit, or undefined when missing. */
export function readDegrees(column: string, text: string | undefined, limit: 90 | 180): NumberReading {
  const value = presentValue(text);
  if (value === undefined) return { ok: true, value: undefined };
  const number = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(number) || number < -limit || number > limit) {
    return { ok: false, reason: `${column} "${value.slice(0, 40)}" is not a number between -${limit} and ${limit}` };
  }
  return { ok: true, value: number };
}

/** `POINT (22.6392 32.7648)` (WKT, longitude first), as UCDP's geom_wkt holds a row's point. */
export function pointOfWkt(text: string | undefined): { latitude: number; longitude: number } | undefined {
  const match = /^\s*POINT\s*\(\s*([+-]?[\d.]+(?:[eE][+-]?\d+)?)\s+([+-]?[\d.]+(?:[eE][+-]?\d+)?)\s*\)\s*$/i.exec(
    presentValue(text) ?? '',
  );
  if (!match) return undefined;
  const [longitude, latitude] = [Number(match[1]), Number(match[2])];
  return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 ? { latitude, longitude } : undefined;
}
