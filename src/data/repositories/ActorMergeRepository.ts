// Merging two actors found to be one: checks, then one transaction that moves everything and leaves a redirect.
import neo4j from 'neo4j-driver';

import type { Database, WriteTransaction } from '../../db/database';
import type { RowOfStatement } from '../../db/statements';
import { BadInputError } from '../../errors/BadInputError';
import { ConflictError } from '../../errors/ConflictError';
import { NotFoundError } from '../../errors/NotFoundError';
import { mergedNames } from '../../ingest/mergedNames';
import type { ActorNode } from '../graphNodes';
import type { Loaders } from '../loaders';

type PartyRow = RowOfStatement<'actorMergeParties'>;

interface Party {
  id: string;
  name: string;
  aliases: string[];
}

export class ActorMergeRepository {
  constructor(
    private readonly db: Database,
    private readonly loaders: Loaders,
  ) {}

  /** Merges `mergedId` into `survivorId` as `by`, and returns the survivor as it is afterwards. */
  async merge(survivorId: string, mergedId: string, by: string): Promise<ActorNode> {
    const survivor = await this.db.write(async (tx) => {
      const { survivor: kept, merged } = await this.parties(tx, survivorId, mergedId);
      const names = mergedNames(kept, merged);
      const moved = await tx.run('mergeActorInto', {
        survivorId: kept.id,
        mergedId: merged.id,
        ...names,
        now: neo4j.types.DateTime.fromStandardDate(new Date()),
        by,
      });
      // Both were read as actors under lock just before; no row means that no longer holds, and nothing was written.
      if (moved.length === 0)
        throw new ConflictError(`"${kept.id}" or "${merged.id}" is no longer an actor; read both again and retry`);
      return kept.id;
    });
    this.loaders.actor.clearAll();
    const actor = await this.loaders.actor.load(survivor);
    if (!actor) throw new NotFoundError('Actor', survivor, 'survivorId');
    return actor;
  }

  /** Both actors, locked; a survivor given by a redirect id is the actor it redirects to. */
  private async parties(
    tx: WriteTransaction,
    survivorId: string,
    mergedId: string,
  ): Promise<{ survivor: Party; merged: Party }> {
    if (survivorId === mergedId)
      throw new ConflictError(
        `survivorId and mergedId are both "${survivorId}"; an actor cannot be merged into itself`,
      );
    const rows = new Map(
      (await tx.run('actorMergeParties', { ids: [survivorId, mergedId] })).map((row) => [row.id, row]),
    );
    const survivorRow = this.requireActorOrRedirect(rows.get(survivorId), survivorId, 'survivorId');
    const mergedRow = this.requireActorOrRedirect(rows.get(mergedId), mergedId, 'mergedId');
    if (mergedRow.mergedIntoId !== null) {
      if (mergedRow.mergedIntoId === survivorId || mergedRow.mergedIntoId === survivorRow.mergedIntoId) {
        throw new ConflictError(
          `"${mergedId}" was already merged into "${mergedRow.mergedIntoId}"; it is a redirect to the survivor, not a separate actor`,
        );
      }
      throw new ConflictError(
        `"${mergedId}" was already merged into "${mergedRow.mergedIntoId}"; merge "${mergedRow.mergedIntoId}" instead`,
      );
    }
    if (survivorRow.mergedIntoId !== null) {
      if (survivorRow.mergedIntoId === mergedId) {
        throw new ConflictError(
          `survivorId "${survivorId}" is a redirect to "${mergedId}" (merged into it earlier); an actor cannot be merged into its own redirect`,
        );
      }
      // The survivor's redirect target is an actor too, locked by reading it again.
      const target = (await tx.run('actorMergeParties', { ids: [survivorRow.mergedIntoId] }))[0];
      return { survivor: this.toParty(target), merged: this.toParty(mergedRow) };
    }
    return { survivor: this.toParty(survivorRow), merged: this.toParty(mergedRow) };
  }

  private requireActorOrRedirect(row: PartyRow | undefined, id: string, argument: string): PartyRow {
    if (!row) throw new NotFoundError('Actor', id, argument);
    if (!row.kinds.includes('Actor') && !(row.kinds.includes('Redirect') && row.mergedIntoId !== null)) {
      throw new BadInputError(argument, `"${id}" is ${row.kinds.join('/')}, not an actor; only actors can be merged`);
    }
    return row;
  }

  private toParty(row: PartyRow): Party {
    return { id: row.id, name: row.name ?? row.id, aliases: row.aliases };
  }
}
