// The importers' command-line pieces: arguments, the progress bar (on a terminal only) and rejections grouped by reason.

import { groupedRows, headline, parseImportArgs, ProgressBar } from '../../../scripts/importCli';

const known = { flags: ['deleted'], valued: ['batch-size'] };

test('arguments: files, --json, flags and valued options', () => {
  const args = parseImportArgs(['--json', 'a.csv', '--batch-size', '500', '--deleted', 'b.csv'], known, 'usage');
  expect([args.files, args.json, [...args.flags], [...args.options]]).toEqual([
    ['a.csv', 'b.csv'],
    true,
    ['deleted'],
    [['batch-size', '500']],
  ]);
  expect(parseImportArgs(['--batch-size=20', 'a.csv'], known, 'usage').options.get('batch-size')).toBe('20');
  expect(() => parseImportArgs([], known, 'usage: x')).toThrow('usage: x');
  expect(() => parseImportArgs(['--nope', 'a.csv'], known, 'usage')).toThrow(/unknown option --nope/);
  expect(() => parseImportArgs(['a.csv', '--batch-size'], known, 'usage')).toThrow(/--batch-size needs a value/);
});

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return {
    stream: { isTTY, columns: 100, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream,
    written,
  };
}

test('the progress bar shows share, rows, rate and time left on a terminal, and nothing elsewhere', () => {
  const tty = fakeStream(true);
  const bar = new ProgressBar(1000, 'file.csv', tty.stream);
  bar.update(250, 2500, true);
  const drawn = tty.written.at(-1) ?? '';
  expect(drawn.startsWith('\rfile.csv ') && drawn.endsWith('\x1b[K')).toBe(true);
  expect(drawn.slice(1, -3)).toMatch(/^file\.csv █+░+ {2}25% {2}2,500 rows {2}[\d,]+ rows\/s {2}ETA \d+ s$/);
  bar.finish();
  expect(tty.written.at(-1)).toBe('\r\x1b[K');
  const pipe = fakeStream(false);
  const quiet = new ProgressBar(1000, 'file.csv', pipe.stream);
  quiet.update(500, 10, true);
  quiet.finish();
  expect(pipe.written).toEqual([]);
});

test("rejections are grouped by reason, each group's first rows in full and the rest by line", () => {
  const rows = Array.from({ length: 13 }, (_, i) => ({
    line: i + 2,
    id: `LBY${i}`,
    reason: `event_date "x${i}" is not a date`,
  }));
  const out = groupedRows(
    'rejected, by reason',
    [
      { reason: 'event_date is not a date', count: 13, lines: rows.map((row) => row.line) },
      { reason: 'actor1 is missing', count: 1, lines: [40] },
    ],
    [...rows, { line: 40, id: null, reason: 'actor1 is missing' }],
  );
  expect(out[0]).toBe('  rejected, by reason:');
  expect(out[1]).toBe('    event_date is not a date: 13 rows');
  expect(out[2]).toBe('      line 2 (LBY0): event_date "x0" is not a date');
  expect(out[12]).toBe('      … and 3 more (lines 12, 13, 14; --json lists every row)');
  expect(out.slice(13)).toEqual(['    actor1 is missing: 1 row', '      line 40: actor1 is missing']);
  expect(groupedRows('x', [], [])).toEqual([]);
  expect(headline('f.csv', 100000, 20, 50)).toBe('f.csv: 100,000 rows in 20.0 s (5,000 rows/s), 50 batches');
});
