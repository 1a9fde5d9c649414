// Opens a dataset file for the importers' command lines as it was downloaded: a CSV, a CSV compressed with gzip, or a
// zip holding one CSV (UCDP publishes GED as `ged251-csv.zip`). A spreadsheet is refused with what to do instead, before
// anything is written. Recognised by the file's first bytes, whatever its name says.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import yauzl from 'yauzl';

export interface DatasetFile {
  /** The CSV text's bytes, decompressed. */
  stream: Readable;
  /** What the progress bar measures against: the file's size, or the CSV's inside a zip. */
  totalBytes: number;
  /** How far into `totalBytes` reading has come. */
  bytesRead(): number;
  /** The CSV inside a zip, or "gzip"; null for a plain file. */
  inside: string | null;
}

/** A file the importers cannot read, with what to do about it. */
export class UnreadableDatasetFileError extends Error {
  override name = 'UnreadableDatasetFileError';
}

const magic = {
  zip: Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  gzip: Buffer.from([0x1f, 0x8b]),
  // Excel 97-2003 (.xls) and other OLE2 compound documents.
  ole2: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]),
};

const saveAsCsv = 'open it in a spreadsheet and save the sheet as CSV (UTF-8), then import that file';

async function firstBytes(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(4);
    const { bytesRead } = await handle.read(buffer, 0, 4, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Counts the bytes that pass, for the progress bar. */
function counting(): { through: Transform; count(): number } {
  let count = 0;
  const through = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      count += chunk.length;
      done(null, chunk);
    },
  });
  return { through, count: () => count };
}

async function csvInZip(file: string): Promise<DatasetFile> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  try {
    const entries: yauzl.Entry[] = [];
    for await (const entry of zip.eachEntry()) entries.push(entry);
    const names = entries.map((entry) => entry.fileName);
    if (names.some((name) => name === 'xl/workbook.xml'))
      throw new UnreadableDatasetFileError(`${file} is an Excel workbook (.xlsx), not CSV: ${saveAsCsv}`);
    if (names.some((name) => name === 'content.xml') && names.some((name) => name === 'mimetype'))
      throw new UnreadableDatasetFileError(`${file} is an OpenDocument spreadsheet (.ods), not CSV: ${saveAsCsv}`);
    // Files a Mac adds to archives it makes are not data.
    const csvs = entries.filter(
      (entry) =>
        /\.(csv|txt|tsv)$/i.test(entry.fileName) &&
        !entry.fileName.startsWith('__MACOSX/') &&
        !path.basename(entry.fileName).startsWith('._'),
    );
    if (csvs.length !== 1) {
      const found =
        csvs.length === 0
          ? `no CSV file (it holds ${names.join(', ') || 'nothing'})`
          : `${csvs.length} CSV files (${csvs.map((e) => e.fileName).join(', ')})`;
      throw new UnreadableDatasetFileError(`${file} is a zip archive with ${found}: unzip it and import one CSV file`);
    }
    const [entry] = csvs;
    const inner = await zip.openReadStreamPromise(entry);
    const { through, count } = counting();
    inner.on('error', (error) => through.destroy(error));
    through.on('close', () => zip.close());
    return {
      stream: inner.pipe(through),
      totalBytes: entry.uncompressedSize,
      bytesRead: count,
      inside: entry.fileName,
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

export async function openDatasetFile(file: string): Promise<DatasetFile> {
  const head = await firstBytes(file);
  const { size } = await stat(file);
  if (head.subarray(0, 4).equals(magic.zip)) return csvInZip(file);
  if (head.subarray(0, 4).equals(magic.ole2))
    throw new UnreadableDatasetFileError(`${file} is an Excel 97-2003 workbook (.xls), not CSV: ${saveAsCsv}`);
  const source = createReadStream(file);
  if (head.subarray(0, 2).equals(magic.gzip)) {
    const gunzip = createGunzip();
    source.on('error', (error) => gunzip.destroy(error));
    // Progress is the share of the compressed file read.
    return { stream: source.pipe(gunzip), totalBytes: size, bytesRead: () => source.bytesRead, inside: 'gzip' };
  }
  return { stream: source, totalBytes: size, bytesRead: () => source.bytesRead, inside: null };
}
