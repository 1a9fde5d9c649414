// GET /export/events.geojson and /export/events.csv: downloads for QGIS and spreadsheets, with the events filters as query parameters.
import express, { type Request, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';

import type { Identity } from '../auth/identity';
import { allows, Role } from '../auth/Role';
import { createLoaders } from '../data/loaders';
import { EventRepository } from '../data/repositories/EventRepository';
import type { Database } from '../db/database';
import type { RequestQueryLane } from '../db/queryGate';
import { ForbiddenError, UnauthenticatedError } from '../errors/AuthErrors';
import { ErrorCode } from '../errors/ErrorCode';
import { EventExporter } from '../export/EventExporter';
import { eventsCsv } from '../export/eventsCsv';
import { toFeatureCollection } from '../export/featureCollection';
import { parameterOf, parseExportParams } from './exportParams';
import type { RateLimiter } from './rateLimiter';
import { rateLimitKey, refusalOf } from './rateLimitPlugin';

export interface ExportRoutesOptions {
  db: Database;
  log: Logger;
  /** Who the request comes from: the same resolution GraphQL requests get (API key, bearer token or the anonymous role). */
  identify: (req: Request) => Promise<Identity>;
  /** The GraphQL endpoint's limiter (null when rate limiting is off): a download spends a token like a query. */
  rateLimiter?: RateLimiter | null;
  /** The download's way to the database, shared fairly with GraphQL requests of every caller; unbounded when omitted. */
  laneOf?: (caller: { identity: Identity; clientAddress: string }) => RequestQueryLane;
}

const statusOfCode: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  // An id in a filter that names nothing is a bad parameter, not a missing download.
  [ErrorCode.NOT_FOUND]: 400,
  [ErrorCode.AMBIGUOUS]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
};

/** The same JSON error shape as the other REST routes, with the query parameter at fault in `parameter`. */
function sendError(res: Response, log: Logger, error: unknown): void {
  const code = error instanceof GraphQLError ? String(error.extensions.code ?? '') : '';
  const status = statusOfCode[code];
  if (!(error instanceof GraphQLError) || status === undefined) {
    log.error({ err: error, requestId: res.locals.requestId }, 'export failed');
    res.status(500).json({
      error: {
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        message: 'Internal server error; the x-request-id header identifies it in the logs.',
      },
    });
    return;
  }
  const named = error.extensions.field ?? error.extensions.argumentName;
  const field = typeof named === 'string' ? named : undefined;
  const parameter = field === undefined ? undefined : parameterOf(field);
  const message =
    field !== undefined && parameter !== field ? error.message.replace(field, parameter as string) : error.message;
  const reason = typeof error.extensions.reason === 'string' ? error.extensions.reason : undefined;
  res
    .status(status)
    .json({ error: { code, message, ...(parameter ? { parameter } : {}), ...(reason ? { reason } : {}) } });
}

export function exportRoutes({ db, log, identify, rateLimiter = null, laneOf }: ExportRoutesOptions): Router {
  const router = express.Router();

  async function exportPage(req: Request, res: Response) {
    const identity = await identify(req);
    const clientAddress = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    if (rateLimiter) {
      const decision = rateLimiter.take(rateLimitKey({ identity, clientAddress }));
      if (!decision.allowed) {
        res.setHeader('Retry-After', String(decision.retryAfterSeconds));
        throw refusalOf(rateLimiter, decision.retryAfterSeconds);
      }
    }
    if (!allows(identity.roles, [Role.READER]))
      throw identity.subject === null ? new UnauthenticatedError() : new ForbiddenError([Role.READER]);
    const { filter, order, limit, after } = parseExportParams(req.query as Record<string, unknown>);
    const requestDb = db.forRequest({
      traceparent: res.locals.traceparent as string | undefined,
      lane: laneOf?.({ identity, clientAddress }),
    });
    const loaders = createLoaders(requestDb);
    return new EventExporter(new EventRepository(requestDb, loaders), loaders).records(filter, order, limit, after);
  }

  router.get('/export/events.geojson', async (req, res) => {
    try {
      const { records, page } = await exportPage(req, res);
      res.setHeader('Content-Type', 'application/geo+json; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="events.geojson"');
      res.send(JSON.stringify(toFeatureCollection(records, page)));
    } catch (error) {
      sendError(res, log, error);
    }
  });

  router.get('/export/events.csv', async (req, res) => {
    try {
      const { records, page } = await exportPage(req, res);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
      res.setHeader('Content-Disposition', 'attachment; filename="events.csv"');
      // The CSV has no room for paging facts; headers carry them.
      res.setHeader('X-Total-Count', String(page.totalCount));
      res.setHeader('X-Has-More', String(page.hasNextPage));
      if (page.endCursor) res.setHeader('X-End-Cursor', page.endCursor);
      res.send(eventsCsv(records));
    } catch (error) {
      sendError(res, log, error);
    }
  });
  return router;
}
