// Where a run's results go: bench/results/<date>.json, the latest run of that day. An earlier run of the same day is
// not overwritten but moved aside under the time it started, so a re-run never loses figures a note may cite.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';

/** The file for a run started at `startedAt`, after moving an earlier run of that day to `<date>-<HHMMSS>.json`. */
export function resultsFileFor(dir: string, startedAt: Date): { file: string; movedEarlier: string | null } {
  const file = path.join(dir, `${startedAt.toISOString().slice(0, 10)}.json`);
  if (!existsSync(file)) return { file, movedEarlier: null };
  const earlierStart = new Date((JSON.parse(readFileSync(file, 'utf8')) as { date?: string }).date ?? Number.NaN);
  if (Number.isNaN(earlierStart.getTime()))
    throw new Error(`${file} exists and does not say when its run started (no "date"); move it aside first`);
  const iso = earlierStart.toISOString();
  const aside = path.join(dir, `${iso.slice(0, 10)}-${iso.slice(11, 19).replaceAll(':', '')}.json`);
  if (existsSync(aside)) throw new Error(`${file} would be moved to ${aside}, which exists`);
  renameSync(file, aside);
  return { file, movedEarlier: aside };
}
