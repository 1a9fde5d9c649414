// `npm run import:acled -- [--json] file.csv...`: streams ACLED files of any vintage into the configured database and
// reports on every row. `--deleted file.csv` applies ACLED's list of deleted events instead. On a terminal a progress
// bar shows the share read, the rate and the time left; `--json` prints each report as JSON for scripts.

import { importAcledCsv, type AcledImportReport } from '../src/acled/importAcledCsv';
import { importAcledDeletions, type AcledDeletionsReport } from '../src/acled/importAcledDeletions';
import type { RejectedAcledRow } from '../src/acled/parseAcledRow';
import { runCli } from './cliDatabase';
import { groupedRows, headline, importEachFile, importOutcome, parseImportArgs, positiveInteger } from './importCli';

const usage = [
  'usage: npm run import:acled -- [--json] [--batch-size N] [--concurrency N] <file.csv>...',
  "       npm run import:acled -- [--json] --deleted <deleted.csv>...   (ACLED's event_id_cnty,deleted_timestamp list)",
].join('\n');

const number = (n: number) => n.toLocaleString('en-US');

/** The stale rows as one group of the report, listed as rejections are. */
function staleGroup(title: string, reason: string, report: { stale: number; staleRows: RejectedAcledRow[] }): string[] {
  return groupedRows(
    title,
    [{ reason, count: report.stale, lines: report.staleRows.map((row) => row.line) }],
    report.staleRows.map((row) => ({ line: row.line, id: row.eventIdCnty, reason: row.reason })),
  );
}

function printReport(file: string, report: AcledImportReport, seconds: number, uri: string): void {
  const lines = [headline(file, report.rowsRead, seconds, report.batches)];
  const format = report.format
    ? `${report.format.encoding.toUpperCase()}, ${({ ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const)[report.format.delimiter]}-separated`
    : '';
  lines.push(`  read as ${report.layout ?? 'no layout (empty file)'}${format ? `; ${format}` : ''}, into ${uri}`);
  if (report.ignoredColumns.length > 0)
    lines.push(`  columns ignored (not ACLED's): ${report.ignoredColumns.join(', ')}`);
  lines.push(
    ...importOutcome(
      report,
      report.rejected.map((row) => ({ line: row.line, id: row.eventIdCnty, reason: row.reason })),
    ),
  );
  if (report.stale > 0) {
    lines.push(
      ...staleGroup(
        "stale (older than the graph's version, skipped)",
        'older than the version the graph holds',
        report,
      ),
    );
  }
  console.log(lines.join('\n'));
}

function printDeletions(file: string, report: AcledDeletionsReport, seconds: number, uri: string): void {
  const lines = [headline(file, report.rowsRead, seconds, report.batches), `  ACLED's deleted events, into ${uri}`];
  lines.push(
    `  retracted ${number(report.retracted)} events (${number(report.claimsRetracted)} claims), already deleted ${number(report.alreadyDeleted)}, ` +
      `not in the graph ${number(report.notFound)}, rejected ${report.rejected.length}, stale ${report.stale}`,
  );
  lines.push(
    ...groupedRows(
      'rejected, by reason',
      report.rejectedByReason,
      report.rejected.map((row) => ({ line: row.line, id: row.eventIdCnty, reason: row.reason })),
    ),
  );
  lines.push(
    ...staleGroup('stale (the graph holds a newer row, kept)', 'deletion older than the row the graph holds', report),
  );
  console.log(lines.join('\n'));
}

runCli('import:acled', async () => {
  const args = parseImportArgs(
    process.argv.slice(2),
    { flags: ['deleted'], valued: ['batch-size', 'concurrency'] },
    usage,
  );
  const batchSize = positiveInteger(args, 'batch-size');
  const concurrency = positiveInteger(args, 'concurrency');
  if (args.flags.has('deleted'))
    await importEachFile(
      args,
      'import:acled',
      (db, stream, run) => importAcledDeletions(db, stream, { ...run, batchSize }),
      printDeletions,
    );
  else
    await importEachFile(
      args,
      'import:acled',
      (db, stream, run) => importAcledCsv(db, stream, { ...run, batchSize, concurrency }),
      printReport,
    );
});
