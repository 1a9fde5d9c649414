// Bounds on the database queries running at once: per request (the rest wait inside the request), per caller, and in
// all, with the database's time shared fairly between callers. One request of 200 aliased lists used to start 200
// queries at once, empty the driver's pool of 100 connections and stall every other caller's request behind it.
import { DatabaseUnavailableError } from '../errors/DatabaseUnavailableError';

export interface QueryConcurrency {
  /** Queries one request runs at once; its others wait their turn inside the request (DB_QUERIES_PER_REQUEST). */
  perRequest: number;
  /** Queries one caller runs at once over all its requests while other callers are present (DB_QUERIES_PER_CALLER). */
  perCaller: number;
  /** Queries all callers run at once; kept below the driver's pool so requests never exhaust it (DB_QUERIES_TOTAL). */
  total: number;
  /** How long a query may wait for a place beyond its own request's queue, before DATABASE_UNAVAILABLE with reason BUSY (DB_QUEUE_TIMEOUT_MS). */
  queueTimeoutMs: number;
}

export const defaultQueryConcurrency: QueryConcurrency = {
  perRequest: 4,
  perCaller: 4,
  total: 64,
  queueTimeoutMs: 10_000,
};

/** A caller counts as present while it has queries running or waiting, and this long after its last one ended. */
export const callerPresenceMs = 1_000;

/** A caller's use of the database is the time its queries held their places, fading by e (2.7) times every this long. */
export const usageFadeMs = 2_000;

/** Gives the place back; calling it again does nothing. */
export type Release = () => void;

interface Waiter {
  caller: CallerState;
  /** Order of arrival over all callers: among callers that used the database alike, the longest waiting goes first. */
  ticket: number;
  grant: (release: Release) => void;
  timer: NodeJS.Timeout;
}

interface CallerState {
  key: string;
  running: number;
  waiting: Waiter[];
  /** When its last query ended (or began, while it has some). */
  lastSeen: number;
  /** Milliseconds its queries held places, fading with usageFadeMs, as of `usageAt`; a running query counts `typicalMs` ahead. */
  usage: number;
  usageAt: number;
  /** How long its queries typically hold a place (moving average), charged when one starts and corrected when it ends. */
  typicalMs: number;
}

interface Busiest {
  first: CallerState | undefined;
  firstUsage: number;
  secondUsage: number;
}

export interface GateLoad {
  running: number;
  waiting: number;
  /** Callers present: with a query running or waiting, or one that ended within callerPresenceMs. */
  callers: number;
}

/**
 * Places for queries, shared between callers, so that the database's time is too.
 *
 * A caller alone (the only one present: with queries running or waiting, or one that ended within callerPresenceMs)
 * may run up to `total` queries: one client, or many behind one address, is not held back. While other callers are
 * present, a caller may start a query only if it runs fewer than `perCaller` and has used the database (the time its
 * queries held places, fading with usageFadeMs) no more than the busiest of the others: a caller that floods is held
 * to the pace of the others, whatever its queries cost, and the others keep their own pace (on a database short of
 * CPU, running fewer queries at once is not enough: a flood of heavy queries one at a time takes much of it). All
 * callers together run at most `total`. A query that may not start waits; a freed place goes to the waiting caller that
 * has used the database least, among equals to the one waiting longest, and within a caller in order of arrival.
 */
export class FairQueryGate {
  private running = 0;
  private waitingCount = 0;
  private tickets = 0;
  private lastSweep: number;
  private sweepTimer: NodeJS.Timeout | undefined;
  private readonly callers = new Map<string, CallerState>();

  constructor(
    readonly limits: Pick<QueryConcurrency, 'perCaller' | 'total' | 'queueTimeoutMs'>,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.lastSweep = now();
  }

  /** Resolves with the place's release once `caller` may run a query; fails with DATABASE_UNAVAILABLE (BUSY) past the queue timeout. */
  enter(caller: string): Promise<Release> {
    this.sweepAndDispatch();
    const state = this.callers.get(caller) ?? this.addCaller(caller);
    state.lastSeen = this.now();
    if (state.waiting.length === 0 && this.mayStart(state, this.busiest())) return Promise.resolve(this.take(state));
    return new Promise<Release>((resolve, reject) => {
      const waiter: Waiter = {
        caller: state,
        ticket: (this.tickets += 1),
        grant: resolve,
        timer: setTimeout(() => {
          this.leaveQueue(waiter);
          reject(
            new DatabaseUnavailableError(
              'BUSY',
              `the query waited ${this.limits.queueTimeoutMs} ms (DB_QUEUE_TIMEOUT_MS) for its turn among the queries of all callers`,
            ),
          );
        }, this.limits.queueTimeoutMs),
      };
      state.waiting.push(waiter);
      this.waitingCount += 1;
      this.keepSweeping();
    });
  }

  load(): GateLoad {
    this.sweepAndDispatch();
    return { running: this.running, waiting: this.waitingCount, callers: this.callers.size };
  }

  /** The caller's use of the database now (see CallerState.usage); 0 for a caller not present. */
  usageOf(caller: string): number {
    const state = this.callers.get(caller);
    return state ? this.usageNow(state) : 0;
  }

