// `npm run import:acled -- file.csv`: streams an ACLED-format CSV into the configured database and reports on every row.
import { createReadStream, existsSync } from 'node:fs';

import { importAcledCsv, type AcledImportReport } from '../src/acled/importAcledCsv';
import { loadConfig } from '../src/config';
import { applySchema } from '../src/db/migrate';
import { ImportAbortedError } from '../src/errors/ImportAbortedError';
import { openCliDatabase, runCli } from './cliDatabase';

function printReport(file: string, report: AcledImportReport, seconds: number): void {
  const rate = seconds > 0 ? Math.round(report.rowsRead / seconds) : report.rowsRead;
  console.log(
    `${file}: ${report.rowsRead} rows in ${seconds.toFixed(1)} s (${rate} rows/s), ${report.batches} batches`,
  );
  console.log(
    `  created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejected.length}`,
  );
  for (const row of report.rejected)
    console.log(`  line ${row.line}${row.eventIdCnty ? ` (${row.eventIdCnty})` : ''}: ${row.reason}`);
}

runCli('import:acled', async () => {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npm run import:acled -- <file.csv>');
  if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  const { db, uri, close } = await openCliDatabase();
  const started = Date.now();
  // Progress only on a terminal: a log file gets the final report alone.
  const tty = process.stdout.isTTY === true;
  try {
    await applySchema(db.driver, loadConfig().neo4jDatabase);
    const report = await importAcledCsv(db, createReadStream(file), {
      by: `import:acled ${process.env.USER ?? ''}`.trim(),
      onBatch: tty
        ? ({ rowsRead, batches, elapsedMs }) => {
            const rate = Math.round(rowsRead / Math.max(elapsedMs / 1000, 0.001));
            process.stdout.write(`\r${rowsRead} rows read, ${batches} batches committed, ${rate} rows/s  `);
          }
        : undefined,
    });
    if (tty) process.stdout.write('\n');
    console.log(`into ${uri}`);
    printReport(file, report, (Date.now() - started) / 1000);
  } catch (error) {
    if (tty) process.stdout.write('\n');
    if (error instanceof ImportAbortedError) throw new Error(error.message, { cause: error });
    throw error;
  } finally {
    await close();
  }
});
