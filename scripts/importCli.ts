// What the dataset importers' command lines share (import:acled, and import:ucdp alike): arguments, the loop over the
// files with a progress bar with rate and ETA on a terminal, and the closing report, as text or as JSON for scripts.
import { existsSync } from 'node:fs';
import type { Readable } from 'node:stream';

import { loadConfig } from '../src/config';
import type { Database } from '../src/db/database';
import { applySchema } from '../src/db/migrate';
import { ImportAbortedError } from '../src/errors/ImportAbortedError';
import { openCliDatabase } from './cliDatabase';
import { openDatasetFile } from './datasetFile';

export interface ImportArgs {
  files: string[];
  json: boolean;
  /** Flags without a value (`--deleted`), and options with one (`--batch-size 5000`). */
  flags: Set<string>;
  options: Map<string, string>;
}

/** Reads `[--json] [--flag] [--option value] file...`; `valued` names the options that take a value. */
export function parseImportArgs(
  argv: string[],
  known: { flags: string[]; valued: string[] },
  usage: string,
): ImportArgs {
  const args: ImportArgs = { files: [], json: false, flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--help' || arg === '-h') throw new Error(usage);
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2);
      if (known.flags.includes(name)) args.flags.add(name);
      else if (known.valued.includes(name)) {
        const value = inline ?? argv[(i += 1)];
        if (value === undefined) throw new Error(`--${name} needs a value\n${usage}`);
        args.options.set(name, value);
      } else throw new Error(`unknown option ${arg}\n${usage}`);
    } else args.files.push(arg);
  }
  if (args.files.length === 0) throw new Error(usage);
  return args;
}

export function positiveInteger(args: ImportArgs, name: string): number | undefined {
  const text = args.options.get(name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`--${name} must be a whole number above 0, not "${text}"`);
  return value;
}

const number = (n: number) => n.toLocaleString('en-US');

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.max(0, Math.round(seconds))} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(Math.round(seconds % 60)).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/**
 * A progress bar on stderr, drawn only when stderr is a terminal (a log file or a pipe gets the closing report alone):
 * share of the file read, rows, rows per second and the time left at that rate.
 */
