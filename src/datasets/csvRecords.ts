// Streams a dataset CSV as records with the line each ends on, whatever the export did to it: a byte-order mark,
// CRLF or CR line ends, quoted fields holding commas, quotes and line breaks, stray quotes inside unquoted text.
// A record that is not valid CSV is handed to `onUnreadable` with its line, and reading carries on.
import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';

export interface CsvRecord {
  fields: string[];
  /** The line of the file the record ends on (the first line is 1). */
  line: number;
}

export interface CsvReading {
  records: AsyncIterable<CsvRecord>;
  /** Stops reading (e.g. when the header is refused), releasing the input. */
  stop(): void;
}

export function readCsvRecords(
  input: Readable | string,
  onUnreadable: (line: number, reason: string) => void,
): CsvReading {
  const parser = parse({
    bom: true,
    relax_column_count: true,
    // A headline such as: Strike on "Darnah" kills 15 -- written without quoting the field -- is text, not an error.
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    on_skip: (error: CsvError | undefined) => {
      const line = (error as { lines?: number } | undefined)?.lines ?? parser.info.lines;
      onUnreadable(line, `not readable as CSV: ${error?.message ?? 'malformed record'}`);
      return undefined;
    },
  });
  const source = typeof input === 'string' ? Readable.from([input]) : input;
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  async function* records(): AsyncIterable<CsvRecord> {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { fields: record, line: info.lines };
    }
  }
  return {
    records: records(),
    stop: () => {
      source.unpipe(parser);
      if (typeof (source as { destroy?: () => void }).destroy === 'function') source.destroy();
      parser.destroy();
    },
  };
}
