// Turns an actor or source named by id or by name into exactly one id, or a clear error.
import type { Database } from '../../db/database';
import { AmbiguousError } from '../../errors/AmbiguousError';
import { BadInputError } from '../../errors/BadInputError';
import { NotFoundError } from '../../errors/NotFoundError';
import { normalizeName } from '../../text/normalizeName';
import { phraseQuery } from '../../text/phraseQuery';
import type { Loaders } from '../loaders';

/** An actor or source named by its id or by its name (or an alias): exactly one of the two. */
export interface IdOrName {
  id?: string;
  name?: string;
}

export class NameResolver {
  constructor(
    private readonly db: Database,
    private readonly loaders: Loaders,
  ) {}

  /** `checkId: false` passes an id through unlooked-up, for a caller whose own statement checks it (saving a round trip). */
  async actorId(ref: IdOrName, argument: string, { checkId = true } = {}): Promise<string> {
    // The loader answers a merged actor's id with the survivor, whose id is the one to query by.
    return this.resolve(
      ref,
      argument,
      'Actor',
      'actorsNamed',
      checkId ? async (id) => (await this.loaders.actor.load(id))?.id : async (id) => id,
    );
  }

  async sourceId(ref: IdOrName, argument: string, { checkId = true } = {}): Promise<string> {
    return this.resolve(
      ref,
      argument,
      'Source',
      'sourcesNamed',
      checkId ? async (id) => (await this.loaders.source.load(id))?.id : async (id) => id,
    );
  }

  private async resolve(
    ref: IdOrName,
    argument: string,
    kind: string,
    statement: 'actorsNamed' | 'sourcesNamed',
    /** The id the node is found under now, or undefined when there is none. */
    existing: (id: string) => Promise<string | undefined>,
  ): Promise<string> {
    const hasId = ref.id != null && ref.id !== '';
    const hasName = ref.name != null && ref.name.trim() !== '';
    if (hasId === hasName) throw new BadInputError(argument, `give exactly one of ${argument}.id and ${argument}.name`);
    if (hasId) {
      const found = await existing(ref.id as string);
      if (found === undefined) throw new NotFoundError(kind, ref.id as string, `${argument}.id`);
      return found;
    }
    const name = (ref.name as string).trim();
    const nameKey = normalizeName(name);
    if (nameKey === '') throw new BadInputError(`${argument}.name`, `"${name}" has no letters or digits to match`);
    const matches = await this.db.read(statement, { phrase: phraseQuery(nameKey), nameKey });
    if (matches.length === 0) throw new NotFoundError(kind, name, `${argument}.name`);
    if (matches.length > 1) throw new AmbiguousError(kind, name, matches);
    return matches[0].id;
  }
}
