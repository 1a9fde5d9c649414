// Prometheus metrics for /metrics: GraphQL requests by operation and outcome, latency, Cypher round trips, Neo4j sessions, process.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

import type { RequestContext } from '../context';
import { sessionsInUse } from '../db/database';
import type { GateLoad } from '../db/queryGate';

/** Operation names come from clients: anything that is not a plain GraphQL name is one label, so label values stay few. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  return /^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name) ? name : 'invalid';
}

export class ApiMetrics {
  /** One registry per server, so several servers in one process (tests) do not clash. */
  readonly registry = new Registry();
  readonly requests: Counter<'operation' | 'outcome'>;
  readonly latency: Histogram<'operation'>;
  readonly roundTrips: Histogram<'operation'>;

  constructor(driver: Driver, poolSize: number, gateLoad?: () => GateLoad) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests by operation name and outcome (`ok`, or the first error code such as BAD_USER_INPUT).',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.latency = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to sending its response, by operation name.',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.roundTrips = new Histogram({
      name: 'graphql_cypher_round_trips',
      help: 'Cypher statements one GraphQL request sent to Neo4j, by operation name.',
      labelNames: ['operation'],
      buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34],
      registers,
    });
    new Gauge({
      name: 'neo4j_sessions_in_use',
      help: 'Neo4j sessions open right now (each holds a pooled connection while its transaction runs).',
      registers,
      collect() {
        this.set(sessionsInUse(driver));
      },
    });
    new Gauge({
      name: 'neo4j_connection_pool_max',
      help: 'The most connections the driver pools per Neo4j server.',
      registers,
    }).set(poolSize);
    if (gateLoad) {
      new Gauge({
        name: 'database_queries_running',
        help: 'Database queries of requests running right now (at most DB_QUERIES_TOTAL).',
        registers,
        collect() {
          this.set(gateLoad().running);
        },
      });
      new Gauge({
        name: 'database_queries_waiting',
        help: 'Database queries of requests waiting for a place (past DB_QUERIES_PER_CALLER or DB_QUERIES_TOTAL), not counting those queued inside their own request.',
        registers,
        collect() {
          this.set(gateLoad().waiting);
        },
      });
    }
  }

  /** Counts each GraphQL request once its response is ready, errors included. */
  plugin(): ApolloServerPlugin<RequestContext> {
    const { requests, latency, roundTrips } = this;
    return {
      async requestDidStart() {
        const started = process.hrtime.bigint();
        return {
          async willSendResponse({ operationName, request, errors, response, contextValue }) {
            const operation = operationLabel(operationName ?? request.operationName);
            const bodyErrors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
            const firstError = errors?.[0] ?? bodyErrors?.[0];
            const code = firstError?.extensions?.code;
            const outcome = firstError ? (typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR') : 'ok';
            requests.inc({ operation, outcome });
            latency.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
            roundTrips.observe({ operation }, contextValue.roundTrips?.count ?? 0);
          },
        };
      },
    };
  }
}
