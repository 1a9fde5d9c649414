// Event lists and lookups, the canonical "attributed to X by Y" among them.
import DataLoader from 'dataloader';
import neo4j from 'neo4j-driver';

import { parseIsoDate, toNeo4jDate } from '../../dates/isoDates';
import type { Database } from '../../db/database';
import type { AttributedHitRow, CountedPageRow, FoundRow, NodeMap, WalkedPageRow } from '../../db/statementRows';
import { BadInputError } from '../../errors/BadInputError';
import { NotFoundError } from '../../errors/NotFoundError';
import { DateOrder } from '../../vocabulary/DateOrder';
import type { EventGrade } from '../../vocabulary/EventGrade';
import type { EventKind } from '../../vocabulary/EventKind';
import { EventOrder } from '../../vocabulary/EventOrder';
import { SourceRole } from '../../vocabulary/SourceRole';
import type { ClaimNode, EventNode } from '../graphNodes';
import type { Loaders } from '../loaders';
import { toClaim, toDocument, toEvent, toLocation, toSource } from '../mappers';
import {
  inPageOrder,
  pageWindow,
  queryFingerprint,
  toConnection,
  toConnectionOfUnknownTotal,
  type Page,
  type PageInfo,
  type PageRequest,
  type PageWindow,
} from '../paging';
import { NameResolver, type IdOrName } from './NameResolver';

/** Everything within `radiusKm` kilometres of a WGS-84 point. */
export interface NearPoint {
  latitude: number;
  longitude: number;
  radiusKm: number;
}

/** Which events `page` lists (the GraphQL EventsFilter is of this shape, and checks the bounds). */
export interface EventFilter {
  kinds?: EventKind[];
  /** Days, YYYY-MM-DD. */
  from?: string;
  to?: string;
  locationId?: string;
  near?: NearPoint;
  within?: { south: number; west: number; north: number; east: number };
  actorId?: string;
  sourceId?: string;
  contested?: boolean;
  grades?: EventGrade[];
  minKilled?: number;
}

/** The canonical question: events that claims attribute to an actor, optionally as one source states or relays them. */
export interface AttributedToRequest extends PageRequest {
  actor: IdOrName;
  includeSubordinates: boolean;
  source?: IdOrName;
  sourceRole: SourceRole;
  kinds?: EventKind[];
  from?: string;
  to?: string;
  locationId?: string;
  near?: NearPoint;
  minConfidence?: number;
  includeRetracted: boolean;
  order: DateOrder;
}

/** An event of an attributed page with the claims that matched: their ids, and the claims themselves when summarised. */
export interface AttributedEventEdge {
  cursor: string;
  node: EventNode;
  claimIds: string[];
  claimSummaries?: ClaimNode[];
}

