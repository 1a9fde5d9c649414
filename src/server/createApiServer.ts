// The HTTP server: GraphQL at /graphql, health checks, request ids and JSON request logs.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Logger } from 'pino';

import { ApiKeyService } from '../auth/ApiKeyService';
import { Authenticator } from '../auth/Authenticator';
import { JwtVerifier, type JwtConfig } from '../auth/JwtVerifier';
import type { Role } from '../auth/Role';
import type { RequestContext } from '../context';
import { createLoaders } from '../data/loaders';
import { ActorMergeRepository } from '../data/repositories/ActorMergeRepository';
import { ActorRepository } from '../data/repositories/ActorRepository';
import { ChangeRepository } from '../data/repositories/ChangeRepository';
import { EditRepository } from '../data/repositories/EditRepository';
import { EventRepository } from '../data/repositories/EventRepository';
import { LocationRepository } from '../data/repositories/LocationRepository';
import { NodeRepository } from '../data/repositories/NodeRepository';
import { ReconcileRepository } from '../data/repositories/ReconcileRepository';
import { SearchRepository } from '../data/repositories/SearchRepository';
import { SourceRepository } from '../data/repositories/SourceRepository';
import { RoundTripCounter, type Database } from '../db/database';
import { maxConnectionPoolSize } from '../db/driver';
import { defaultQueryConcurrency, FairQueryGate, RequestQueryLane, type QueryConcurrency } from '../db/queryGate';
import { ApiError } from '../errors/ApiError';
import { ApiMetrics } from '../observability/metrics';
import { callerTraceparent, inServerSpan, traceRequests } from '../observability/tracing';
import { bodyErrorHandler } from './bodyErrors';
import { buildGraphqlSchema } from './buildGraphqlSchema';
import { compiledExecution } from './compiledExecution';
import { directGraphql } from './directGraphql';
import { explorerRoutes } from './explorerRoutes';
import { exportRoutes } from './exportRoutes';
import { finalErrorHandler } from './finalErrorHandler';
import { formatError } from './formatError';
import { headerText } from './headerText';
import { operationAccessPlugin } from './operationAccessPlugin';
import { defaultQueryLimits, queryLimitsPlugin, type QueryLimits } from './queryLimits';
import { RateLimiter, type RateLimit } from './rateLimiter';
import { rateLimitKey, rateLimitPlugin } from './rateLimitPlugin';
import { sandboxDocument, sandboxVariables } from './sandboxDocument';
import { withHttpStatus } from './withHttpStatus';

export interface ApiServerOptions {
  db: Database;
  log: Logger;
  /** Development turns on Sandbox, introspection and the round-trip count in responses. */
  development: boolean;
  /** The role of callers without credentials; null refuses them anything that needs a role. */
  anonymousRole?: Role | null;
  /** Depth, cost, token and body-size limits; each defaults to `defaultQueryLimits`. */
  limits?: Partial<QueryLimits>;
  /** Per-caller token bucket; none (off) when omitted. */
  rateLimit?: RateLimit | null;
  /** Schema introspection; defaults to `development`. */
  introspection?: boolean;
  /** The Sandbox landing page at /graphql; defaults to `development`. */
  sandbox?: boolean;
  /** Bearer JWT verification; none (API keys only) when omitted. */
  jwt?: JwtConfig | null;
  /** How long a valid API key is trusted without a database look-up (default 30 s; 0: look up every request). */
  apiKeyCacheMs?: number;
  /** How old a change must be before the change feed lists it (default 0); see ChangeRepository. */
  changeFeedSettleMs?: number;
  /** Operations run compiled (compiledExecution.ts; the default), or interpreted by graphql-js when false. */
  compiledExecution?: boolean;
  /** Database queries at once per request, per caller and in all; each defaults to `defaultQueryConcurrency`. */
  queryConcurrency?: Partial<QueryConcurrency>;
  /** Stack traces in error responses (`extensions.stacktrace`): never unless this is true, whatever NODE_ENV says. */
  errorStacktraces?: boolean;
}

export interface ApiServer {
  httpServer: http.Server;
  listen(port: number, host: string): Promise<string>;
  stop(): Promise<void>;
}

function requestPlugin(development: boolean): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (code === 'INTERNAL_SERVER_ERROR' || code === undefined)
              contextValue.log.error({ err: error.originalError ?? error }, 'request failed');
            // The client learns the reason; the log keeps the driver's own words.
            else if (code === 'DATABASE_UNAVAILABLE') {
              const cause = (error.originalError as { cause?: unknown } | undefined)?.cause;
              contextValue.log.warn(
                { reason: error.extensions?.reason, err: cause ?? error.originalError ?? error },
                'database unavailable',
              );
            }
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          const extensions: Record<string, unknown> = {
            ...response.body.singleResult.extensions,
            requestId: contextValue.requestId,
          };
          if (development) extensions.cypherRoundTrips = contextValue.roundTrips.count;
          response.body.singleResult.extensions = extensions;
        },
      };
    },
  };
}

