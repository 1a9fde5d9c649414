// `npm run import:ucdp -- file.csv [--json]`: streams a UCDP GED CSV into the configured database and reports on every row.
import { existsSync } from 'node:fs';

import { loadConfig } from '../src/config';
import { progressLine } from '../src/datasets/progressBar';
import { groupRejections } from '../src/datasets/rejections';
import { applySchema } from '../src/db/migrate';
import { ImportAbortedError } from '../src/errors/ImportAbortedError';
import { importUcdpCsv, type UcdpImportReport } from '../src/ucdp/importUcdpCsv';
import { openCliDatabase, runCli } from './cliDatabase';
import { openDatasetFile } from './datasetFile';

const usage = 'usage: npm run import:ucdp -- <file.csv> [--json]';

/** Rejections grouped by the rule they broke: at most this many lines listed per rule, then a count. */
const linesShown = 12;

function printReport(file: string, report: UcdpImportReport, seconds: number): void {
  const rate = seconds > 0 ? Math.round(report.rowsRead / seconds) : report.rowsRead;
  const header = report.headerRow
    ? report.hxlHashtagRow === null
      ? ''
      : ` (line ${report.hxlHashtagRow} skipped: HXL hashtags, a file from HDX)`
    : ' (no header row: read with the 49 standard GED columns)';
  console.log(
    `${file}: ${report.rowsRead} rows in ${seconds.toFixed(1)} s (${rate} rows/s), ${report.batches} batches${header}`,
  );
  for (const group of groupRejections(report.rejected)) {
    const more = group.lines.length > linesShown ? ` and ${group.lines.length - linesShown} more` : '';
    console.log(
      `  rejected ${group.count} × ${group.reason}: line${group.count > 1 ? 's' : ''} ${group.lines.slice(0, linesShown).join(', ')}${more}`,
    );
  }
  console.log(
    `created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejected.length}, stale ${report.stale}`,
  );
}

runCli('import:ucdp', async () => {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--json');
  const files = args.filter((arg) => !arg.startsWith('--'));
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(', ')}; ${usage}`);
  if (files.length !== 1) throw new Error(usage);
  const file = files[0];
  if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  // A spreadsheet or an archive of several files is refused before the database is touched.
  const { stream: input, totalBytes, bytesRead } = await openDatasetFile(file);
  const { db, uri, close } = await openCliDatabase();
  const started = Date.now();
  // Progress goes to stderr, and only on a terminal: stdout stays the report (or the JSON) for scripts and logs.
  const tty = process.stderr.isTTY === true;
  try {
    await applySchema(db.driver, loadConfig().neo4jDatabase);
    const report = await importUcdpCsv(db, input, {
      by: `import:ucdp ${process.env.USER ?? ''}`.trim(),
      onBatch: tty
        ? ({ rowsRead, elapsedMs }) =>
            process.stderr.write(`\r${progressLine({ bytesRead: bytesRead(), totalBytes, rowsRead, elapsedMs })}  `)
        : undefined,
    });
    if (tty) process.stderr.write('\n');
    const seconds = (Date.now() - started) / 1000;
    if (json) {
      const rowsPerSecond = seconds > 0 ? Math.round(report.rowsRead / seconds) : report.rowsRead;
      console.log(
        JSON.stringify(
          { file, into: uri, seconds, rowsPerSecond, ...report, rejectedByReason: groupRejections(report.rejected) },
          null,
          2,
        ),
      );
    } else {
      console.log(`into ${uri}`);
      printReport(file, report, seconds);
    }
  } catch (error) {
    if (tty) process.stderr.write('\n');
    if (error instanceof ImportAbortedError) throw new Error(error.message, { cause: error });
    throw error;
  } finally {
    await close();
  }
});
