// Event lists and lookups.
import { BadInputError } from '../../errors/BadInputError';
import { NotFoundError } from '../../errors/NotFoundError';
import type { Connection } from '../../schema/connection';
import type { Event } from '../../schema/event.type';
import type { EventsFilter } from '../../schema/eventsFilter.input';
import type { PageArgs } from '../../schema/pageArgs';
import type { Database } from '../database';
import type { Loaders } from '../loaders';
import { pageWindow, queryFingerprint, toConnection } from '../paging';
import neo4j from 'neo4j-driver';
import { parseIsoDate, toNeo4jDate } from '../../ingest/dates';

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
  constructor(
    private readonly db: Database,
    private readonly loaders: Loaders,
  ) {}

  async byId(id: string): Promise<Event> {
    const event = await this.loaders.event.load(id);
    if (!event) throw new NotFoundError('Event', id, 'id');
    return event;
  }

  async page(filter: EventsFilter = {}, args: PageArgs): Promise<Connection<Event>> {
    const from = dateParam('filter.from', filter.from);
    const to = dateParam('filter.to', filter.to);
    if (filter.from && filter.to && filter.from > filter.to) throw new BadInputError('filter.to', `${filter.to} is before filter.from ${filter.from}`);
    const params = { kinds: filter.kinds ?? null, from, to };
    const fingerprint = queryFingerprint('events', filter);
    let total = Number.MAX_SAFE_INTEGER;
    if (args.last != null && !args.before) {
      // Counting back from the end needs the total first.
      [{ totalCount: total }] = await this.db.read<EventsPageRow>('eventsPage', { ...params, skip: 0, limit: 0 });
    }
    const window = pageWindow(args, fingerprint, total);
    const [row] = await this.db.read<EventsPageRow>('eventsPage', { ...params, skip: neo4j.int(window.skip), limit: neo4j.int(window.limit) });
    const events = await this.loaders.event.loadMany(row.ids);
    return toConnection(events.filter((e): e is Event => e !== undefined && !(e instanceof Error)), window, row.totalCount, fingerprint);
  }
}
