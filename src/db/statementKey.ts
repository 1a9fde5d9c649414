// A statement's name and parameters as one string, equal exactly when the statement would be sent alike: the key of a
// request's reads (Database.read), so that aliases of one field run their statement once.
import neo4j from 'neo4j-driver';

/**
 * Object keys are sorted, so `{a, b}` and `{b, a}` are one key; driver values say their type (`Integer(7)` is not the
 * number 7, a Point is not a map with the same fields), and undefined is told from null and from a missing key.
 */
export function statementKey(name: string, params: Record<string, unknown>): string {
  return `${name}\u0000${canonical(params)}`;
}

/** A value as text, equal exactly when the values are alike (see statementKey); also keys GraphQL arguments. */
export function canonical(value: unknown): string {
  if (value === undefined) return 'u';
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (neo4j.isInt(value)) return `Integer(${value.toString()})`;
  if (typeof value === 'object') {
    const prototype = Object.getPrototypeOf(value) as object | null;
    const type = prototype === Object.prototype || prototype === null ? '' : (prototype.constructor?.name ?? '?');
    if (value instanceof Date) return `Date(${value.getTime()})`;
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
    return `${type}{${entries.join(',')}}`;
  }
  // Functions and symbols are not statement parameters; never let two of them share a key.
  return `?${String(value)}${Math.random()}`;
}
