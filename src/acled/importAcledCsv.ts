// Streams an ACLED file of any vintage into the graph in batches, each one transaction, and reports on every row:
// created, updated, unchanged, stale (an older version than the graph holds) or rejected with its line and reason.
// Reading the next batch overlaps with writing the last one; memory stays flat in the file's size.
import { Readable } from 'node:stream';

import { isHxlHashtagRow } from '../datasets/hxlHashtags';
import { groupRejections } from '../datasets/rejections';
import type { Database } from '../db/database';
import { BadInputError } from '../errors/BadInputError';
import { ImportAbortedError } from '../errors/ImportAbortedError';
import { acledLayoutOf, type AcledLayout, type AcledVintage } from './acledLayout';
import { acledEventId } from './acledRowBundle';
import {
  acledRawHash,
  AcledWriter,
  type AcledRowResult,
  type AcledSourceRow,
  type PreparedAcledBatch,
} from './acledWriter';
import { readCsv, type CsvFormat } from './csvReader';
import { parseAcledRow, type RejectedAcledRow } from './parseAcledRow';

export type { RejectedAcledRow } from './parseAcledRow';

export interface AcledImportReport {
  /** Data rows read (the header and blank lines apart). */
  rowsRead: number;
  /** Rows whose event was new to the graph. */
  created: number;
  /** Rows whose event was in the graph from another version of the row, now replaced by this one. */
  updated: number;
  /** Rows the graph already holds exactly as the file states them. */
  unchanged: number;
  /** Rows older than the version the graph holds (by `timestamp`), or of events ACLED deleted: skipped. */
  stale: number;
  /** Rejected rows in file order, each with its line and reason. */
  rejected: RejectedAcledRow[];
  /** The same rows grouped by the rule they broke ("event_date is not a date"), most frequent first, with their lines. */
  rejectedByReason: AcledRejectionGroup[];
  /** The stale rows, each with its line and why. */
  staleRows: RejectedAcledRow[];
  /** Transactions committed. */
  batches: number;
  /** The vintage the header row announced, and in words. */
  vintage: AcledVintage | null;
  layout: string | null;
  /** Header columns that are not ACLED's, ignored. */
  ignoredColumns: string[];
  /** The file's encoding and separator, as detected. */
  format: CsvFormat | null;
  /** The line of the HXL hashtag row under the header (files from HDX), skipped; null when there is none. */
  hxlHashtagRow: number | null;
}

export interface AcledRejectionGroup {
  reason: string;
  count: number;
  lines: number[];
}

export interface AcledImportProgress {
  rowsRead: number;
  batches: number;
  elapsedMs: number;
}

export interface AcledImportOptions {
  /** Who writes (recorded as createdBy / updatedBy). */
  by: string;
  /** Rows per transaction. */
  batchSize?: number;
  /** Batches committed at once (default 2: Neo4j writes each transaction on one core). */
  concurrency?: number;
  /** Called after each committed batch. */
  onBatch?: (progress: AcledImportProgress) => void;
}

export const defaultAcledBatchSize = 2000;
export const defaultAcledConcurrency = 2;

