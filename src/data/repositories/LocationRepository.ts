// Place lists and the hierarchy around a place (children, ancestors), and the events at or near it.
import DataLoader from 'dataloader';
import neo4j, { type Integer } from 'neo4j-driver';

import type { Database } from '../../db/database';
import type { IdsPageRow } from '../../db/statementRows';
import { BadInputError } from '../../errors/BadInputError';
import { NotFoundError } from '../../errors/NotFoundError';
import type { Connection } from '../../schema/connection';
import type { Event } from '../../schema/event.type';
import type { Location } from '../../schema/location.type';
import type { LocationsArgs } from '../../schema/locations.args';
import type { PageArgs } from '../../schema/pageArgs';
import { searchQuery } from '../../text/searchQuery';
import { EventOrder } from '../../vocabulary/EventOrder';
import type { Loaders } from '../loaders';
import { toLocation } from '../mappers';
import { pageWindow, queryFingerprint, toConnection } from '../paging';
import type { EventRepository } from './EventRepository';

const present = <T>(items: readonly (T | undefined | Error)[]): T[] =>
  items.filter((item): item is T => item !== undefined && !(item instanceof Error));

/** A loader of the places related to each place, one statement per batch; rows come back in the statement's order. */
function relatedPlaces(db: Database, statement: 'locationChildren' | 'locationAncestors') {
  return new DataLoader<string, Location[]>(async (locationIds) => {
    const rows = await db.read(statement, { locationIds: [...locationIds] });
    const groups = new Map<string, Location[]>(locationIds.map((id) => [id, []]));
    for (const row of rows) groups.get(row.locationId)?.push(toLocation(row.location));
    return locationIds.map((id) => groups.get(id) ?? []);
  });
}

export class LocationRepository {
  private readonly children: DataLoader<string, Location[]>;
  private readonly ancestors: DataLoader<string, Location[]>;

  constructor(
    private readonly db: Database,
    private readonly loaders: Loaders,
    private readonly events: EventRepository,
  ) {
    this.children = relatedPlaces(db, 'locationChildren');
    this.ancestors = relatedPlaces(db, 'locationAncestors');
  }

  async byId(id: string): Promise<Location> {
    const location = await this.loaders.location.load(id);
    if (!location) throw new NotFoundError('Location', id, 'id');
    return location;
  }

  async page(args: LocationsArgs): Promise<Connection<Location>> {
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

  childrenOf(locationId: string): Promise<Location[]> {
    return this.children.load(locationId);
  }

  /** The enclosing places, nearest first (a district's city, region, country). */
  ancestorsOf(locationId: string): Promise<Location[]> {
    return this.ancestors.load(locationId);
  }

  /** Events at the place, and by default anywhere inside it. */
  eventsAt(
    location: Location,
    includeSublocations: boolean,
    order: EventOrder,
    args: PageArgs,
  ): Promise<Connection<Event>> {
    return this.events.page({ locationId: location.id }, order, args, { exactLocation: !includeSublocations });
  }

  /** Events within `radiusKm` of the place's point, newest first. */
  eventsNear(location: Location, radiusKm: number, args: PageArgs): Promise<Connection<Event>> {
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
    args: PageArgs,
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
