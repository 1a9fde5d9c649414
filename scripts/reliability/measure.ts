// What the reliability script's phases share: one HTTP request and what made its answer clean, and latency figures.
import type { FuzzRequest } from './fuzzCases';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
}

export function latencySummary(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    maxMs: percentile(sorted, 100),
  };
}

export function tally(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

export interface Outcome {
  status: number;
  codes: string[];
  /** No 5xx (503 with DATABASE_UNAVAILABLE aside), no INTERNAL_SERVER_ERROR, every error with a code, no stack trace. */
  clean: boolean;
  /** Some error carried `extensions.stacktrace`. */
  stacktrace: boolean;
  ms: number;
  body: unknown;
}

export type HttpRequest = FuzzRequest | { method: 'POST'; body: string; contentType: string; path?: string };

interface ErrorShape {
  extensions?: { code?: string; reason?: string; stacktrace?: unknown };
}

export async function send(
  baseUrl: string,
  request: HttpRequest,
  options: { timeoutMs?: number; headers?: Record<string, string> } = {},
): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}${request.path ?? '/graphql'}`, {
      method: request.method,
      headers: { ...(request.contentType ? { 'content-type': request.contentType } : {}), ...options.headers },
      body: request.method === 'POST' ? request.body : undefined,
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return {
        status: response.status,
        codes: ['NOT_JSON'],
        clean: false,
        stacktrace: false,
        ms,
        body: text.slice(0, 200),
      };
    }
    const errors = (body as { errors?: ErrorShape[] } | null)?.errors ?? [];
    // A reason (POOL_EXHAUSTED, BUSY...) tells why the database was unavailable.
    const codes = errors.map(
      (error) =>
        (error.extensions?.code ?? 'NO_CODE') + (error.extensions?.reason ? `/${error.extensions.reason}` : ''),
    );
    const stacktrace = errors.some((error) => error.extensions?.stacktrace !== undefined);
    const refusedCleanly =
      response.status === 503 && codes.length > 0 && codes.every((code) => code.startsWith('DATABASE_UNAVAILABLE'));
    const clean =
      (response.status < 500 || refusedCleanly) &&
      !stacktrace &&
      !codes.includes('INTERNAL_SERVER_ERROR') &&
      !codes.includes('NO_CODE');
    return { status: response.status, codes, clean, stacktrace, ms, body };
  } catch (error) {
    return {
      status: 0,
      codes: [`NO_RESPONSE: ${(error as Error).name}`],
      clean: false,
      stacktrace: false,
      ms: performance.now() - started,
      body: undefined,
    };
  }
}

export const graphql = (
  baseUrl: string,
  query: string,
  variables?: unknown,
  headers?: Record<string, string>,
  timeoutMs?: number,
): Promise<Outcome> =>
  send(
    baseUrl,
    { method: 'POST', contentType: 'application/json', body: JSON.stringify({ query, variables }) },
    { headers, timeoutMs },
  );
