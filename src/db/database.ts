// Runs registered Cypher statements: reads as auto-commit queries retried on transient failures, writes in managed transactions.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { cypherSpan, traceMetadata } from '../observability/tracing';
import { ApiError } from '../errors/ApiError';
import { cypher, type CypherRegistry } from './cypherRegistry';
import { defaultDriverTimeouts } from './driver';
import { mapDriverError } from './mapDriverError';
import { toPlain } from './plainValues';
import { retryingRead, retryPolicy, type RetryPolicy } from './retryingRead';
import type { ParamsArgument, RowOfStatement, StatementName } from './statements';

/** A parameter map as the driver takes it; statements declare theirs (statements.ts). */
export type Params = Record<string, unknown>;

/** The driver's errors carry no caller stack (withoutCallerStack): the statement's name says where one came from. */
const namingStatement = (name: StatementName) => (error: unknown): never => {
  if (error instanceof Error && !(error instanceof ApiError)) Object.assign(error, { statement: name });
  throw error;
};

/**
 * Runs `start` (which must start a query synchronously) with stack traces off. The driver records the caller's stack
 * for every query, formatted as text (`new Error().stack`), to decorate the errors it may report later: about 2% of
 * the API's CPU on the canonical page (bench/findings.md, session 7), for errors that mapDriverError turns into ours.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Sessions open right now per driver, for the metrics (the driver exposes no pool statistics). */
const openSessions = new WeakMap<Driver, number>();

export function sessionsInUse(driver: Driver): number {
  return openSessions.get(driver) ?? 0;
}

/** Counts the statements one GraphQL request sends, to keep round trips constant in page size. */
export class RoundTripCounter {
  count = 0;
}

export interface DatabaseOptions {
  database: string;
  queryTimeoutMs: number;
  /** How long reads are retried on transient failures; give the driver's maxTransactionRetryTime (writes use that). */
  maxRetryTimeMs?: number;
  registry?: CypherRegistry;
}

/** A transaction handed to write work that spans several statements (ingest, merge). */
export class WriteTransaction {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly registry: CypherRegistry,
    private readonly counter?: RoundTripCounter,
  ) {}

  async run<N extends StatementName>(name: N, ...args: ParamsArgument<N>): Promise<RowOfStatement<N>[]> {
    if (this.counter) this.counter.count += 1;
    const params: Params = args[0] ?? {};
    const result = await withoutCallerStack(() => this.tx.run(this.registry.text(name), params)).catch(namingStatement(name));
    return result.records.map((record) => toPlain(record.toObject()) as RowOfStatement<N>);
  }
}

export class Database {
  private readonly registry: CypherRegistry;
  private readonly readRetries: RetryPolicy;

  constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
    private readonly counter?: RoundTripCounter,
    /** The caller's W3C traceparent, sent as transaction metadata when no OpenTelemetry span of ours is active. */
    private readonly traceparent?: string,
  ) {
    this.registry = options.registry ?? cypher();
    this.readRetries = retryPolicy(options.maxRetryTimeMs ?? defaultDriverTimeouts.maxRetryTimeMs);
  }

  /** The same database for one request: counting its round trips into `counter` if given, tagging its Cypher with the caller's traceparent. */
  forRequest(counter: RoundTripCounter | undefined, traceparent?: string): Database {
    return new Database(this.driver, { ...this.options, registry: this.registry }, counter, traceparent);
  }

  /**
   * One statement as an auto-commit query: RUN and PULL only, where a managed transaction adds BEGIN and COMMIT, two
   * more socket writes and a round trip per read (a tenth of the API's CPU on the canonical page, bench/findings.md).
   * The driver retries only managed transactions; a read can be attempted again safely, so it is retried here alike.
   */
  async read<N extends StatementName>(name: N, ...args: ParamsArgument<N>): Promise<RowOfStatement<N>[]> {
    if (this.counter) this.counter.count += 1;
    const params: Params = args[0] ?? {};
    const text = this.registry.text(name);
    return cypherSpan('READ', name, () =>
      this.withSession('READ', (session) =>
        retryingRead(async () => {
          const result = await withoutCallerStack(() => session.run(text, params, this.txConfig()));
          return result.records.map((record) => toPlain(record.toObject()) as RowOfStatement<N>);
        }, this.readRetries),
      ).catch(namingStatement(name)),
    );
  }

  async write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    return cypherSpan('WRITE', 'transaction', () =>
      this.withSession('WRITE', (session) =>
        session.executeWrite((tx) => work(new WriteTransaction(tx, this.registry, this.counter)), this.txConfig()),
      ),
    );
  }

  /** One statement in its own write transaction. */
  async writeOne<N extends StatementName>(name: N, ...params: ParamsArgument<N>): Promise<RowOfStatement<N>[]> {
    return this.write((tx) => tx.run(name, ...params));
  }

  /** True while the database answers a trivial query. */
  async ping(): Promise<boolean> {
    // An auto-commit query is not retried, so readiness turns to unready at once rather than after the retry budget.
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run('RETURN 1');
      return true;
    } catch {
      return false;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private txConfig() {
    return { timeout: this.options.queryTimeoutMs, metadata: traceMetadata(this.traceparent) };
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', work: (session: ReturnType<Driver['session']>) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    openSessions.set(this.driver, sessionsInUse(this.driver) + 1);
    const started = performance.now();
    try {
      return await work(session);
    } catch (error) {
      throw mapDriverError(error, this.options.queryTimeoutMs, performance.now() - started);
    } finally {
      openSessions.set(this.driver, sessionsInUse(this.driver) - 1);
      // Closing over a connection that just died fails too; that must not replace the work's own outcome
      // (a commit already acknowledged, or the mapped error above).
      await session.close().catch(() => undefined);
    }
  }
}
