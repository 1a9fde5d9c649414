// Runs registered Cypher statements in managed read or write transactions.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { cypher, type CypherRegistry } from './cypherRegistry';
import { mapDriverError } from './mapDriverError';
import { toPlain } from './plainValues';
import type { StatementName } from './statements';

export type Params = Record<string, unknown>;

/** Counts the statements one GraphQL request sends, to keep round trips constant in page size. */
export class RoundTripCounter {
  count = 0;
}

export interface DatabaseOptions {
  database: string;
  queryTimeoutMs: number;
  registry?: CypherRegistry;
}

/** A transaction handed to write work that spans several statements (ingest, merge). */
export class WriteTransaction {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly registry: CypherRegistry,
    private readonly counter?: RoundTripCounter,
  ) {}

  async run<Row>(name: StatementName, params: Params = {}): Promise<Row[]> {
    if (this.counter) this.counter.count += 1;
    const result = await this.tx.run(this.registry.text(name), params);
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }
}

export class Database {
  private readonly registry: CypherRegistry;

  constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
    private readonly counter?: RoundTripCounter,
  ) {
    this.registry = options.registry ?? cypher();
  }

  /** The same database, counting round trips into `counter` (one per request). */
  withCounter(counter: RoundTripCounter): Database {
    return new Database(this.driver, { ...this.options, registry: this.registry }, counter);
  }

  async read<Row>(name: StatementName, params: Params = {}): Promise<Row[]> {
    if (this.counter) this.counter.count += 1;
    return this.withSession('READ', (session) =>
      session.executeRead(async (tx) => {
        const result = await tx.run(this.registry.text(name), params);
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      }, this.txConfig()),
    );
  }

  async write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    return this.withSession('WRITE', (session) =>
      session.executeWrite((tx) => work(new WriteTransaction(tx, this.registry, this.counter)), this.txConfig()),
    );
  }

  /** One statement in its own write transaction. */
  async writeOne<Row>(name: StatementName, params: Params = {}): Promise<Row[]> {
    return this.write((tx) => tx.run<Row>(name, params));
  }

  /** True while the database answers a trivial query. */
  async ping(): Promise<boolean> {
    try {
      await this.driver.executeQuery('RETURN 1', {}, { database: this.options.database, routing: neo4j.routing.READ });
      return true;
    } catch {
      return false;
    }
  }

  private txConfig() {
    return { timeout: this.options.queryTimeoutMs };
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', work: (session: ReturnType<Driver['session']>) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await work(session);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }
}
