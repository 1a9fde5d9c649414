// The load that filled a bench graph, kept beside its data (.neo4j/bench-<size>/bench-load.json) so that every run
// reusing the graph can report how long it took to load.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** The load that filled a size's data folder from empty, in one go. */
export interface LoadRecord {
  seconds: number;
  events: number;
  claims: number;
  claimsPerSecond: number;
  /** When the load finished (ISO), and the commit it ran (null outside a git checkout). */
  loadedAt: string;
  commit: string | null;
}

/**
 * The record of a load that just ran, or null when there is nothing honest to record: no load ran, or it resumed an
 * interrupted one, whose seconds cover only its last part. `commitOf` is asked only for a load it records.
 */
export function recordOfLoad(
  load: { seconds: number | null; eventsBefore: number; counts: { events: number; claims: number } },
  at: Date,
  commitOf: () => string | null,
): LoadRecord | null {
  if (load.seconds === null || load.eventsBefore !== 0) return null;
  return {
    seconds: load.seconds,
    events: load.counts.events,
    claims: load.counts.claims,
    claimsPerSecond: Math.round(load.counts.claims / load.seconds),
    loadedAt: at.toISOString(),
    commit: commitOf(),
  };
}

export function readLoadRecord(file: string): LoadRecord | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LoadRecord) : null;
}

export function writeLoadRecord(file: string, record: LoadRecord): void {
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
}

/** The scaling table's load cell: the recorded load and whether this run or an earlier one (when, at which commit) made it. */
export function loadCell(size: { loadSeconds: number | null; load?: LoadRecord | null }): string {
  if (size.load) {
    const when =
      size.loadSeconds === null ? `${size.load.loadedAt.slice(0, 10)}, ${size.load.commit ?? 'no commit'}` : 'this run';
    return `${size.load.seconds} s, ${size.load.claimsPerSecond} claims/s (${when})`;
  }
  return size.loadSeconds === null ? 'not recorded' : `${size.loadSeconds} s (this run)`;
}