  private addCaller(key: string): CallerState {
    const now = this.now();
    const state: CallerState = { key, running: 0, waiting: [], lastSeen: now, usage: 0, usageAt: now, typicalMs: 0 };
    this.callers.set(key, state);
    return state;
  }

  private usageNow(state: CallerState): number {
    return state.usage * Math.exp(-(this.now() - state.usageAt) / usageFadeMs);
  }

  private charge(state: CallerState, ms: number): void {
    const now = this.now();
    state.usage = Math.max(0, this.usageNow(state) + ms);
    state.usageAt = now;
  }

  /** The two callers that used the database most, for "no more than the busiest of the others" in one pass. */
  private busiest(): Busiest {
    const top: Busiest = { first: undefined, firstUsage: 0, secondUsage: 0 };
    for (const state of this.callers.values()) {
      const usage = this.usageNow(state);
      if (!top.first || usage > top.firstUsage) {
        top.secondUsage = top.first ? top.firstUsage : 0;
        top.first = state;
        top.firstUsage = usage;
      } else if (usage > top.secondUsage) {
        top.secondUsage = usage;
      }
    }
    return top;
  }

  private mayStart(state: CallerState, busiest: Busiest): boolean {
    if (this.running >= this.limits.total) return false;
    if (this.isAlone(state)) return true;
    const busiestOther = busiest.first === state ? busiest.secondUsage : busiest.firstUsage;
    return state.running < this.limits.perCaller && this.usageNow(state) <= busiestOther;
  }

  private isAlone(state: CallerState): boolean {
    return this.callers.size === 1 && this.callers.get(state.key) === state;
  }

  private take(state: CallerState): Release {
    this.running += 1;
    state.running += 1;
    // What a caller runs while alone costs no one anything, and is not counted against it when others come.
    const counted = !this.isAlone(state);
    const charged = counted ? state.typicalMs : 0;
    if (counted) this.charge(state, charged);
    const started = this.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const heldMs = this.now() - started;
      this.running -= 1;
      state.running -= 1;
      state.lastSeen = this.now();
      if (counted) this.charge(state, heldMs - charged);
      state.typicalMs = state.typicalMs === 0 ? heldMs : 0.8 * state.typicalMs + 0.2 * heldMs;
      this.dispatch();
    };
  }

  /** Hands free places to waiting queries that may start, the caller that used the database least first. */
  private dispatch(): void {
    this.sweep();
    while (this.waitingCount > 0 && this.running < this.limits.total) {
      let next: Waiter | undefined;
      let nextUsage = 0;
      const busiest = this.busiest();
      for (const state of this.callers.values()) {
        const head = state.waiting[0];
        if (!head || !this.mayStart(state, busiest)) continue;
        const usage = this.usageNow(state);
        if (!next || usage < nextUsage || (usage === nextUsage && head.ticket < next.ticket)) {
          next = head;
          nextUsage = usage;
        }
      }
      if (!next) return;
      const release = this.take(next.caller);
      this.leaveQueue(next);
      next.grant(release);
    }
  }

  private leaveQueue(waiter: Waiter): void {
    clearTimeout(waiter.timer);
    const queue = waiter.caller.waiting;
    const index = queue.indexOf(waiter);
    if (index === -1) return;
    queue.splice(index, 1);
    this.waitingCount -= 1;
  }

  /**
   * Forgets callers no longer present, at most once per callerPresenceMs (so one may count a little longer); true when
   * it forgot one, which may leave a caller alone, or the busiest no longer there, and let waiting queries start.
   */
  private sweep(): boolean {
    const now = this.now();
    if (now - this.lastSweep < callerPresenceMs) return false;
    this.lastSweep = now;
    let forgot = false;
    for (const [key, state] of this.callers) {
      if (state.running === 0 && state.waiting.length === 0 && now - state.lastSeen >= callerPresenceMs) {
        this.callers.delete(key);
        forgot = true;
      }
    }
    return forgot;
  }

  private sweepAndDispatch(): void {
    if (this.sweep()) this.dispatch();
  }

  /** While queries wait, callers that leave are noticed even when nothing else happens (no query starts or ends). */
  private keepSweeping(): void {
    if (this.sweepTimer) return;
    this.sweepTimer = setTimeout(() => {
      this.sweepTimer = undefined;
      this.sweepAndDispatch();
      if (this.waitingCount > 0) this.keepSweeping();
    }, callerPresenceMs);
    this.sweepTimer.unref();
  }
}

/**
 * One request's way to the database: at most `perRequest` of its queries run at once, the others wait in order of
 * arrival inside the request (that wait is the request's own doing and has no timeout); each running one also holds a
 * place of the shared gate, under its caller.
 */
export class RequestQueryLane {
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(
    private readonly gate: FairQueryGate | null,
    private readonly caller: string,
    private readonly perRequest: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.perRequest) await new Promise<void>((resolve) => this.queue.push(resolve));
    else this.running += 1;
    try {
      const release = this.gate ? await this.gate.enter(this.caller) : null;
      try {
        return await work();
      } finally {
        release?.();
      }
    } finally {
      // The place passes straight to the next query of the request, so `running` stays as it is.
      const next = this.queue.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
