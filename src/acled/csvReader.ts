// Reads CSV as datasets are really written: any encoding a spreadsheet or R leaves (UTF-8 with or without a BOM,
// UTF-16, Windows-1252), comma, semicolon or tab separators, CRLF or LF, quoted fields with separators, doubled quotes
// and line breaks. A record that cannot be read is reported with the line it starts on and reading goes on at the next
// line, so one stray quote costs one row, not the rest of the file.
import { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';

export type CsvItem =
  /**
   * `line`: the line the record starts on (the first line of the file is 1); `lastLine`: the line it ends on;
   * `endsFile`: no line break follows it (the last line of a file, which a truncated file cuts short).
   */
  | { kind: 'record'; fields: string[]; line: number; lastLine: number; endsFile: boolean }
  | { kind: 'error'; line: number; reason: string };

export interface CsvFormat {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  delimiter: ',' | ';' | '\t';
}

export interface CsvReadOptions {
  /** A quoted field longer than this is taken for a stray quote (default 1,000,000 characters). */
  maxQuotedChars?: number;
  /** Told once the encoding and separator are known. */
  onFormat?: (format: CsvFormat) => void;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * The encoding of a file from its first bytes: a BOM says; else UTF-8 when the bytes are valid UTF-8, else Windows-1252.
 * `complete`: the bytes are the whole file; when they are only its start, a character cut at the end is not an error.
 */
export function sniffEncoding(head: Uint8Array, complete = true): CsvFormat['encoding'] {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  let end = head.length;
  if (!complete) {
    for (let back = 1; back <= 3 && end - back >= 0; back += 1) {
      const byte = head[end - back];
      if ((byte & 0xc0) !== 0xc0) continue;
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      if (length > back) end -= back;
      break;
    }
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** The separator of a header line: whichever of comma, semicolon and tab occurs most outside quotes (comma on a tie). */
export function sniffDelimiter(headerLine: string): CsvFormat['delimiter'] {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char in counts) counts[char as keyof typeof counts] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

type Parsed =
  | { kind: 'record'; fields: string[]; end: number; newlines: number; endsFile: boolean }
  | { kind: 'more' }
  | { kind: 'error'; reason: string; resumeAt: number };

/** Where reading goes on after a bad record: the line after `position`'s. */
function nextLineAfter(text: string, position: number): number {
  const newline = text.indexOf('\n', position);
  const cr = text.indexOf('\r', position);
  const at = newline < 0 ? cr : cr < 0 ? newline : Math.min(newline, cr);
  if (at < 0) return text.length;
  return text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count += 1;
  // A lone CR ends a line too (old Mac files).
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== LF) count += 1;
  return count;
}

function parseRecord(text: string, start: number, delimiter: number, eof: boolean, maxQuoted: number): Parsed {
  const fields: string[] = [];
  let newlines = 0;
  let i = start;
  const length = text.length;
  for (;;) {
    if (i >= length) {
      if (!eof) return { kind: 'more' };
      fields.push('');
      return { kind: 'record', fields, end: i, newlines, endsFile: true };
    }
    if (text.charCodeAt(i) === QUOTE) {
      const opened = i;
      let value = '';
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0 || close - opened > maxQuoted) {
          if (close >= 0 || eof || length - opened > maxQuoted) {
            const reason =
              close < 0 && eof
                ? `the file ends inside a quoted field that opens here: the row is cut short (was the file truncated?), or a quote is stray`
                : `a quoted field runs past ${maxQuoted.toLocaleString('en-US')} characters without closing: a stray quote?`;
            return { kind: 'error', reason, resumeAt: nextLineAfter(text, opened) };
          }
          return { kind: 'more' };
        }
        if (close + 1 >= length && !eof) return { kind: 'more' };
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += text.slice(from, close + 1);
          from = close + 2;
          continue;
        }
        value += text.slice(from, close);
        i = close + 1;
        break;
      }
      if (value.includes('\n') || value.includes('\r')) {
        newlines += countNewlines(value);
        value = value.replace(/\r\n?/g, '\n');
      }
      // Blanks between the closing quote and the separator are tolerated.
      while (i < length && (text.charCodeAt(i) === 32 || (text.charCodeAt(i) === 9 && delimiter !== 9))) i += 1;
      if (i >= length && !eof) return { kind: 'more' };
      const next = text.charCodeAt(i);
      if (i < length && next !== delimiter && next !== LF && next !== CR) {
        return {
          kind: 'error',
          reason: `Invalid Closing Quote: a quoted field is followed by "${text.slice(i, i + 10).split(/[\r\n]/)[0]}" instead of a separator or the end of the line`,
          resumeAt: nextLineAfter(text, i),
        };
      }
      fields.push(value);
    } else {
      let j = i;
      while (j < length) {
        const c = text.charCodeAt(j);
        if (c === delimiter || c === LF || c === CR) break;
        j += 1;
      }
      if (j >= length && !eof) return { kind: 'more' };
      fields.push(text.slice(i, j));
      i = j;
    }
    if (i >= length) return { kind: 'record', fields, end: i, newlines, endsFile: true };
    const c = text.charCodeAt(i);
    if (c === delimiter) {
      i += 1;
      continue;
    }
    // End of the record: LF, CRLF or a lone CR.
    if (c === CR) {
      if (i + 1 >= length && !eof) return { kind: 'more' };
      i += text.charCodeAt(i + 1) === LF ? 2 : 1;
    } else {
      i += 1;
    }
    return { kind: 'record', fields, end: i, newlines: newlines + 1, endsFile: false };
  }
}

