// `npm run import:ucdp -- [--json] file.csv...`: streams UCDP GED files into the configured database and reports on
// every row, the way import:acled does (scripts/importCli.ts: arguments, progress bar, report, JSON).

import { importUcdpCsv, type UcdpImportReport } from '../src/ucdp/importUcdpCsv';
import { runCli } from './cliDatabase';
import { headline, importEachFile, importOutcome, parseImportArgs } from './importCli';

const usage = 'usage: npm run import:ucdp -- [--json] <file.csv | ged-csv.zip>...';

function printReport(file: string, report: UcdpImportReport, seconds: number, uri: string): void {
  const layout = report.headerRow
    ? 'a GED file with its header row'
    : 'a GED file without a header row (the 49 standard GED columns)';
  const lines = [headline(file, report.rowsRead, seconds, report.batches), `  read as ${layout}, into ${uri}`];
  lines.push(
    ...importOutcome(
      report,
      report.rejected.map((row) => ({ line: row.line, id: row.ucdpId, reason: row.reason })),
    ),
  );
  console.log(lines.join('\n'));
}

runCli('import:ucdp', async () => {
  const args = parseImportArgs(process.argv.slice(2), { flags: [], valued: [] }, usage);
  await importEachFile(args, 'import:ucdp', (db, stream, run) => importUcdpCsv(db, stream, run), printReport);
});