export async function importAcledCsv(
  db: Database,
  input: Readable | string,
  options: AcledImportOptions,
): Promise<AcledImportReport> {
  const batchSize = options.batchSize ?? defaultAcledBatchSize;
  const concurrency = Math.max(1, options.concurrency ?? defaultAcledConcurrency);
  const started = Date.now();
  const report: AcledImportReport = {
    rowsRead: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    stale: 0,
    rejected: [],
    rejectedByReason: [],
    staleRows: [],
    batches: 0,
    vintage: null,
    layout: null,
    ignoredColumns: [],
    format: null,
    hxlHashtagRow: null,
  };
  const writer = new AcledWriter(db, options.by);
  /** Batches by number (from 1): the last line of each, and whether it is committed. */
  const batchLines: number[] = [];
  const committed = new Set<number>();
  const inFlight = new Set<{ eventIds: Set<string>; done: Promise<void> }>();
  let failure: ImportAbortedError | undefined;

  const tally = (results: AcledRowResult[]) => {
    for (const { line, eventIdCnty, outcome, reason, rule } of results) {
      if (outcome === 'rejected') report.rejected.push({ line, eventIdCnty, reason: reason ?? '', rule });
      else if (outcome === 'stale') {
        report.stale += 1;
        report.staleRows.push({ line, eventIdCnty, reason: reason ?? '' });
      } else report[outcome] += 1;
    }
  };

  const aborted = (number: number, rows: AcledSourceRow[], error: unknown) => {
    let prefix = 0;
    while (committed.has(prefix + 1)) prefix += 1;
    const throughLine = prefix > 0 ? batchLines[prefix - 1] : null;
    const others = [...committed].filter((n) => n > prefix).sort((a, b) => a - b);
    const done =
      prefix > 0
        ? `batches 1-${prefix} (through line ${String(throughLine)}) are committed`
        : 'no batch before it was committed';
    const also =
      others.length > 0 ? `, and batch${others.length > 1 ? 'es' : ''} ${others.join(', ')} (written alongside)` : '';
    return new ImportAbortedError(
      `ACLED import stopped: batch ${number} (lines ${rows[0].line}-${rows[rows.length - 1].line}) failed: ${(error instanceof Error ? error.message : String(error)).replace(/\.+$/, '')}. ` +
        `${done}${also}; importing the same file again leaves those rows unchanged and carries on.`,
      committed.size,
      throughLine,
      error,
    );
  };

  /**
   * Each batch is prepared after the one before it (file order), then committed, up to `concurrency` at once; reading
   * and parsing go on meanwhile, with at most `concurrency + 1` batches between the reader and the graph.
   */
  const jobs = new Set<Promise<void>>();
  const committing = new Set<Promise<void>>();
  let lastPrepared: Promise<void> = Promise.resolve();
  /** Set at the first failure: batches not yet prepared are not started. */
  let stopping = false;

  const runBatch = async (number: number, rows: AcledSourceRow[], prior: Promise<void>, prepared: () => void) => {
    let entry: { eventIds: Set<string>; done: Promise<void> } | undefined;
    try {
      await prior;
      if (stopping) return prepared();
      // A batch naming an event another batch is still writing waits for it: it is then weighed against what that wrote.
      for (const other of [...inFlight])
        if (rows.some((row) => other.eventIds.has(acledEventId(row.eventIdCnty)))) await other.done;
      const batch: PreparedAcledBatch = await writer.prepare(rows);
      let finished!: () => void;
      entry = { eventIds: batch.eventIds, done: new Promise<void>((resolve) => (finished = resolve)) };
      inFlight.add(entry);
      prepared();
      try {
        while (committing.size >= concurrency) await Promise.race(committing);
        const commit = batch.commit().then((results) => {
          tally(results);
          committed.add(number);
          report.batches = committed.size;
          options.onBatch?.({ rowsRead: report.rowsRead, batches: report.batches, elapsedMs: Date.now() - started });
        });
        const slot = commit.then(
          () => undefined,
          () => undefined,
        );
        committing.add(slot);
        try {
          await commit;
        } finally {
          committing.delete(slot);
        }
      } finally {
        inFlight.delete(entry);
        finished();
      }
    } catch (error) {
      stopping = true;
      prepared();
      // Say what is committed once the batches written alongside have finished.
      await Promise.all([...inFlight].map((other) => other.done));
      failure ??= aborted(number, rows, error);
    }
  };

  const flush = async (rows: AcledSourceRow[]) => {
    if (failure) throw failure;
    if (rows.length === 0) return;
    while (jobs.size > concurrency) await Promise.race(jobs);
    if (failure) throw failure;
    const number = batchLines.push(rows[rows.length - 1].line);
    const prior = lastPrepared;
    let prepared!: () => void;
    lastPrepared = new Promise<void>((resolve) => (prepared = resolve));
    // However a batch ends, the next may start preparing (resolving twice is harmless).
    const job = runBatch(number, rows, prior, prepared).finally(prepared);
    jobs.add(job);
    void job.finally(() => jobs.delete(job));
  };

  let layout: AcledLayout | undefined;
  let pending: AcledSourceRow[] = [];
  const pendingIds = new Set<string>();
  const reader = readCsv(input, {
    onFormat: (format) => {
      report.format = format;
    },
  });
  try {
    for await (const items of reader) {
      for (const item of items) {
        if (!layout) {
          if (item.kind === 'error')
            throw new BadInputError('csv', `the header row is not readable as CSV: ${item.reason}`);
          layout = acledLayoutOf(item.fields);
          Object.assign(report, {
            vintage: layout.vintage,
            layout: layout.description,
            ignoredColumns: layout.ignoredColumns,
          });
          continue;
        }
        if (item.kind === 'error') {
          report.rowsRead += 1;
          report.rejected.push({
            line: item.line,
            eventIdCnty: null,
            reason: `not readable as CSV: ${item.reason}`,
            rule: 'not readable as CSV',
          });
          continue;
        }
        const { fields } = item;
        if (fields.every((field) => field.trim() === '')) continue;
        // An HXL hashtag row can only be the first under the header.
        if (report.rowsRead === 0 && report.hxlHashtagRow === null && isHxlHashtagRow(fields)) {
          report.hxlHashtagRow = item.line;
          continue;
        }
        report.rowsRead += 1;
        const extraFilled =
          fields.length > layout.width && fields.slice(layout.width).some((field) => field.trim() !== '');
        if (fields.length < layout.width || extraFilled) {
          const record = layout.recordOf(fields);
          const cut =
            fields.length < layout.width && item.endsFile
              ? ': the file ends part-way through this row (was it cut short?)'
              : '';
          report.rejected.push({
            line: item.line,
            eventIdCnty: record.event_id_cnty || null,
            reason: `has ${fields.length} fields where the header has ${layout.width}${cut}`,
            rule: cut ? 'the file ends part-way through the row' : 'has a different number of fields from the header',
          });
          continue;
        }
        const record = layout.recordOf(fields);
        const eventIdCnty = record.event_id_cnty ?? '';
        if (eventIdCnty === '' || eventIdCnty.length > 150 || /\s/.test(eventIdCnty)) {
          // A row without a usable id cannot be batched by it; parsing says why it is refused.
          const parsed = parseAcledRow(record, item.line);
          if (!parsed.ok) report.rejected.push(parsed.rejected);
          continue;
        }
        // A repeated event id goes to the next batch, so it is weighed against what the earlier row wrote. Rows are
        // parsed when their batch is prepared, and only when the graph does not already hold them as written.
        if (pendingIds.has(eventIdCnty) || pending.length >= batchSize) {
          await flush(pending);
          pending = [];
          pendingIds.clear();
        }
        pending.push({ line: item.line, eventIdCnty, record, rawHash: acledRawHash(record) });
        pendingIds.add(eventIdCnty);
      }
    }
    if (!layout)
      throw new BadInputError('csv', "is empty: expected a header row naming ACLED's columns, then one row per event");
    await flush(pending);
    await Promise.all(jobs);
    if (failure) throw failure;
  } catch (error) {
    // Stop reading the input when the header is refused or a batch fails; batches still being written are waited for.
    if (typeof input !== 'string') input.destroy();
    await Promise.all(jobs);
    throw failure ?? error;
  }
  report.rejectedByReason = groupRejections(report.rejected);
  report.rejected = report.rejected
    .map(({ line, eventIdCnty, reason }) => ({ line, eventIdCnty, reason }))
    .sort((a, b) => a.line - b.line);
  report.staleRows.sort((a, b) => a.line - b.line);
  return report;
}
