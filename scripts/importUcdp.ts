// `npm run import:ucdp -- [--json] file.csv...`: streams UCDP GED files into the configured database and reports on
// every row, the way import:acled does (scripts/importCli.ts: arguments, progress bar, report, JSON).
import { existsSync } from 'node:fs';

import { loadConfig } from '../src/config';
import { applySchema } from '../src/db/migrate';
import { ImportAbortedError } from '../src/errors/ImportAbortedError';
import { importUcdpCsv, type UcdpImportReport } from '../src/ucdp/importUcdpCsv';
import { openCliDatabase, runCli } from './cliDatabase';
import { openDatasetFile } from './datasetFile';
import { groupedRows, headline, parseImportArgs, printJson, ProgressBar } from './importCli';

const usage = 'usage: npm run import:ucdp -- [--json] <file.csv | ged-csv.zip>...';

function printReport(file: string, report: UcdpImportReport, seconds: number, uri: string): void {
  const layout = report.headerRow
    ? 'a GED file with its header row'
    : 'a GED file without a header row (the 49 standard GED columns)';
  const lines = [headline(file, report.rowsRead, seconds, report.batches), `  read as ${layout}, into ${uri}`];
  if (report.hxlHashtagRow !== null)
    lines.push(`  line ${report.hxlHashtagRow} skipped: HXL hashtags (a file from HDX), not an event`);
  lines.push(
    `  created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejected.length}, stale ${report.stale}`,
  );
  lines.push(
    ...groupedRows(
      'rejected, by reason',
      report.rejectedByReason,
      report.rejected.map((row) => ({ line: row.line, id: row.ucdpId, reason: row.reason })),
    ),
  );
  console.log(lines.join('\n'));
}

runCli('import:ucdp', async () => {
  const args = parseImportArgs(process.argv.slice(2), { flags: [], valued: [] }, usage);
  for (const file of args.files) if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  const { db, uri, close } = await openCliDatabase();
  const by = `import:ucdp ${process.env.USER ?? ''}`.trim();
  try {
    await applySchema(db.driver, loadConfig().neo4jDatabase);
    for (const file of args.files) {
      const started = Date.now();
      const { stream, totalBytes, bytesRead, inside } = await openDatasetFile(file);
      const label = `${file.split('/').pop() ?? file}${inside && inside !== 'gzip' ? `: ${inside}` : ''}`;
      const bar = new ProgressBar(totalBytes, label);
      try {
        const report = await importUcdpCsv(db, stream, {
          by,
          onBatch: ({ rowsRead }) => bar.update(bytesRead(), rowsRead),
        });
        bar.finish();
        const seconds = (Date.now() - started) / 1000;
        if (args.json) printJson(file, seconds, report.rowsRead, { into: uri, ...report });
        else printReport(file, report, seconds, uri);
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
