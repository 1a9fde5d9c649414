// Pages of events with their derived facts, for the GeoJSON field and the /export downloads.
import type { Loaders } from '../data/loaders';
import type { EventFilter, EventRepository } from '../data/repositories/EventRepository';
import type { EventOrder } from '../vocabulary/EventOrder';
import { eventRecords, type EventRecord } from './eventRecords';
import { toFeatureCollection, type EventFeatureCollection, type PageFacts } from './featureCollection';

export interface ExportPage {
  records: EventRecord[];
  page: PageFacts;
}

export class EventExporter {
  constructor(
    private readonly events: EventRepository,
    private readonly loaders: Loaders,
  ) {}

  /** `first` is not bounded here: callers bound it (1000 over GraphQL, 5000 for downloads). */
  async records(
    filter: EventFilter | undefined,
    order: EventOrder,
    first: number,
    after?: string,
  ): Promise<ExportPage> {
    const connection = await this.events.page(filter, order, { first, after });
    const records = await eventRecords(
      connection.edges.map((edge) => edge.node),
      this.loaders,
    );
    return {
      records,
      page: {
        totalCount: connection.totalCount,
        hasNextPage: connection.pageInfo.hasNextPage,
        endCursor: connection.pageInfo.endCursor,
      },
    };
  }

  async featureCollection(
    filter: EventFilter | undefined,
    order: EventOrder,
    first: number,
    after?: string,
  ): Promise<EventFeatureCollection> {
    const { records, page } = await this.records(filter, order, first, after);
    return toFeatureCollection(records, page);
  }
}