/** A page of attributed events; without its total when the question did not ask for it (see attributedTo). */
export interface AttributedEventPage {
  edges: AttributedEventEdge[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/**
 * Which parts of a page's summaries carry their detail fields (attributedPageSummaries.ts lists them): the event its
 * end date and precision, the place its kind, point and country, a claim its date and figures, a source its kind and
 * address, a document its date.
 */
export interface SummaryDetail {
  event: boolean;
  place: boolean;
  claim: boolean;
  source: boolean;
  document: boolean;
}

const noDetail: SummaryDetail = { event: false, place: false, claim: false, source: false, document: false };

interface AttributedHit {
  event: EventNode;
  claimIds: string[];
  /** Only when the page was read as summaries. */
  claimSummaries?: ClaimNode[];
}

/** A hit read as summaries: each object carries its related ones, so no loader holds a partial object. */
function summarised(hit: AttributedHitRow): AttributedHit {
  const event = Object.assign(toEvent(hit.event), { locationSummary: hit.location ? toLocation(hit.location) : null });
  const claimSummaries = hit.claims
    .map((row, i) =>
      Object.assign(toClaim(row), {
        sourceSummary: toSource(hit.sources[i]),
        documentSummary: hit.documents[i] ? toDocument(hit.documents[i]) : null,
      }),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { event, claimIds: claimSummaries.map((claim) => claim.id), claimSummaries };
}

function dateParam(field: string, text: string | undefined) {
  if (!text) return null;
  const parsed = parseIsoDate(text);
  if (!parsed) throw new BadInputError(field, `"${text}" is not a calendar date in YYYY-MM-DD form`);
  return toNeo4jDate(parsed);
}

export class EventRepository {
  private readonly names: NameResolver;
  /** One parts loader per distinct field arguments: the events of one page share it, so share one query. */
  private readonly partPages = new Map<string, DataLoader<string, Page<EventNode>>>();

  constructor(
    private readonly db: Database,
    private readonly loaders: Loaders,
  ) {
    this.names = new NameResolver(db, loaders);
  }

  /**
   * `withClaims`: the query reads the event's claims or what derives from them (attributions, casualties...): they
   * are asked for at once, beside the event, rather than a round trip after it.
   */
  async byId(id: string, { withClaims = false }: { withClaims?: boolean } = {}): Promise<EventNode> {
    // The field that reads the claims awaits the same load and sees its failure; this copy only must not go unhandled.
    if (withClaims) this.loaders.claimsCoveringEvent.load(id).catch(() => undefined);
    const event = await this.loaders.event.load(id);
    if (!event) throw new NotFoundError('Event', id, 'id');
    return event;
  }

  /**
   * The canonical question. The statement that finds the page brings it as summaries (what a list shows). `wantsTotal`:
   * whether the query selects totalCount; without it the page can be found by walking events newest first and
   * stopping when it is full (eventsAttributedToWalked), which costs the same whatever the graph's size; otherwise,
   * or when the walk would not pay, by counting (eventsAttributedToCounted). `summaries`: null when the query selects
   * more than summaries carry (attributedPageSummaries.ts), and a second statement brings the page's whole objects
   * into the request's loaders; otherwise the detail the query reads, and the summaries hang from each other, out of
   * the loaders.
   */
  async attributedTo(
    args: AttributedToRequest,
    { wantsTotal, summaries }: { wantsTotal: boolean; summaries: SummaryDetail | null },
  ): Promise<AttributedEventPage> {
    // Ids are checked (and a merged actor's followed to its survivor) by the page statement itself.
    const [actorId, sourceId] = await Promise.all([
      this.names.actorId(args.actor, 'actor', { checkId: false }),
      args.source ? this.names.sourceId(args.source, 'source', { checkId: false }) : null,
    ]);
    if (args.from && args.to && args.from > args.to)
      throw new BadInputError('to', `${args.to} is before from ${args.from}`);
    // What both page statements take; counting also takes the date and place filters and the order, which the walk
    // is never asked with (each parameter goes over the wire with the statement).
    const claimParams = {
      actorId,
      includeSubordinates: args.includeSubordinates,
      sourceId,
      sourceAsRelayer: args.sourceRole === SourceRole.MAKER_OR_RELAYER,
      kinds: args.kinds?.length ? args.kinds : null,
      minConfidence: args.minConfidence ?? null,
      includeRetracted: args.includeRetracted,
      detail: summaries ?? noDetail,
    };
    const eventParams = {
      from: dateParam('from', args.from),
      to: dateParam('to', args.to),
      locationId: args.locationId ?? null,
      center: args.near ? new neo4j.types.Point(4326, args.near.longitude, args.near.latitude) : null,
      radiusMeters: args.near ? args.near.radiusKm * 1000 : null,
      descending: args.order === DateOrder.NEWEST_FIRST,
    };
    if (args.locationId && !(await this.loaders.location.load(args.locationId)))
      throw new NotFoundError('Location', args.locationId, 'locationId');
    const { first, after, last, before, ...filters } = args;
    const fingerprint = queryFingerprint('eventsAttributedTo', { ...filters, actorId, sourceId });
    const countsBackFromEnd = args.last != null && !args.before;
    const counted = async (skip: number, limit: number) => {
      const [row] = await this.db.read('eventsAttributedToCounted', {
        ...claimParams,
        ...eventParams,
        skip: neo4j.int(skip),
        limit: neo4j.int(limit),
      });
      this.requireFound(row, args);
      return row;
    };
    const total = countsBackFromEnd ? (await counted(0, 0)).totalCount : Number.MAX_SAFE_INTEGER;
    const window = pageWindow(args, fingerprint, total);
    // Walking pays only for a page newest first, without a date or place filter or the total; the walk itself says
    // whether matches are common enough for it, and one that runs out of dated events leaves the undated to counting.
    let walk: WalkedPageRow | null = null;
    const { descending, from, to, locationId, center } = eventParams;
    if (!wantsTotal && !countsBackFromEnd && descending && !from && !to && !locationId && !center) {
      [walk] = await this.db.read('eventsAttributedToWalked', {
        ...claimParams,
        skip: neo4j.int(window.skip),
        limit: neo4j.int(window.limit),
      });
      this.requireFound(walk, args);
    }
    const row: WalkedPageRow | CountedPageRow =
      walk?.walked && !walk.exhausted ? walk : await counted(window.skip, window.limit);
    const found = inPageOrder(row.page);
    const inPage = found.slice(0, window.limit);
    const pageHits = summaries ? inPage.map(summarised) : await this.withWholeObjects(inPage);
    const connection =
      'totalCount' in row
        ? toConnection(pageHits, window, row.totalCount, fingerprint)
        : toConnectionOfUnknownTotal(pageHits, window, found.length > window.limit, fingerprint);
    return {
      ...connection,
      edges: connection.edges.map(({ cursor, node: { event, claimIds, claimSummaries } }) => ({
        cursor,
        node: event,
        claimIds,
        claimSummaries,
      })),
    };
  }

  private requireFound(row: FoundRow, args: AttributedToRequest): void {
    if (!row.actorFound)
      throw new NotFoundError(
        'Actor',
        args.actor.id ?? (args.actor.name as string),
        args.actor.id ? 'actor.id' : 'actor.name',
      );
    if (!row.sourceFound && args.source)
      throw new NotFoundError(
        'Source',
        args.source.id ?? (args.source.name as string),
        args.source.id ? 'source.id' : 'source.name',
      );
  }

  /**
   * The page's whole objects, in one more round trip, put in the request's loaders: a query that selects more than
   * summaries carry reads its nested fields from there.
   */
  private async withWholeObjects(hits: AttributedHitRow[]): Promise<AttributedHit[]> {
    if (hits.length === 0) return [];
    const [objects] = await this.db.read('attributedPageObjects', {
      eventIds: hits.map((hit) => hit.event.id),
      claimIds: hits.flatMap((hit) => hit.claimIds),
    });
    for (const location of objects.locations) this.loaders.location.prime(location.id as string, toLocation(location));
    for (const claim of objects.claims) this.loaders.claim.prime(claim.id as string, toClaim(claim));
    for (const document of objects.documents) this.loaders.document.prime(document.id as string, toDocument(document));
    for (const source of objects.sources) this.loaders.source.prime(source.id as string, toSource(source));
    const events = new Map(objects.events.map((row) => [row.id as string, toEvent(row)]));
    for (const [id, event] of events) this.loaders.event.prime(id, event);
    // Sorted so that a page reads the same however the statement found it.
    return hits.map((hit) => ({ event: events.get(hit.event.id) as EventNode, claimIds: [...hit.claimIds].sort() }));
  }

  /** An event a page statement brought, with its place, put in the request's loaders. */
  private primedEvent(eventRow: NodeMap, locationRow: NodeMap | null): EventNode {
    const event = toEvent(eventRow);
    this.loaders.event.prime(event.id, event);
    if (locationRow) this.loaders.location.prime(locationRow.id as string, toLocation(locationRow));
    return event;
  }

  /** `exactLocation`: only events at `filter.locationId` itself, not at places inside it (Location.events). */
  async page(
    given: EventFilter | null | undefined,
    order: EventOrder,
    args: PageRequest,
    { exactLocation = false }: { exactLocation?: boolean } = {},
  ): Promise<Page<EventNode>> {
    // GraphQL passes an explicit `filter: null` through as null, not as a missing argument.
    const filter = given ?? {};
    if (filter.from && filter.to && filter.from > filter.to)
      throw new BadInputError('filter.to', `${filter.to} is before filter.from ${filter.from}`);
    if (filter.within && filter.within.south > filter.within.north) {
      throw new BadInputError(
        'filter.within.north',
        `${filter.within.north} is south of filter.within.south ${filter.within.south}`,
      );
    }
    const { actorId } = await this.requireExisting(filter);
    const box = filter.within;
    const params = {
      kinds: filter.kinds?.length ? filter.kinds : null,
      from: dateParam('filter.from', filter.from),
      to: dateParam('filter.to', filter.to),
      locationId: filter.locationId ?? null,
      exactLocation,
      center: filter.near ? new neo4j.types.Point(4326, filter.near.longitude, filter.near.latitude) : null,
      radiusMeters: filter.near ? filter.near.radiusKm * 1000 : null,
      southWest: box ? new neo4j.types.Point(4326, box.west, box.south) : null,
      northEast: box ? new neo4j.types.Point(4326, box.east, box.north) : null,
      actorId,
      sourceId: filter.sourceId ?? null,
      contested: filter.contested ?? null,
      minKilled: filter.minKilled ?? null,
      grades: filter.grades?.length ? filter.grades : null,
      needsKilled: filter.minKilled != null || order === EventOrder.MOST_KILLED_FIRST,
      needsJudgement:
        filter.contested != null || Boolean(filter.grades?.length) || order === EventOrder.BEST_GRADE_FIRST,
      needsGrade: Boolean(filter.grades?.length) || order === EventOrder.BEST_GRADE_FIRST,
      order,
    };
    const fingerprint = queryFingerprint('events', { filter, order, exactLocation });
    let total = Number.MAX_SAFE_INTEGER;
    if (args.last != null && !args.before) {
      // Counting back from the end needs the total first.
      [{ totalCount: total }] = await this.db.read('eventsPage', {
        ...params,
        skip: neo4j.int(0),
        limit: neo4j.int(0),
      });
    }
    const window = pageWindow(args, fingerprint, total);
    const [row] = await this.db.read('eventsPage', {
      ...params,
      skip: neo4j.int(window.skip),
      limit: neo4j.int(window.limit),
    });
    const events = inPageOrder(row.page).map((hit) => this.primedEvent(hit.event, hit.location));
    return toConnection(events, window, row.totalCount, fingerprint);
  }

  /** The event's direct parts, earliest first (undated last, ties by id). */
  parts(eventId: string, args: PageRequest): Promise<Page<EventNode>> {
    const key = JSON.stringify({ first: args.first, after: args.after, last: args.last, before: args.before });
    let loader = this.partPages.get(key);
    if (!loader) {
      loader = new DataLoader((eventIds) => this.partPagesFor(eventIds, args));
      this.partPages.set(key, loader);
    }
    return loader.load(eventId);
  }

  private async partPagesFor(eventIds: readonly string[], args: PageRequest): Promise<Page<EventNode>[]> {
    const fingerprints = eventIds.map((eventId) => queryFingerprint('Event.parts', { eventId }));
    const run = (windows: PageWindow[]) =>
      this.db.read('eventPartsPages', {
        windows: windows.map((window, i) => ({
          eventId: eventIds[i],
          skip: neo4j.int(window.skip),
          limit: neo4j.int(window.limit),
        })),
      });
    let totals = eventIds.map(() => Number.MAX_SAFE_INTEGER);
    if (args.last != null && !args.before) {
      // Counting back from the end needs each event's total first; still one query for the whole batch.
      const counted = new Map(
        (await run(eventIds.map(() => ({ skip: 0, limit: 0 })))).map((row) => [row.eventId, row.totalCount]),
      );
      totals = eventIds.map((id) => counted.get(id) ?? 0);
    }
    const windows = eventIds.map((_, i) => pageWindow(args, fingerprints[i], totals[i]));
    const rows = new Map((await run(windows)).map((row) => [row.eventId, row]));
    return eventIds.map((eventId, i) => {
      const row = rows.get(eventId) ?? { totalCount: 0, page: [] };
      const parts = inPageOrder(row.page).map((hit) => this.primedEvent(hit.event, hit.location));
      return toConnection(parts, windows[i], row.totalCount, fingerprints[i]);
    });
  }

  /** An id filter naming nothing is a mistake worth reporting, not an empty page. */
  /** Also gives the actor id to query by: a merged actor's id stands for the actor it was merged into. */
  private async requireExisting(filter: EventFilter): Promise<{ actorId: string | null }> {
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
