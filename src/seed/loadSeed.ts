// Loads the seed bundles (seed/*.bundle.json) through the same ingest path as the API.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { Database } from '../db/database';
import type { DocumentBundle } from '../ingest/bundle.types';
import { ingestBundle, type IngestResult } from '../ingest/ingestBundle';
import { repoRoot } from '../repoRoot';
import { loadCrosswalk } from './loadCrosswalk';

export const seedDir = path.join(repoRoot, 'seed');

export function seedBundles(dir: string = seedDir): { file: string; bundle: DocumentBundle }[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.bundle.json'))
    .sort()
    .map((file) => ({ file, bundle: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as DocumentBundle }));
}

export async function loadSeed(db: Database): Promise<{ file: string; result: IngestResult }[]> {
  const loaded = [];
  // Into an empty graph there is nothing to reconcile against (docs/reconciliation.md); into a populated one there is.
  const reconcile = !(await isGraphEmpty(db));
  for (const { file, bundle } of seedBundles())
    loaded.push({ file, result: await ingestBundle(db, bundle, { by: 'seed', reconcile }) });
  await loadCrosswalk(db, 'seed');
  return loaded;
}

export async function isGraphEmpty(db: Database): Promise<boolean> {
  const [{ nodes }] = await db.read('countGraph');
  return nodes === 0;
}
