// Ids for nodes created without one: `<kind prefix>:<slug of the name>`, with `-2`, `-3`... when that is taken.
import { randomUUID } from 'node:crypto';

import type { WriteTransaction } from '../db/database';
import { normalizeName } from '../text/normalizeName';

const maxSlugLength = 80;
const candidatesPerTry = 20;

/** `Derna Mujahideen Shura Council` -> `derna-mujahideen-shura-council` (case, accents and punctuation folded). */
export function slugOf(text: string): string {
  return normalizeName(text).slice(0, maxSlugLength).trim().replace(/ /g, '-');
}

/** The first free id of `prefix:slug`, `prefix:slug-2` ... `prefix:slug-20`, else `prefix:slug-<random>`. */
export async function newEntityId(tx: WriteTransaction, prefix: string, name: string): Promise<string> {
  const base = `${prefix}:${slugOf(name) || 'unnamed'}`;
  const candidates = [base, ...Array.from({ length: candidatesPerTry - 1 }, (_, i) => `${base}-${i + 2}`)];
  const taken = new Set((await tx.run('findExistingNodes', { ids: candidates })).map((row) => row.id));
  return candidates.find((id) => !taken.has(id)) ?? `${base}-${randomUUID().slice(0, 8)}`;
}
