// The HTTP server: GraphQL at /graphql, health checks, request ids and JSON request logs.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Logger } from 'pino';
import { anonymousIdentity } from '../auth/identity';
import type { Role } from '../auth/Role';
import type { RequestContext } from '../context';
import { RoundTripCounter, type Database } from '../db/database';
import { createLoaders } from '../db/loaders';
import { ActorRepository } from '../db/repositories/ActorRepository';
import { EventRepository } from '../db/repositories/EventRepository';
import { LocationRepository } from '../db/repositories/LocationRepository';
import { NodeRepository } from '../db/repositories/NodeRepository';
import { SearchRepository } from '../db/repositories/SearchRepository';
import { SourceRepository } from '../db/repositories/SourceRepository';
import { buildGraphqlSchema } from '../schema/buildGraphqlSchema';
import { formatError } from './formatError';
import { sandboxDocument, sandboxVariables } from './sandboxDocument';

export interface ApiServerOptions {
  db: Database;
  log: Logger;
  /** Development turns on Sandbox, introspection and the round-trip count in responses. */
  development: boolean;
  /** The role of callers without credentials; null refuses them anything that needs a role. */
  anonymousRole?: Role | null;
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
            if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) contextValue.log.error({ err: error.originalError ?? error }, 'request failed');
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          const extensions: Record<string, unknown> = { ...response.body.singleResult.extensions, requestId: contextValue.requestId };
          if (development) extensions.cypherRoundTrips = contextValue.roundTrips.count;
          response.body.singleResult.extensions = extensions;
        },
      };
    },
  };
}

export async function createApiServer({ db, log, development, anonymousRole = null }: ApiServerOptions): Promise<ApiServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const schema = await buildGraphqlSchema();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: development,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      requestPlugin(development),
      development
        ? ApolloServerPluginLandingPageLocalDefault({ embed: { initialState: { pollForSchemaUpdates: false } }, document: sandboxDocument, variables: sandboxVariables, includeCookies: false })
        : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
    ],
  });
  await apollo.start();

  app.use((req, res, next) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.info({ requestId, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  });
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'live' });
  });
  app.get('/health/ready', async (_req, res) => {
    const ready = await db.ping();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unready', database: ready ? 'up' : 'down' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const requestId = res.locals.requestId as string;
        const roundTrips = new RoundTripCounter();
        const requestDb = db.withCounter(roundTrips);
        const loaders = createLoaders(requestDb);
        return {
          requestId,
          identity: anonymousIdentity(anonymousRole),
          log: log.child({ requestId }),
          roundTrips,
          db: requestDb,
          loaders,
          events: new EventRepository(requestDb, loaders),
          actors: new ActorRepository(requestDb, loaders),
          sources: new SourceRepository(requestDb, loaders),
          locations: new LocationRepository(requestDb, loaders, new EventRepository(requestDb, loaders)),
          search: new SearchRepository(requestDb, loaders),
          nodes: new NodeRepository(requestDb, loaders),
        };
      },
    }),
  );
  app.get('/', (_req, res) => {
    res.redirect('/graphql');
  });

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