async function* textChunks(
  input: Readable | string,
  onEncoding: (encoding: CsvFormat['encoding']) => void,
): AsyncGenerator<string> {
  if (typeof input === 'string') {
    onEncoding('utf-8');
    yield input;
    return;
  }
  let decoder: TextDecoder | undefined;
  let head: Buffer[] = [];
  let headBytes = 0;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    if (typeof chunk === 'string') {
      if (!decoder) onEncoding('utf-8');
      decoder ??= new TextDecoder('utf-8');
      yield chunk;
      continue;
    }
    if (!decoder) {
      // Enough bytes to judge the encoding by (a header row and a few rows), then decode from the start.
      head.push(chunk);
      headBytes += chunk.length;
      if (headBytes < 65536) continue;
      const bytes = Buffer.concat(head);
      head = [];
      const encoding = sniffEncoding(bytes, false);
      onEncoding(encoding);
      decoder = new TextDecoder(encoding);
      yield decoder.decode(bytes, { stream: true });
      continue;
    }
    yield decoder.decode(chunk, { stream: true });
  }
  if (!decoder) {
    const bytes = Buffer.concat(head);
    const encoding = sniffEncoding(bytes);
    onEncoding(encoding);
    decoder = new TextDecoder(encoding);
    yield decoder.decode(bytes, { stream: true });
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/**
 * The records of a CSV, in batches (one per chunk read). Blank lines are skipped. Fields are left as written (no
 * trimming, no type conversion); line breaks inside quoted fields come out as "\n".
 */
export async function* readCsv(input: Readable | string, options: CsvReadOptions = {}): AsyncGenerator<CsvItem[]> {
  const maxQuoted = options.maxQuotedChars ?? 1_000_000;
  let encoding: CsvFormat['encoding'] = 'utf-8';
  let delimiter: number | undefined;
  let text = '';
  let line = 1;
  let first = true;
  const chunks = textChunks(input, (found) => {
    encoding = found;
  });
  let eof = false;
  while (!eof) {
    const next = await chunks.next();
    if (next.done) eof = true;
    else text += next.value;
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (delimiter === undefined) {
      const headerEnd = text.search(/[\r\n]/);
      if (headerEnd < 0 && !eof) continue;
      const found = sniffDelimiter(headerEnd < 0 ? text : text.slice(0, headerEnd));
      delimiter = found.charCodeAt(0);
      options.onFormat?.({ encoding, delimiter: found });
    }
    const items: CsvItem[] = [];
    let position = 0;
    while (position < text.length) {
      const parsed = parseRecord(text, position, delimiter, eof, maxQuoted);
      if (parsed.kind === 'more') break;
      if (parsed.kind === 'error') {
        items.push({ kind: 'error', line, reason: parsed.reason });
        line += countNewlines(text.slice(position, parsed.resumeAt));
        position = parsed.resumeAt;
        continue;
      }
      const blank = parsed.fields.length === 1 && parsed.fields[0] === '';
      if (!blank) {
        const lastLine = line + Math.max(0, parsed.newlines - (parsed.endsFile ? 0 : 1));
        items.push({ kind: 'record', fields: parsed.fields, line, lastLine, endsFile: parsed.endsFile });
      }
      line += parsed.newlines;
      position = parsed.end;
    }
    text = text.slice(position);
    if (items.length > 0) yield items;
  }
}
