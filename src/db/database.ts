// Runs registered Cypher statements: reads as auto-commit queries retried on transient failures, writes in managed transactions.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';

import { ApiError } from '../errors/ApiError';
import { cypherSpan, traceMetadata } from '../observability/tracing';
import { cypher, type CypherRegistry } from './cypherRegistry';
import { defaultDriverTimeouts } from './driver';
import { mapDriverError } from './mapDriverError';
import { toPlain } from './plainValues';
import type { RequestQueryLane } from './queryGate';
import { retryingRead, retryPolicy, type RetryPolicy } from './retryingRead';
import { statementKey } from './statementKey';
import type { ParamsArgument, RowOfStatement, StatementName } from './statements';

/** A parameter map as the driver takes it; statements declare theirs (statements.ts). */
export type Params = Record<string, unknown>;

/** The driver's errors carry no caller stack (withoutCallerStack): the statement's name says where one came from. */
const namingStatement =
  (name: StatementName) =>
  (error: unknown): never => {
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
    const result = await withoutCallerStack(() => this.tx.run(this.registry.text(name), params)).catch(
      namingStatement(name),
    );
    return result.records.map((record) => toPlain(record.toObject()) as RowOfStatement<N>);
  }
}

/**
 * Reads of a request whose rows stay kept once answered, for a later field asking the same: the latest this many (a
 * read still running is always shared). A bound, so that a request of 200 different lists does not keep 200 pages,
 * 20,000 rows, to its end.
 */
export const answeredReadsKept = 32;

interface KnownRead {
  rows: Promise<unknown[]>;
  answered: boolean;
}

/** What one request's Database adds: its way to the database (bounded and shared fairly) and its reads so far. */
export interface RequestScope {
  /** Counts the statements the request sends, if given. */
  counter?: RoundTripCounter;
  /** The caller's W3C traceparent, sent as transaction metadata when no OpenTelemetry span of ours is active. */
  traceparent?: string;
  /** Bounds the request's queries running at once and queues them fairly with other callers'; unbounded when absent. */
  lane?: RequestQueryLane;
}

export class Database {
  private readonly registry: CypherRegistry;
  private readonly readRetries: RetryPolicy;
  private readonly counter?: RoundTripCounter;
  private readonly traceparent?: string;
  private readonly lane?: RequestQueryLane;
  /**
   * A request's reads by statement and parameters (statementKey), in the order they were sent: the same statement
   * with the same parameters runs once per request, however many fields ask for it (aliases of one list), while it
   * runs and for the `answeredReadsKept` latest answered; a failed one is forgotten, a write forgets all. Only a
   * request's Database has one: the shared one must never answer one request with another's read.
   */
  private readonly reads?: Map<string, KnownRead>;
  private answeredReads = 0;

  constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
    scope?: RequestScope,
  ) {
    this.registry = options.registry ?? cypher();
    this.readRetries = retryPolicy(options.maxRetryTimeMs ?? defaultDriverTimeouts.maxRetryTimeMs);
    if (scope) {
      this.counter = scope.counter;
      this.traceparent = scope.traceparent;
      this.lane = scope.lane;
      this.reads = new Map();
    }
  }

  /** The same database for one request: see RequestScope. */
  forRequest(scope: RequestScope = {}): Database {
    return new Database(this.driver, { ...this.options, registry: this.registry }, scope);
  }

  /**
   * One statement as an auto-commit query: RUN and PULL only, where a managed transaction adds BEGIN and COMMIT, two
   * more socket writes and a round trip per read (a tenth of the API's CPU on the canonical page, bench/findings.md).
   * The driver retries only managed transactions; a read can be attempted again safely, so it is retried here alike.
   * Within a request, a read already sent with the same parameters is not sent again: its rows are shared (callers
   * map rows into new objects and never change them).
   */
  async read<N extends StatementName>(name: N, ...args: ParamsArgument<N>): Promise<RowOfStatement<N>[]> {
    type Row = RowOfStatement<N>;
    const params: Params = args[0] ?? {};
    const reads = this.reads;
    if (!reads) return this.readOnce<N>(name, params);
    const key = statementKey(name, params);
    const known = reads.get(key);
    if (known) return [...((await known.rows) as Row[])];
    const read: KnownRead = { rows: this.readOnce<N>(name, params), answered: false };
    reads.set(key, read);
    try {
      const rows = (await read.rows) as Row[];
      // Unless a write forgot it meanwhile.
      if (reads.get(key) === read) {
        read.answered = true;
        this.answeredReads += 1;
        for (const [oldKey, old] of reads) {
          if (this.answeredReads <= answeredReadsKept) break;
          if (!old.answered) continue;
          reads.delete(oldKey);
          this.answeredReads -= 1;
        }
      }
      return [...rows];
    } catch (error) {
      if (reads.get(key) === read) reads.delete(key);
      throw error;
    }
  }

  private async readOnce<N extends StatementName>(name: N, params: Params): Promise<RowOfStatement<N>[]> {
    if (this.counter) this.counter.count += 1;
    const text = this.registry.text(name);
    return this.inLane(() =>
      cypherSpan('READ', name, () =>
        this.withSession('READ', (session) =>
          retryingRead(async () => {
            const result = await withoutCallerStack(() => session.run(text, params, this.txConfig()));
            return result.records.map((record) => toPlain(record.toObject()) as RowOfStatement<N>);
          }, this.readRetries),
        ).catch(namingStatement(name)),
      ),
    );
  }

  async write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    // What the request read before may be what this write changes.
    this.forgetReads();
    try {
      return await this.inLane(() =>
        cypherSpan('WRITE', 'transaction', () =>
          this.withSession('WRITE', (session) =>
            session.executeWrite((tx) => work(new WriteTransaction(tx, this.registry, this.counter)), this.txConfig()),
          ),
        ),
      );
    } finally {
      this.forgetReads();
    }
  }

  private forgetReads(): void {
    this.reads?.clear();
    this.answeredReads = 0;
  }

  private inLane<T>(work: () => Promise<T>): Promise<T> {
    return this.lane ? this.lane.run(work) : work();
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

  private async withSession<T>(
    mode: 'READ' | 'WRITE',
    work: (session: ReturnType<Driver['session']>) => Promise<T>,
  ): Promise<T> {
    const started = performance.now();
    let session: ReturnType<Driver['session']> | undefined;
    openSessions.set(this.driver, sessionsInUse(this.driver) + 1);
    try {
      session = this.driver.session({
        database: this.options.database,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      });
      return await work(session);
    } catch (error) {
      throw mapDriverError(error, this.options.queryTimeoutMs, performance.now() - started);
    } finally {
      openSessions.set(this.driver, sessionsInUse(this.driver) - 1);
      // Closing over a connection that just died fails too; that must not replace the work's own outcome
      // (a commit already acknowledged, or the mapped error above).
      await session?.close().catch(() => undefined);
    }
  }
}
