// Event lists and lookups, the canonical "attributed to X by Y" among them.
import neo4j from 'neo4j-driver';
import { parseIsoDate, toNeo4jDate } from '../../ingest/dates';
import { AttributedEventEdge, type AttributedEventConnection } from '../../schema/attributedEventConnection.type';
import { DateOrder } from '../../schema/enums/DateOrder';
import { EventOrder } from '../../schema/enums/EventOrder';
import { SourceRole } from '../../schema/enums/SourceRole';
import type { EventsAttributedToArgs } from '../../schema/eventsAttributedTo.args';
import { NameResolver } from './NameResolver';
import { BadInputError } from '../../errors/BadInputError';
import { NotFoundError } from '../../errors/NotFoundError';
import type { Connection } from '../../schema/connection';
import type { Event } from '../../schema/event.type';
import type { EventsFilter } from '../../schema/eventsFilter.input';
import type { PageArgs } from '../../schema/pageArgs';
import type { Database } from '../database';
import type { Loaders } from '../loaders';
import { pageWindow, queryFingerprint, toConnection } from '../paging';

interface AttributedPageRow {
  totalCount: number;
  page: { eventId: string; claimIds: string[] }[];
}

interface EventsPageRow {
  totalCount: number;
  ids: string[];
}

function dateParam(field: string, text: string | undefined) {
  if (!text) return null;
  const parsed = parseIsoDate(text);
  if (!parsed) throw new BadInputError(field, `"${text}" is not a calendar date in YYYY-MM-DD form`);
  return toNeo4jDate(parsed);
}

export class EventRepository {
  private readonly names: NameResolver;

  constructor(
    private readonly db: Database,
    private readonly loaders: Loaders,
  ) {
    this.names = new NameResolver(db, loaders);
  }

  async byId(id: string): Promise<Event> {
    const event = await this.loaders.event.load(id);
    if (!event) throw new NotFoundError('Event', id, 'id');
    return event;
  }

  async attributedTo(args: EventsAttributedToArgs): Promise<AttributedEventConnection> {
    const actorId = await this.names.actorId(args.actor, 'actor');
    const sourceId = args.source ? await this.names.sourceId(args.source, 'source') : null;
    if (args.from && args.to && args.from > args.to) throw new BadInputError('to', `${args.to} is before from ${args.from}`);
    const params = {
      actorId,
      includeSubordinates: args.includeSubordinates,
      sourceId,
      sourceAsRelayer: args.sourceRole === SourceRole.MAKER_OR_RELAYER,
      kinds: args.kinds?.length ? args.kinds : null,
      from: dateParam('from', args.from),
      to: dateParam('to', args.to),
      locationId: args.locationId ?? null,
      center: args.near ? new neo4j.types.Point(4326, args.near.longitude, args.near.latitude) : null,
      radiusMeters: args.near ? args.near.radiusKm * 1000 : null,
      minConfidence: args.minConfidence ?? null,
      includeRetracted: args.includeRetracted,
      descending: args.order === DateOrder.NEWEST_FIRST,
    };
    if (args.locationId && !(await this.loaders.location.load(args.locationId))) throw new NotFoundError('Location', args.locationId, 'locationId');
    const { first, after, last, before, ...filters } = args;
    const fingerprint = queryFingerprint('eventsAttributedTo', { ...filters, actorId, sourceId });
    let total = Number.MAX_SAFE_INTEGER;
    if (args.last != null && !args.before) {
      [{ totalCount: total }] = await this.db.read<AttributedPageRow>('eventsAttributedTo', { ...params, skip: neo4j.int(0), limit: neo4j.int(0) });
    }
    const window = pageWindow(args, fingerprint, total);
    const [row] = await this.db.read<AttributedPageRow>('eventsAttributedTo', { ...params, skip: neo4j.int(window.skip), limit: neo4j.int(window.limit) });
    const events = await this.loaders.event.loadMany(row.page.map((hit) => hit.eventId));
    const hits = row.page.flatMap((hit, i) => {
      const event = events[i];
      return event && !(event instanceof Error) ? [{ event, claimIds: hit.claimIds }] : [];
    });
    const connection = toConnection(hits, window, row.totalCount, fingerprint);
    return {
      totalCount: connection.totalCount,
      pageInfo: connection.pageInfo,
      edges: connection.edges.map((edge) => Object.assign(new AttributedEventEdge(), { cursor: edge.cursor, node: edge.node.event, claimIds: edge.node.claimIds })),
    };
  }

  async page(given: EventsFilter | null | undefined, order: EventOrder, args: PageArgs): Promise<Connection<Event>> {
    // GraphQL passes an explicit `filter: null` through as null, not as a missing argument.
    const filter = given ?? {};
    if (filter.from && filter.to && filter.from > filter.to) throw new BadInputError('filter.to', `${filter.to} is before filter.from ${filter.from}`);
    if (filter.within && filter.within.south > filter.within.north) {
      throw new BadInputError('filter.within.north', `${filter.within.north} is south of filter.within.south ${filter.within.south}`);
    }
    const { actorId } = await this.requireExisting(filter);
    const box = filter.within;
    const params = {
      kinds: filter.kinds?.length ? filter.kinds : null,
      from: dateParam('filter.from', filter.from),
      to: dateParam('filter.to', filter.to),
      locationId: filter.locationId ?? null,
      center: filter.near ? new neo4j.types.Point(4326, filter.near.longitude, filter.near.latitude) : null,
      radiusMeters: filter.near ? filter.near.radiusKm * 1000 : null,
      southWest: box ? new neo4j.types.Point(4326, box.west, box.south) : null,
      northEast: box ? new neo4j.types.Point(4326, box.east, box.north) : null,
      actorId,
      sourceId: filter.sourceId ?? null,
      contested: filter.contested ?? null,
      minKilled: filter.minKilled ?? null,
      needsClaimStats: filter.contested != null || filter.minKilled != null || order === EventOrder.MOST_KILLED_FIRST,
      order,
    };
    const fingerprint = queryFingerprint('events', { filter, order });
    let total = Number.MAX_SAFE_INTEGER;
    if (args.last != null && !args.before) {
      // Counting back from the end needs the total first.
      [{ totalCount: total }] = await this.db.read<EventsPageRow>('eventsPage', { ...params, skip: neo4j.int(0), limit: neo4j.int(0) });
    }
    const window = pageWindow(args, fingerprint, total);
    const [row] = await this.db.read<EventsPageRow>('eventsPage', { ...params, skip: neo4j.int(window.skip), limit: neo4j.int(window.limit) });
    const events = await this.loaders.event.loadMany(row.ids);
    return toConnection(events.filter((e): e is Event => e !== undefined && !(e instanceof Error)), window, row.totalCount, fingerprint);
  }

  /** An id filter naming nothing is a mistake worth reporting, not an empty page. */
  /** Also gives the actor id to query by: a merged actor's id stands for the actor it was merged into. */
  private async requireExisting(filter: EventsFilter): Promise<{ actorId: string | null }> {
    const [location, actor, source] = await Promise.all([
      filter.locationId ? this.loaders.location.load(filter.locationId) : true,
      filter.actorId ? this.loaders.actor.load(filter.actorId) : true,
      filter.sourceId ? this.loaders.source.load(filter.sourceId) : true,
    ]);
    if (!location) throw new NotFoundError('Location', filter.locationId as string, 'filter.locationId');
    if (!actor) throw new NotFoundError('Actor', filter.actorId as string, 'filter.actorId');
    if (!source) throw new NotFoundError('Source', filter.sourceId as string, 'filter.sourceId');
    return { actorId: actor === true ? null : actor.id };
  }
}
