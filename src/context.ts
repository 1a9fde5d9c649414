// What every resolver receives for one request: loaders, repositories and the request's identity.
import type { Logger } from 'pino';
import type { Database, RoundTripCounter } from './db/database';
import type { Loaders } from './db/loaders';
import type { EventRepository } from './db/repositories/EventRepository';
import type { NodeRepository } from './db/repositories/NodeRepository';
import type { SearchRepository } from './db/repositories/SearchRepository';

export interface RequestContext {
  requestId: string;
  log: Logger;
  roundTrips: RoundTripCounter;
  db: Database;
  loaders: Loaders;
  events: EventRepository;
  search: SearchRepository;
  nodes: NodeRepository;
}
