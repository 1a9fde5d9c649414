// Applies ACLED's list of deleted events (`event_id_cnty,deleted_timestamp`, from its deletions API or export): the
// claims the ACLED import made about each event are retracted (kept, with the reason, and listed as RETRACTED in the
// change feed), and the event records the deletion so an older row of it imported later is skipped as stale.
import { Readable } from 'node:stream';
import neo4j from 'neo4j-driver';

import { groupRejections } from '../datasets/rejections';
import type { Database } from '../db/database';
import { BadInputError } from '../errors/BadInputError';
import { cellValue } from './acledCodebook';
import { acledEventId } from './acledRowBundle';
import { readCsv } from './csvReader';
import type { AcledRejectionGroup } from './importAcledCsv';
import { parseAcledTimestamp, type RejectedAcledRow } from './parseAcledRow';

export interface AcledDeletionsReport {
  /** Data rows read (the header and blank lines apart). */
  rowsRead: number;
  /** Events whose ACLED claims were retracted now. */
  retracted: number;
  /** Claims retracted (ACLED's attribution and its outlets' occurrence claims). */
  claimsRetracted: number;
  /** Events already deleted by an earlier list: unchanged. */
  alreadyDeleted: number;
  /** Events the graph does not hold. */
  notFound: number;
  /** Deletions older than the row the graph holds (ACLED sent the event again afterwards): skipped. */
  stale: number;
  staleRows: RejectedAcledRow[];
  rejected: RejectedAcledRow[];
  rejectedByReason: AcledRejectionGroup[];
  /** Transactions committed. */
  batches: number;
}

export interface AcledDeletionsOptions {
  by: string;
  batchSize?: number;
  onBatch?: (progress: { rowsRead: number; batches: number; elapsedMs: number }) => void;
}

interface Deletion {
  line: number;
  eventIdCnty: string;
  deletedAt: number;
}

const fold = (cell: string) =>
  cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

export async function importAcledDeletions(
  db: Database,
  input: Readable | string,
  options: AcledDeletionsOptions,
): Promise<AcledDeletionsReport> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 5000;
  const report: AcledDeletionsReport = {
    rowsRead: 0,
    retracted: 0,
    claimsRetracted: 0,
    alreadyDeleted: 0,
    notFound: 0,
    stale: 0,
    staleRows: [],
    rejected: [],
    rejectedByReason: [],
    batches: 0,
  };
  let columns: { id: number; deletedAt: number; width: number } | undefined;
  let pending: Deletion[] = [];

  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const now = neo4j.types.DateTime.fromStandardDate(new Date());
    const rows = batch.map((deletion) => ({
      eventId: acledEventId(deletion.eventIdCnty),
      deletedAt: neo4j.int(deletion.deletedAt),
      reason: `ACLED deleted event ${deletion.eventIdCnty} (deleted_timestamp ${deletion.deletedAt}, ${new Date(deletion.deletedAt * 1000).toISOString().slice(0, 10)})`,
    }));
    const outcomes = await db.write((tx) => tx.run('retractDeletedAcledEvents', { rows, now, by: options.by }));
    outcomes.forEach((outcome, index) => {
      const deletion = batch[index];
      if (outcome.outcome === 'retracted') {
        report.retracted += 1;
        report.claimsRetracted += outcome.claims;
      } else if (outcome.outcome === 'alreadyDeleted') report.alreadyDeleted += 1;
      else if (outcome.outcome === 'notFound') report.notFound += 1;
      else {
        report.stale += 1;
        report.staleRows.push({
          line: deletion.line,
          eventIdCnty: deletion.eventIdCnty,
          reason: `the graph holds a row of ${deletion.eventIdCnty} newer than the deletion (deleted_timestamp ${deletion.deletedAt})`,
        });
      }
    });
    report.batches += 1;
    options.onBatch?.({ rowsRead: report.rowsRead, batches: report.batches, elapsedMs: Date.now() - started });
  };

  const reject = (line: number, eventIdCnty: string | null, rule: string, reason: string = rule) =>
    report.rejected.push({ line, eventIdCnty, reason, rule });
  for await (const items of readCsv(input)) {
    for (const item of items) {
      if (!columns) {
        if (item.kind === 'error')
          throw new BadInputError('csv', `the header row is not readable as CSV: ${item.reason}`);
        const folded = item.fields.map(fold);
        const id = folded.indexOf('eventidcnty');
        const deletedAt = folded.indexOf('deletedtimestamp');
        if (id < 0 || deletedAt < 0) {
          throw new BadInputError(
            'csv',
            "is not a list of ACLED deletions: its header row must name event_id_cnty and deleted_timestamp (ACLED's deleted events list)",
          );
        }
        columns = { id, deletedAt, width: item.fields.length };
        continue;
      }
      if (item.kind === 'error') {
        report.rowsRead += 1;
        reject(item.line, null, 'not readable as CSV', `not readable as CSV: ${item.reason}`);
        continue;
      }
      if (item.fields.every((field) => field.trim() === '')) continue;
      report.rowsRead += 1;
      const eventIdCnty = cellValue(item.fields[columns.id]);
      const deletedText = cellValue(item.fields[columns.deletedAt]);
      if (eventIdCnty === '') {
        reject(item.line, null, 'event_id_cnty is missing');
        continue;
      }
      if (/\s/.test(eventIdCnty) || eventIdCnty.length > 150) {
        reject(
          item.line,
          null,
          'event_id_cnty is not an ACLED event id',
          `event_id_cnty "${eventIdCnty.slice(0, 40)}" is not an ACLED event id (no spaces, at most 150 characters)`,
        );
        continue;
      }
      const deletedAt = deletedText === '' ? undefined : parseAcledTimestamp(deletedText);
      if (deletedAt === undefined) {
        reject(
          item.line,
          eventIdCnty,
          'deleted_timestamp is not a Unix time in seconds',
          `deleted_timestamp "${deletedText}" is not a Unix time in seconds`,
        );
        continue;
      }
      pending.push({ line: item.line, eventIdCnty, deletedAt });
      if (pending.length >= batchSize) await flush();
    }
  }
  if (!columns)
    throw new BadInputError(
      'csv',
      'is empty: expected a header row event_id_cnty,deleted_timestamp, then one row per deleted event',
    );
  await flush();
  report.rejectedByReason = groupRejections(report.rejected);
  report.rejected = report.rejected.map(({ line, eventIdCnty, reason }) => ({ line, eventIdCnty, reason }));
  return report;
}
