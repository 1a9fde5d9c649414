// A second bench run on one day keeps the first one's figures: the day's file holds the latest run, earlier ones move
// aside under the time they started.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { resultsFileFor } from '../../../bench/resultsFile';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bench-results-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test("the first run of a day gets the day's file and moves nothing", () => {
  expect(resultsFileFor(dir, new Date('2026-12-07T06:40:08.109Z'))).toEqual({
    file: path.join(dir, '2026-12-07.json'),
    movedEarlier: null,
  });
  expect(readdirSync(dir)).toEqual([]);
});

test('a later run of the same day moves the earlier run aside under the time it started, unchanged', () => {
  const earlier = `${JSON.stringify({ date: '2026-12-07T06:40:08.109Z', apiOverRawP50: 1.26 })}\n`;
  writeFileSync(path.join(dir, '2026-12-07.json'), earlier);
  const { file, movedEarlier } = resultsFileFor(dir, new Date('2026-12-07T09:01:00.000Z'));
  expect(file).toBe(path.join(dir, '2026-12-07.json'));
  expect(movedEarlier).toBe(path.join(dir, '2026-12-07-064008.json'));
  expect(readdirSync(dir)).toEqual(['2026-12-07-064008.json']);
  expect(readFileSync(movedEarlier as string, 'utf8')).toBe(earlier);
});

test("a day's file that does not say when its run started is left alone, and the run refuses to write over it", () => {
  writeFileSync(path.join(dir, '2026-12-07.json'), '{}\n');
  expect(() => resultsFileFor(dir, new Date('2026-12-07T09:01:00.000Z'))).toThrow(/does not say when its run started/);
  expect(readdirSync(dir)).toEqual(['2026-12-07.json']);
});
