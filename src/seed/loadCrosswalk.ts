// Loads the crosswalk file (seed/crosswalk.json): dataset names pinned to the seed's actors, as pinActorName would.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';

import type { Database } from '../db/database';
import { externalKey } from '../reconcile/actorMatch';
import { repoRoot } from '../repoRoot';

export interface CrosswalkPin {
  scheme: string;
  name: string;
  actorId: string;
}

export const crosswalkFile = path.join(repoRoot, 'seed', 'crosswalk.json');

export function crosswalkPins(file: string = crosswalkFile): CrosswalkPin[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { pins: CrosswalkPin[] }).pins;
}

/** Pins every name of the file; a pin to an actor the graph lacks is skipped. Pins belong to the seed: no updatedAt moves. */
export async function loadCrosswalk(db: Database, by: string): Promise<number> {
  const now = neo4j.types.DateTime.fromStandardDate(new Date());
  let pinned = 0;
  await db.write(async (tx) => {
    for (const pin of crosswalkPins()) {
      const rows = await tx.run('pinActorExternalKey', {
        key: externalKey(pin.scheme, pin.name),
        actorId: pin.actorId,
        now,
        by,
        audit: false,
      });
      pinned += rows.length;
    }
  });
  return pinned;
}
