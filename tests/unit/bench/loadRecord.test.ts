// Only a load from an empty graph is recorded, the record survives beside the data, and the scaling table says which
// run made the load it reports.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { loadCell, readLoadRecord, recordOfLoad, writeLoadRecord, type LoadRecord } from '../../../bench/loadRecord';

const counts = { events: 3774, claims: 9981 };
const at = new Date('2026-12-07T07:17:46.630Z');

test('a load from empty is recorded with its claims per second, when it finished and the commit it ran', () => {
  expect(recordOfLoad({ seconds: 17.7, eventsBefore: 0, counts }, at, () => '6d84d03d2d54')).toEqual({
    seconds: 17.7,
    events: 3774,
    claims: 9981,
    claimsPerSecond: 564,
    loadedAt: '2026-12-07T07:17:46.630Z',
    commit: '6d84d03d2d54',
  });
});

test('a resumed load is not recorded: its seconds cover only the part that was missing', () => {
  const commitOf = jest.fn(() => '6d84d03d2d54');
  expect(recordOfLoad({ seconds: 4.2, eventsBefore: 2000, counts }, at, commitOf)).toBeNull();
  expect(commitOf).not.toHaveBeenCalled();
});

test('a graph that was already loaded records nothing, and asks git nothing', () => {
  const commitOf = jest.fn(() => null);
  expect(recordOfLoad({ seconds: null, eventsBefore: 3774, counts }, at, commitOf)).toBeNull();
  expect(commitOf).not.toHaveBeenCalled();
});

describe('the record beside the data', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bench-load-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('reads back as written, and is null where no load was recorded', () => {
    const file = path.join(dir, 'bench-load.json');
    expect(readLoadRecord(file)).toBeNull();
    const record = recordOfLoad(
      { seconds: 58.6, eventsBefore: 0, counts: { events: 37736, claims: 100117 } },
      at,
      () => null,
    ) as LoadRecord;
    writeLoadRecord(file, record);
    expect(readLoadRecord(file)).toEqual(record);
  });
});

describe("the scaling table's load cell", () => {
  const record: LoadRecord = {
    seconds: 449.8,
    events: 377358,
    claims: 999909,
    claimsPerSecond: 2223,
    loadedAt: '2026-12-07T07:26:41.489Z',
    commit: '6d84d03d2d54',
  };

  test('a load made by an earlier run names its day and commit', () => {
    expect(loadCell({ loadSeconds: null, load: record })).toBe('449.8 s, 2223 claims/s (2026-12-07, 6d84d03d2d54)');
    expect(loadCell({ loadSeconds: null, load: { ...record, commit: null } })).toBe(
      '449.8 s, 2223 claims/s (2026-12-07, no commit)',
    );
  });

  test('a load made by this run says so', () => {
    expect(loadCell({ loadSeconds: 449.8, load: record })).toBe('449.8 s, 2223 claims/s (this run)');
  });

  test('a resumed load shows its seconds without a rate, and an unrecorded one says it was not recorded', () => {
    expect(loadCell({ loadSeconds: 4.2, load: null })).toBe('4.2 s (this run)');
    expect(loadCell({ loadSeconds: null })).toBe('not recorded');
  });
});
