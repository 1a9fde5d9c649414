// The API's ACLED import: the same importer as the CLI, for files small enough to send in one request.
import { Buffer } from 'node:buffer';

import type { Database } from '../db/database';
import { BadInputError } from '../errors/BadInputError';
import { importAcledCsv, type AcledImportReport } from './importAcledCsv';

/** Largest CSV the API takes; larger files go through `npm run import:acled`. */
export const maxApiAcledCsvBytes = 5 * 1024 * 1024;

export async function importAcledFromApi(db: Database, csv: string, by: string): Promise<AcledImportReport> {
  const bytes = Buffer.byteLength(csv, 'utf8');
  if (bytes > maxApiAcledCsvBytes) {
    throw new BadInputError(
      'csv',
      `is ${bytes} bytes; the API imports at most ${maxApiAcledCsvBytes} bytes (5 MB): split the file or use \`npm run import:acled -- file.csv\``,
    );
  }
  return importAcledCsv(db, csv, { by });
}
