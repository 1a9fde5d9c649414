// Actor lists and search, hierarchy, ties at a date, networks and attributions by source.
import DataLoader from 'dataloader';
import neo4j from 'neo4j-driver';

import { parseIsoDate, toNeo4jDate } from '../../dates/isoDates';
import type { Database } from '../../db/database';
import type { ActorNetworkRow } from '../../db/statementRows';
import { tieHoldsOn } from '../../derive/tieHoldsOn';
import { BadInputError } from '../../errors/BadInputError';
import { NotFoundError } from '../../errors/NotFoundError';
import { searchQuery } from '../../text/searchQuery';
import type { ActorKind } from '../../vocabulary/ActorKind';
import type { DatePrecision } from '../../vocabulary/DatePrecision';
import type { TieKind } from '../../vocabulary/TieKind';
import type { ActorNode, LocationNode } from '../graphNodes';
import type { ActorTieRow, Loaders } from '../loaders';
import { toActor, toLocation } from '../mappers';
import { pageWindow, queryFingerprint, toConnection, type Page, type PageRequest } from '../paging';

/** Which actors `page` lists: those matching `search` best first, else every actor by name. */
export interface ActorListRequest extends PageRequest {
  search?: string;
  kinds?: ActorKind[];
}

/** The actors and places reachable from an actor through its ties, and the ties among them. */
export interface ActorNetwork {
  nodes: { depth: number; actor: ActorNode | null; location: LocationNode | null }[];
  ties: (Omit<ActorNetworkRow['ties'][number], 'kind' | 'datePrecision'> & {
    kind: TieKind;
    datePrecision: DatePrecision | null;
  })[];
  truncated: boolean;
}

/** The events one source attributes to an actor, with the claims that do so. */
export interface SourceAttributions {
  sourceId: string;
  eventIds: string[];
  claimIds: string[];
  eventCount: number;
}

export const subunitDepthRange = { min: 1, max: 5 } as const;
export const networkDepthRange = { min: 1, max: 3 } as const;
/** The most nodes a network returns besides the actor itself; `maxNodes` may ask for fewer. */
export const networkNodeCap = 500;
/** The most ties a network returns; a graph of 500 nodes rarely has more, and a client could not draw them. */
export const networkTieCap = 2000;

function requireInRange(argument: string, value: number, range: { min: number; max: number }): void {
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new BadInputError(argument, `must be between ${range.min} and ${range.max}, got ${value}`);
  }
}

function requireDate(argument: string, text: string) {
  const date = parseIsoDate(text);
  if (!date) throw new BadInputError(argument, `"${text}" is not a calendar date in YYYY-MM-DD form`);
  return date;
}

function groupRows<R extends { actorId: string }, T>(keys: readonly string[], rows: R[], value: (row: R) => T): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(row.actorId)?.push(value(row));
  return keys.map((key) => groups.get(key) ?? []);
}

export class ActorRepository {
  private readonly ancestorsOf: DataLoader<string, { distance: number; actor: ActorNode }[]>;
  private readonly subunitsByDepth = new Map<number, DataLoader<string, ActorNode[]>>();
  private readonly attributionsByScope = new Map<boolean, DataLoader<string, SourceAttributions[]>>();
  private readonly networksByArgs = new Map<string, DataLoader<string, ActorNetwork>>();

  constructor(
    private readonly db: Database,
    private readonly loaders: Loaders,
  ) {
    this.ancestorsOf = new DataLoader(async (actorIds) => {
      const rows = await this.db.read('actorAncestors', { actorIds: [...actorIds] });
      return groupRows(actorIds, rows, (row) => ({
        distance: row.distance,
        actor: this.primed(toActor(row.ancestor)),
      }));
    });
  }

  async byId(id: string): Promise<ActorNode> {
    const actor = await this.loaders.actor.load(id);
    if (!actor) throw new NotFoundError('Actor', id, 'id');
    return actor;
  }

  async page(args: ActorListRequest): Promise<Page<ActorNode>> {
    const query = args.search != null ? searchQuery(args.search, { prefix: true }) : null;
    if (args.search != null && query === null)
      throw new BadInputError(
        'search',
        `"${args.search}" has no letters or digits to search for; leave search out to list every actor`,
      );
    const kinds = args.kinds?.length ? args.kinds : null;
    const params = { query, kinds };
    const fingerprint = queryFingerprint('actors', params);
    let total = Number.MAX_SAFE_INTEGER;
    if (args.last != null && !args.before) {
      // Counting back from the end needs the total first.
      [{ totalCount: total }] = await this.db.read('actorsPage', {
        ...params,
        skip: neo4j.int(0),
        limit: neo4j.int(0),
      });
    }
    const window = pageWindow(args, fingerprint, total);
    const [row] = await this.db.read('actorsPage', {
      ...params,
      skip: neo4j.int(window.skip),
      limit: neo4j.int(window.limit),
    });
    return toConnection(
      row.actors.map((actor) => this.primed(toActor(actor))),
      window,
      row.totalCount,
      fingerprint,
    );
  }

