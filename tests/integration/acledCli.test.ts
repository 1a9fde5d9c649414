// `npm run import:acled`: the closing report (created, updated, unchanged, rejected, stale; rejections grouped by
// reason), `--json` for scripts, `--deleted` for ACLED's deleted-events list, and no progress bar when not on a terminal.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { repoRoot } from '../../src/repoRoot';
import { testGraph, type TestGraph } from '../support/testGraph';

const run = promisify(execFile);
let graph: TestGraph;

beforeAll(async () => {
  graph = testGraph();
  await graph.reset();
});
afterAll(() => graph.close());

const fixture = (name: string) => path.join('tests', 'fixtures', 'acled', name);

function importAcled(...args: string[]) {
  return run(path.join(repoRoot, 'node_modules/.bin/tsx'), [path.join(repoRoot, 'scripts/importAcled.ts'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, NEO4J_URI: process.env.TEST_NEO4J_URI, NEO4J_PASSWORD: '' },
  });
}

test('prints the closing report with stale rows and rejections grouped by reason, and no progress bar off a terminal', async () => {
  const { stdout, stderr } = await importAcled(fixture('export-2025-cut-short.csv'));
  expect(stdout).toMatch(
    /^tests\/fixtures\/acled\/export-2025-cut-short\.csv: 5 rows in [\d.]+ s \([\d,]+ rows\/s\), 1 batch\n/,
  );
  expect(stdout).toContain(
    '  read as a current ACLED export (disorder_type, civilian_targeting, tags); UTF-8, comma-separated, into bolt://',
  );
  expect(stdout).toContain(
    "  columns ignored (not ACLED's): population_1km, population_2km, population_5km, population_best\n",
  );
  expect(stdout).toContain('  created 4, updated 0, unchanged 0, rejected 1, stale 0\n');
  expect(stdout).toContain(
    [
      '  rejected, by reason:',
      '    the file ends part-way through the row: 1 row',
      '      line 7 (LBY15005): has 8 fields where the header has 35: the file ends part-way through this row (was it cut short?)',
    ].join('\n'),
  );
  expect(stderr).toBe('');
});

test("--json prints each report as JSON; --deleted applies ACLED's deleted-events list", async () => {
  await importAcled(fixture('api-2023-written-by-r.csv'));
  const deleted = JSON.parse((await importAcled('--json', '--deleted', fixture('deleted-events.csv'))).stdout);
  expect(deleted).toMatchObject({
    file: fixture('deleted-events.csv'),
    rowsRead: 2,
    retracted: 1,
    claimsRetracted: 2,
    notFound: 1,
    stale: 0,
    rejected: [],
  });
  const again = JSON.parse((await importAcled('--json', fixture('api-2023-written-by-r.csv'))).stdout);
  expect(again).toMatchObject({
    file: fixture('api-2023-written-by-r.csv'),
    rowsRead: 4,
    created: 0,
    updated: 0,
    unchanged: 3,
    stale: 1,
    vintage: 'current',
    rejected: [],
    rejectedByReason: [],
    staleRows: [{ line: 5, eventIdCnty: 'LBY12004', reason: expect.stringMatching(/^ACLED deleted event LBY12004/) }],
    format: { encoding: 'utf-8', delimiter: ',' },
    ignoredColumns: [],
  });
  expect(again.rowsPerSecond).toEqual(expect.any(Number));
  const text = (await importAcled(fixture('api-2023-written-by-r.csv'))).stdout;
  expect(text).toContain('  created 0, updated 0, unchanged 3, rejected 0, stale 1\n');
  expect(text).toContain('      line 5 (LBY12004): ACLED deleted event LBY12004');
});

test('reads a CSV compressed with gzip, and refuses a spreadsheet or an archive of several files saying what to do', async () => {
  const gz = JSON.parse((await importAcled('--json', fixture('export-2020-spreadsheet.csv.gz'))).stdout);
  expect(gz).toMatchObject({ rowsRead: 6, rejected: [], vintage: '2019-2023' });
  expect(gz.created + gz.unchanged).toBe(6);
  await expect(importAcled(fixture('export-2020-saved-as-xlsx.xlsx'))).rejects.toMatchObject({
    code: 1,
    stderr: `import:acled: ${fixture('export-2020-saved-as-xlsx.xlsx')} is an Excel workbook (.xlsx), not CSV: open it in a spreadsheet and save the sheet as CSV (UTF-8), then import that file\n`,
  });
  // Two exports in one archive: which to import is the user's call.
  await expect(importAcled(fixture('two-exports.zip'))).rejects.toMatchObject({
    code: 1,
    stderr: `import:acled: ${fixture('two-exports.zip')} is a zip archive with 2 CSV files (2020/export-2020-spreadsheet.csv, 2023/api-2023-written-by-r.csv): unzip it and import one CSV file\n`,
  });
});

test('says how to use it', async () => {
  await expect(importAcled()).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringMatching(/^import:acled: usage: npm run import:acled -- \[--json\]/),
  });
  await expect(importAcled('--frobnicate', 'x.csv')).rejects.toMatchObject({
    stderr: expect.stringMatching(/unknown option --frobnicate/),
  });
  await expect(importAcled('no-such-file.csv')).rejects.toMatchObject({
    stderr: 'import:acled: no such file: no-such-file.csv\n',
  });
});
