// `npm run import:acled -- [--json] file.csv...`: streams ACLED files of any vintage into the configured database and
// reports on every row. `--deleted file.csv` applies ACLED's list of deleted events instead. On a terminal a progress
// bar shows the share read, the rate and the time left; `--json` prints each report as JSON for scripts.
import { existsSync } from 'node:fs';

import { importAcledCsv, type AcledImportReport } from '../src/acled/importAcledCsv';
import { importAcledDeletions, type AcledDeletionsReport } from '../src/acled/importAcledDeletions';
import type { RejectedAcledRow } from '../src/acled/parseAcledRow';
import { loadConfig } from '../src/config';
import { applySchema } from '../src/db/migrate';
import { ImportAbortedError } from '../src/errors/ImportAbortedError';
import { openCliDatabase, runCli } from './cliDatabase';
import { openDatasetFile } from './datasetFile';
import { groupedRows, headline, parseImportArgs, positiveInteger, printJson, ProgressBar } from './importCli';

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
  if (report.hxlHashtagRow !== null)
    lines.push(`  line ${report.hxlHashtagRow} skipped: HXL hashtags (a file from HDX), not an event`);
  lines.push(
    `  created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejected.length}, stale ${report.stale}`,
  );
  lines.push(
    ...groupedRows(
      'rejected, by reason',
      report.rejectedByReason,
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
  for (const file of args.files) if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  const batchSize = positiveInteger(args, 'batch-size');
  const concurrency = positiveInteger(args, 'concurrency');
  const { db, uri, close } = await openCliDatabase();
  const by = `import:acled ${process.env.USER ?? ''}`.trim();
  try {
    await applySchema(db.driver, loadConfig().neo4jDatabase);
    for (const file of args.files) {
      const started = Date.now();
      const { stream, totalBytes, bytesRead, inside } = await openDatasetFile(file);
      const label = `${file.split('/').pop() ?? file}${inside && inside !== 'gzip' ? `: ${inside}` : ''}`;
      const bar = new ProgressBar(totalBytes, label);
      const onBatch = ({ rowsRead }: { rowsRead: number }) => bar.update(bytesRead(), rowsRead);
      try {
        if (args.flags.has('deleted')) {
          const report = await importAcledDeletions(db, stream, { by, batchSize, onBatch });
          bar.finish();
          const seconds = (Date.now() - started) / 1000;
          if (args.json) printJson(file, seconds, report.rowsRead, { into: uri, ...report });
          else printDeletions(file, report, seconds, uri);
        } else {
          const report = await importAcledCsv(db, stream, { by, batchSize, concurrency, onBatch });
          bar.finish();
          const seconds = (Date.now() - started) / 1000;
          if (args.json) printJson(file, seconds, report.rowsRead, { into: uri, ...report });
          else printReport(file, report, seconds, uri);
        }
      } catch (error) {
        bar.finish();
        if (error instanceof ImportAbortedError) throw new Error(error.message, { cause: error });
        throw error;
      }
    }
  } finally {
    await close();
  }
});
