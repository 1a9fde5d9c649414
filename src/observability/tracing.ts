// OpenTelemetry hooks: a server span per HTTP request and a client span per Neo4j transaction, no-ops until an OpenTelemetry SDK is registered; the caller's W3C traceparent travels to Neo4j as transaction metadata either way.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { RequestHandler } from 'express';

export const tracer = trace.getTracer('conflict-graph');

export interface TraceParent {
  traceId: string;
  parentId: string;
  flags: string;
}

const traceparentPattern = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** A W3C Trace Context `traceparent` header (version 00), or null when it is missing or malformed (then ignored, per the spec). */
export function parseTraceparent(header: string | undefined): TraceParent | null {
  const match = header === undefined ? null : traceparentPattern.exec(header.trim());
  if (!match || /^0+$/.test(match[1]) || /^0+$/.test(match[2])) return null;
  return { traceId: match[1], parentId: match[2], flags: match[3] };
}

/**
 * The caller's valid traceparent, kept for the request's per-request Database so Cypher can carry it when no SDK
 * propagates a span of ours. It is handed on explicitly rather than through an AsyncLocalStorage: on Node 20 one store
 * in use turns on promise hooks for every promise of the process (about 4% of the API's CPU per canonical request,
 * bench/findings.md, session 7).
 */
export function callerTraceparent(req: IncomingMessage): string | undefined {
  const header = req.headers.traceparent;
  return typeof header === 'string' && parseTraceparent(header) ? header.trim() : undefined;
}

/** Runs `next` inside the request's server span, which ends when the response is finished. */
export function inServerSpan(req: IncomingMessage, res: ServerResponse, path: string, next: () => void): void {
  // With an SDK registered, its propagator reads traceparent/tracestate; without one this is the root context.
  const parent = propagation.extract(context.active(), req.headers);
  const span = tracer.startSpan(
    `${req.method} ${path}`,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method, 'url.path': path } },
    parent,
  );
  res.on('finish', () => {
    span.setAttribute('http.response.status_code', res.statusCode);
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  context.with(trace.setSpan(parent, span), next);
}

/** The Express form: the caller's traceparent in `res.locals.traceparent`, the rest of the chain in the span. */
export function traceRequests(): RequestHandler {
  return (req, res, next) => {
    res.locals.traceparent = callerTraceparent(req);
    inServerSpan(req, res, req.path, next);
  };
}

/** Runs one Neo4j transaction inside a client span named after the statement. */
export function cypherSpan<T>(mode: 'READ' | 'WRITE', statement: string, work: () => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(
    `neo4j ${mode} ${statement}`,
    { kind: SpanKind.CLIENT, attributes: { 'db.system.name': 'neo4j', 'db.operation.name': statement } },
    async (span) => {
      try {
        return await work();
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/** Transaction metadata for Neo4j (shown by SHOW TRANSACTIONS and in query.log): the current span's traceparent, else the caller's. */
export function traceMetadata(callerTraceparent?: string): { traceparent: string } | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  const traceparent = carrier.traceparent ?? callerTraceparent;
  return traceparent ? { traceparent } : undefined;
}
