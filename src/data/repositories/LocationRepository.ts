// Place lists and the hierarchy around a place (children, ancestors), and the events at or near it.
import DataLoader from 'dataloader';
import neo4j, { type Integer } from 'neo4j-driver';

import type { Database } from '../../db/database';
import type { IdsPageRow } from '../../db/statementRows';
import { BadInputError } from '../../errors/BadInputError';
import { NotFoundError } from '../../errors/NotFoundError';
import { searchQuery } from '../../text/searchQuery';
import { EventOrder } from '../../vocabulary/EventOrder';
import type { LocationKind } from '../../vocabulary/LocationKind';
import type { EventNode, LocationNode } from '../graphNodes';
import type { Loaders } from '../loaders';
import { toLocation } from '../mappers';
import { pageWindow, queryFingerprint, toConnection, type Page, type PageRequest } from '../paging';
import type { EventRepository } from './EventRepository';

/** Which places `page` lists: those matching `search` best first, else every place. */
export interface LocationListRequest extends PageRequest {
  search?: string;
  kinds?: LocationKind[];
}

const present = <T>(items: readonly (T | undefined | Error)[]): T[] =>
  items.filter((item): item is T => item !== undefined && !(item instanceof Error));

/**
 * A loader of the places related to each place, one statement per batch; rows come back in the statement's order.
 * Each place found is primed into the place loader (the statements read what locationsByIds reads): a child's own
 * fields (its `events` checks that it exists) then need no read, where they would otherwise be one batch or two,
 * depending on how the children's resolvers fell into ticks.
 */
function relatedPlaces(db: Database, loaders: Loaders, statement: 'locationChildren' | 'locationAncestors') {
  return new DataLoader<string, LocationNode[]>(async (locationIds) => {
    const rows = await db.read(statement, { locationIds: [...locationIds] });
    const groups = new Map<string, LocationNode[]>(locationIds.map((id) => [id, []]));
    for (const row of rows) {
      const place = toLocation(row.location);
      loaders.location.prime(place.id, place);
      groups.get(row.locationId)?.push(place);
    }
    return locationIds.map((id) => groups.get(id) ?? []);
  });
}

export class LocationRepository {
  private readonly children: DataLoader<string, LocationNode[]>;
  private readonly ancestors: DataLoader<string, LocationNode[]>;

  constructor(
    private readonly db: Database,
    private readonly loaders: Loaders,
    private readonly events: EventRepository,
  ) {
    this.children = relatedPlaces(db, loaders, 'locationChildren');
    this.ancestors = relatedPlaces(db, loaders, 'locationAncestors');
  }

  async byId(id: string): Promise<LocationNode> {
    const location = await this.loaders.location.load(id);
    if (!location) throw new NotFoundError('Location', id, 'id');
    return location;
  }

  async page(args: LocationListRequest): Promise<Page<LocationNode>> {
    const query = args.search == null ? null : searchQuery(args.search, { prefix: true });
    if (args.search != null && query === null)
      throw new BadInputError(
        'search',
        `"${args.search}" has no letters or digits to search for; leave search out to list every place`,
      );
    const params = { query, kinds: args.kinds?.length ? args.kinds : null };
    const fingerprint = queryFingerprint('locations', params);
    const { row, window } = await this.idsPage(
      (skip, limit) => this.db.read('locationsPage', { ...params, skip, limit }),
      args,
      fingerprint,
    );
    return toConnection(present(await this.loaders.location.loadMany(row.ids)), window, row.totalCount, fingerprint);
  }

  childrenOf(locationId: string): Promise<LocationNode[]> {
    return this.children.load(locationId);
  }

  /** The enclosing places, nearest first (a district's city, region, country). */
  ancestorsOf(locationId: string): Promise<LocationNode[]> {
    return this.ancestors.load(locationId);
  }

  /** Events at the place, and by default anywhere inside it. */
  eventsAt(
    location: Pick<LocationNode, 'id'>,
    includeSublocations: boolean,
    order: EventOrder,
    args: PageRequest,
  ): Promise<Page<EventNode>> {
    return this.events.page({ locationId: location.id }, order, args, { exactLocation: !includeSublocations });
  }

  /** Events within `radiusKm` of the place's point, newest first. */
  eventsNear(
    location: Pick<LocationNode, 'id' | 'latitude' | 'longitude'>,
    radiusKm: number,
    args: PageRequest,
  ): Promise<Page<EventNode>> {
    if (!(radiusKm > 0)) throw new BadInputError('radiusKm', `must be greater than 0, got ${radiusKm}`);
    if (radiusKm > 20000)
      throw new BadInputError('radiusKm', `must be at most 20000 (half the Earth's circumference), got ${radiusKm}`);
    if (!Number.isFinite(location.latitude) || !Number.isFinite(location.longitude)) {
      throw new BadInputError('radiusKm', `place "${location.id}" has no point to measure from; use events instead`);
    }
    return this.events.page(
      { near: { latitude: location.latitude, longitude: location.longitude, radiusKm } },
      EventOrder.NEWEST_FIRST,
      args,
    );
  }

  /** `read` runs the page statement with the window given. */
  private async idsPage(
    read: (skip: Integer, limit: Integer) => Promise<IdsPageRow[]>,
    args: PageRequest,
    fingerprint: string,
  ) {
    let total = Number.MAX_SAFE_INTEGER;
    if (args.last != null && !args.before) {
      // Counting back from the end needs the total first.
      [{ totalCount: total }] = await read(neo4j.int(0), neo4j.int(0));
    }
    const window = pageWindow(args, fingerprint, total);
    const [row] = await read(neo4j.int(window.skip), neo4j.int(window.limit));
    return { row, window };
  }
}