export class ProgressBar {
  private readonly started = Date.now();
  private lastDrawn = 0;
  private drawn = false;
  constructor(
    /** The bytes that make the whole: the file's size, or the CSV's inside a zip. */
    private readonly total: number,
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  update(bytesRead: number, rows: number, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.lastDrawn < 100) return;
    this.lastDrawn = now;
    const seconds = (now - this.started) / 1000;
    const share = this.total > 0 ? Math.min(1, bytesRead / this.total) : 1;
    const rate = seconds > 0 ? rows / seconds : 0;
    const eta = share > 0 && share < 1 ? (seconds / share) * (1 - share) : share >= 1 ? 0 : Number.NaN;
    const width = Math.max(10, Math.min(30, (this.stream.columns ?? 80) - 60));
    const filled = Math.round(share * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const line = `${this.label} ${bar} ${String(Math.floor(share * 100)).padStart(3)}%  ${number(rows)} rows  ${number(Math.round(rate))} rows/s  ETA ${duration(eta)}`;
    this.stream.write(`\r${line}\x1b[K`);
    this.drawn = true;
  }

  /** Clears the bar, so the report starts on a clean line. */
  finish(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}

export interface ReportRow {
  line: number;
  reason: string;
  /** The row's id in its dataset (ACLED's event_id_cnty, UCDP's id), when it has one. */
  id?: string | null;
}

export interface ReportGroup {
  reason: string;
  count: number;
  lines: number[];
}

const shownPerGroup = 10;

function rowLine(row: ReportRow): string {
  return `      line ${row.line}${row.id ? ` (${row.id})` : ''}: ${row.reason}`;
}

/** Rejected rows by reason, each group with its first rows in full; the rest by line (all of them are in --json). */
export function groupedRows(title: string, groups: ReportGroup[], rows: ReportRow[]): string[] {
  if (rows.length === 0) return [];
  const byLine = new Map(rows.map((row) => [row.line, row]));
  const out = [`  ${title}:`];
  for (const group of groups) {
    out.push(`    ${group.reason}: ${number(group.count)} row${group.count === 1 ? '' : 's'}`);
    for (const line of group.lines.slice(0, shownPerGroup)) {
      const row = byLine.get(line);
      if (row) out.push(rowLine(row));
    }
    const rest = group.lines.slice(shownPerGroup);
    if (rest.length > 0) {
      const listed = rest.slice(0, 20).join(', ');
      out.push(
        `      … and ${number(rest.length)} more (lines ${listed}${rest.length > 20 ? ', …' : ''}; --json lists every row)`,
      );
    }
  }
  return out;
}

/** The first line of every importer's report: what was read, how long it took, how fast. */
export function headline(file: string, rows: number, seconds: number, batches: number): string {
  const rate = seconds > 0 ? Math.round(rows / seconds) : rows;
  return `${file}: ${number(rows)} rows in ${seconds.toFixed(1)} s (${number(rate)} rows/s), ${number(batches)} batch${batches === 1 ? '' : 'es'}`;
}

/** What every import's report says after where it read from: a skipped HXL row, the counts, the rejections. */
export function importOutcome(
  report: {
    hxlHashtagRow: number | null;
    created: number;
    updated: number;
    unchanged: number;
    stale: number;
    rejectedByReason: ReportGroup[];
  },
  rejected: ReportRow[],
): string[] {
  return [
    ...(report.hxlHashtagRow === null
      ? []
      : [`  line ${report.hxlHashtagRow} skipped: HXL hashtags (a file from HDX), not an event`]),
    `  created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${rejected.length}, stale ${report.stale}`,
    ...groupedRows('rejected, by reason', report.rejectedByReason, rejected),
  ];
}

/** Prints JSON for scripts: one object, on stdout, with the seconds and rate beside the report's own fields. */
export function printJson(file: string, seconds: number, rows: number, report: object): void {
  process.stdout.write(
    `${JSON.stringify({ file, seconds: Math.round(seconds * 1000) / 1000, rowsPerSecond: seconds > 0 ? Math.round(rows / seconds) : rows, ...report }, null, 2)}\n`,
  );
}

/** What an importer takes besides the database and the file: who writes, and a callback after each batch. */
export interface ImportRun {
  by: string;
  onBatch: (progress: { rowsRead: number }) => void;
}

/**
 * Imports each file in turn into the command line's database (the schema applied first): opened as downloaded
 * (scripts/datasetFile.ts), with a progress bar, then its report printed as text or as JSON. A stopped import's
 * message is the command's error.
 */
export async function importEachFile<R extends { rowsRead: number }>(
  args: ImportArgs,
  command: string,
  importOne: (db: Database, stream: Readable, run: ImportRun) => Promise<R>,
  print: (file: string, report: R, seconds: number, uri: string) => void,
): Promise<void> {
  for (const file of args.files) if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  const { db, uri, close } = await openCliDatabase();
  const by = `${command} ${process.env.USER ?? ''}`.trim();
  try {
    await applySchema(db.driver, loadConfig().neo4jDatabase);
    for (const file of args.files) {
      const started = Date.now();
      const { stream, totalBytes, bytesRead, inside } = await openDatasetFile(file);
      const label = `${file.split('/').pop() ?? file}${inside && inside !== 'gzip' ? `: ${inside}` : ''}`;
      const bar = new ProgressBar(totalBytes, label);
      try {
        const report = await importOne(db, stream, {
          by,
          onBatch: ({ rowsRead }) => bar.update(bytesRead(), rowsRead),
        });
        bar.finish();
        const seconds = (Date.now() - started) / 1000;
        if (args.json) printJson(file, seconds, report.rowsRead, { into: uri, ...report });
        else print(file, report, seconds, uri);
      } catch (error) {
        bar.finish();
        if (error instanceof ImportAbortedError) throw new Error(error.message, { cause: error });
        throw error;
      }
    }
  } finally {
    await close();
  }
}
