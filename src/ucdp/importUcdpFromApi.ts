// The API's UCDP GED import: the same importer as the CLI, for files small enough to send in one request.
import { Buffer } from 'node:buffer';

import type { Database } from '../db/database';
import { BadInputError } from '../errors/BadInputError';
import { importUcdpCsv, type UcdpImportReport } from './importUcdpCsv';

/** Largest CSV the API takes (the ACLED mutation's limit); larger files go through `npm run import:ucdp`. */
export const maxApiUcdpCsvBytes = 5 * 1024 * 1024;

export async function importUcdpFromApi(db: Database, csv: string, by: string): Promise<UcdpImportReport> {
  const bytes = Buffer.byteLength(csv, 'utf8');
  if (bytes > maxApiUcdpCsvBytes) {
    throw new BadInputError(
      'csv',
      `is ${bytes} bytes; the API imports at most ${maxApiUcdpCsvBytes} bytes (5 MB): split the file or use \`npm run import:ucdp -- file.csv\``,
    );
  }
  return importUcdpCsv(db, csv, { by });
}
