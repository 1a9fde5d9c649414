// The registry's types at a call site: parameters checked by name and type, rows inferred (tsc checks this file).
import neo4j from 'neo4j-driver';

import type { Database } from '../../../src/db/database';
import { statements } from '../../../src/db/statements';

/** Never run: what matters is which lines compile. */
async function callSites(db: Database) {
  const [actor] = await db.read('actorsByIds', { ids: ['actor:lna'] });
  const id: string = actor.requestedId;
  // @ts-expect-error a row has only the columns its statement returns
  void actor.name;
  // @ts-expect-error a missing parameter
  await db.read('actorsByIds', {});
  // @ts-expect-error a parameter of the wrong type
  await db.read('actorsByIds', { ids: 'actor:lna' });
  // @ts-expect-error a parameter the statement does not take
  await db.read('actorsByIds', { ids: [], first: 1 });
  // @ts-expect-error parameters are required when the statement takes some
  await db.read('actorsByIds');
  const [{ nodes }] = await db.read('countGraph');
  const count: number = nodes;
  await db.write(async (tx) => {
    const [row] = await tx.run('retractClaim', {
      id,
      reason: 'wrong',
      now: neo4j.types.DateTime.fromStandardDate(new Date()),
      by: 'test',
    });
    const retracted: boolean = row.alreadyRetracted;
    // @ts-expect-error a DATETIME parameter takes the driver's DateTime, not text
    await tx.run('retractClaim', { id, reason: 'wrong', now: '2026-01-01T00:00:00Z', by: 'test' });
    return retracted;
  });
  return count;
}

test('each statement names its parameters at run time, as the registry declares them', () => {
  expect(typeof callSites).toBe('function');
  expect(statements.actorsByIds.paramNames).toEqual(['ids']);
  expect(statements.countGraph.paramNames).toEqual([]);
  expect([...statements.retractClaim.paramNames].sort()).toEqual(['by', 'id', 'now', 'reason']);
});