export async function createApiServer({
  db,
  log,
  development,
  anonymousRole = null,
  ...guards
}: ApiServerOptions): Promise<ApiServer> {
  const limits: QueryLimits = { ...defaultQueryLimits, ...guards.limits };
  const app = express();
  app.disable('x-powered-by');
  // Express hashes every response it sends for a weak ETag; nothing here is a GET whose answer a cache revalidates
  // (GraphQL answers come from POSTs, exports are one-off downloads), so it was CPU spent on every request for nothing.
  app.set('etag', false);
  // POST /graphql with a plain JSON body skips Express (directGraphql.ts), once Apollo has started.
  let direct: ((req: http.IncomingMessage, res: http.ServerResponse) => boolean) | null = null;
  const httpServer = http.createServer((req, res) => {
    if (!direct?.(req, res)) void app(req, res);
  });
  const schema = await buildGraphqlSchema();
  const apiKeys = new ApiKeyService(db, { cacheMs: guards.apiKeyCacheMs ?? 30_000 });
  const authenticator = new Authenticator(apiKeys, guards.jwt ? new JwtVerifier(guards.jwt) : null, anonymousRole);
  // Wrong credentials answer 401 before any resolver runs; they never fall back to anonymous.
  const identify = async (req: http.IncomingMessage) => {
    try {
      return await authenticator.identify({
        authorization: req.headers.authorization,
        apiKey: headerText(req.headers['x-api-key']),
      });
    } catch (error) {
      throw error instanceof ApiError ? withHttpStatus(error) : error;
    }
  };
  const metrics = new ApiMetrics(db.driver, maxConnectionPoolSize, () => queryGate.load());
  const rateLimiter = guards.rateLimit ? new RateLimiter(guards.rateLimit) : null;
  const concurrency: QueryConcurrency = { ...defaultQueryConcurrency, ...guards.queryConcurrency };
  const queryGate = new FairQueryGate(concurrency);
  /** A request's way to the database, under its caller as the rate limiter tells callers apart. */
  const laneOf = (caller: Pick<RequestContext, 'identity' | 'clientAddress'>) =>
    new RequestQueryLane(queryGate, rateLimitKey(caller), concurrency.perRequest);
  const apollo = new ApolloServer<RequestContext>({
    ...(guards.compiledExecution === false ? { schema } : { gateway: compiledExecution(schema) }),
    introspection: guards.introspection ?? development,
    // Both are Apollo Server 5's defaults, stated here because the API's safety relies on them.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
    formatError,
    // Apollo's default shows stack traces whenever NODE_ENV is not production or test; here only when asked for.
    includeStacktraceInErrorResponses: guards.errorStacktraces ?? false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The schema sets no cache hints; the default cache-control plugin would still wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      requestPlugin(development),
      metrics.plugin(),
      operationAccessPlugin(),
      ...(rateLimiter ? [rateLimitPlugin(rateLimiter)] : []),
      queryLimitsPlugin(limits),
      (guards.sandbox ?? development)
        ? ApolloServerPluginLandingPageLocalDefault({
            embed: { initialState: { pollForSchemaUpdates: false } },
            document: sandboxDocument,
            variables: sandboxVariables,
            includeCookies: false,
          })
        : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
    ],
  });
  await apollo.start();

  /** The request's id (the caller's X-Request-Id when sensible), sent back, and its log line once answered. */
  const trackRequest = (req: http.IncomingMessage, res: http.ServerResponse, path: string): string => {
    const incoming = headerText(req.headers['x-request-id']);
    const requestId = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.info(
        { requestId, method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10 },
        'request',
      );
    });
    return requestId;
  };
  app.use((req, res, next) => {
    res.locals.requestId = trackRequest(req, res, req.path);
    next();
  });
  app.use(traceRequests());
  // Prometheus scrapes this; keep it on the internal network (it names operations and shows load).
  app.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
  app.use(explorerRoutes());
  app.use(exportRoutes({ db, log, identify, rateLimiter, laneOf }));
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'live' });
  });
  app.get('/health/ready', async (_req, res) => {
    const ready = await db.ping();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unready', database: ready ? 'up' : 'down' });
  });
  const contextOf = async (
    req: http.IncomingMessage,
    requestId: string,
    traceparent: string | undefined,
  ): Promise<RequestContext> => {
    const roundTrips = new RoundTripCounter();
    const identity = await identify(req);
    const clientAddress = req.socket.remoteAddress ?? 'unknown';
    const requestDb = db.forRequest({ counter: roundTrips, traceparent, lane: laneOf({ identity, clientAddress }) });
    const loaders = createLoaders(requestDb);
    const events = new EventRepository(requestDb, loaders);
    return {
      requestId,
      identity,
      clientAddress,
      log: log.child({ requestId }),
      roundTrips,
      db: requestDb,
      loaders,
      events,
      actors: new ActorRepository(requestDb, loaders),
      sources: new SourceRepository(requestDb, loaders),
      locations: new LocationRepository(requestDb, loaders, events),
      search: new SearchRepository(requestDb, loaders),
      nodes: new NodeRepository(requestDb, loaders),
      merges: new ActorMergeRepository(requestDb, loaders),
      reconcile: new ReconcileRepository(requestDb),
      changes: new ChangeRepository(requestDb, loaders, guards.changeFeedSettleMs ?? 0),
      edits: new EditRepository(requestDb),
      apiKeys,
      sharedAnswers: new WeakMap(),
    };
  };
  app.use(
    '/graphql',
    express.json({ limit: limits.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        contextOf(req, res.locals.requestId as string, res.locals.traceparent as string | undefined),
    }),
  );
  direct = directGraphql({
    apollo,
    maxBodyBytes: limits.maxBodyBytes,
    around: (req, res, next) => {
      const requestId = trackRequest(req, res, '/graphql');
      const traceparent = callerTraceparent(req);
      inServerSpan(req, res, '/graphql', () => next(() => contextOf(req, requestId, traceparent)));
    },
  });
  app.use('/graphql', bodyErrorHandler(limits.maxBodyBytes));
  app.get('/', (_req, res) => {
    res.redirect('/graphql');
  });
  app.use(finalErrorHandler(log));

  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          const actualPort = typeof address === 'object' && address ? address.port : port;
          resolve(`http://${host}:${actualPort}/graphql`);
        });
      }),
    stop: () => apollo.stop(),
  };
}