  /** The actor this one is directly PART_OF; of several, the first by name. */
  async parent(actorId: string): Promise<ActorNode | null> {
    const ancestors = await this.ancestorsOf.load(actorId);
    return ancestors.find((ancestor) => ancestor.distance === 1)?.actor ?? null;
  }

  /** Everything above the actor through PART_OF, nearest first. */
  async ancestors(actorId: string): Promise<ActorNode[]> {
    return (await this.ancestorsOf.load(actorId)).map((ancestor) => ancestor.actor);
  }

  async subunits(actorId: string, depth: number): Promise<ActorNode[]> {
    requireInRange('depth', depth, subunitDepthRange);
    let loader = this.subunitsByDepth.get(depth);
    if (!loader) {
      loader = new DataLoader(async (actorIds) => {
        const rows = await this.db.read('actorSubunits', { actorIds: [...actorIds], depth: neo4j.int(depth) });
        return groupRows(actorIds, rows, (row) => this.primed(toActor(row.subunit)));
      });
      this.subunitsByDepth.set(depth, loader);
    }
    return loader.load(actorId);
  }

  /** The actor's ties, optionally only those holding on day `at` (see tieHoldsOn) and of some kinds. */
  async ties(actorId: string, at: string | undefined, kinds: TieKind[] | undefined): Promise<ActorTieRow[]> {
    if (at != null) requireDate('at', at);
    const rows = await this.loaders.actorTies.load(actorId);
    return rows.filter(
      (row) => (at == null || tieHoldsOn(row, at)) && (!kinds?.length || kinds.includes(row.type as TieKind)),
    );
  }

  async network(actorId: string, depth: number, at: string | undefined, maxNodes: number): Promise<ActorNetwork> {
    requireInRange('depth', depth, networkDepthRange);
    requireInRange('maxNodes', maxNodes, { min: 1, max: networkNodeCap });
    const day = at != null ? toNeo4jDate(requireDate('at', at)) : null;
    // One loader per argument set: the networks of a page of actors asked alike cost one statement.
    const key = JSON.stringify([depth, at ?? null, maxNodes]);
    let loader = this.networksByArgs.get(key);
    if (!loader) {
      loader = new DataLoader<string, ActorNetwork>(async (actorIds) => {
        const rows = await this.db.read('actorNetwork', {
          actorIds: [...actorIds],
          depth: neo4j.int(depth),
          at: day,
          maxNodes: neo4j.int(maxNodes),
          maxTies: neo4j.int(networkTieCap),
        });
        const found = new Map(rows.map((row) => [row.actorId, this.toNetwork(row)]));
        return actorIds.map((id) => found.get(id) ?? new NotFoundError('Actor', id, 'id'));
      });
      this.networksByArgs.set(key, loader);
    }
    return loader.load(actorId);
  }

  async attributionsBySource(actorId: string, includeSubunits: boolean): Promise<SourceAttributions[]> {
    let loader = this.attributionsByScope.get(includeSubunits);
    if (!loader) {
      loader = new DataLoader(async (actorIds) => {
        const rows = await this.db.read('attributionsBySource', { actorIds: [...actorIds], includeSubunits });
        return groupRows(actorIds, rows, (row): SourceAttributions => ({
          sourceId: row.sourceId,
          eventIds: row.eventIds,
          claimIds: row.claimIds,
          eventCount: row.eventIds.length,
        }));
      });
      this.attributionsByScope.set(includeSubunits, loader);
    }
    return loader.load(actorId);
  }

  private toNetwork(row: ActorNetworkRow): ActorNetwork {
    return {
      nodes: row.nodes.map((node) => ({
        depth: node.depth,
        actor: node.actor ? this.primed(toActor(node.actor)) : null,
        location: node.location ? toLocation(node.location) : null,
      })),
      ties: row.ties.map((tie) => ({
        ...tie,
        kind: tie.kind as TieKind,
        datePrecision: tie.datePrecision as DatePrecision | null,
      })),
      truncated: row.nodesTruncated || row.tiesTruncated,
    };
  }

  /** Actors read whole by a list query need no second read when a nested field asks for them by id. */
  private primed(actor: ActorNode): ActorNode {
    this.loaders.actor.prime(actor.id, actor);
    return actor;
  }
}
