// What every resolver receives for one request: loaders, repositories and the request's identity.
import type { Logger } from 'pino';
import type { Identity } from './auth/identity';
import type { Database, RoundTripCounter } from './db/database';
import type { Loaders } from './db/loaders';
import type { ActorRepository } from './db/repositories/ActorRepository';
import type { EventRepository } from './db/repositories/EventRepository';
import type { LocationRepository } from './db/repositories/LocationRepository';
import type { NodeRepository } from './db/repositories/NodeRepository';
import type { SearchRepository } from './db/repositories/SearchRepository';
import type { SourceRepository } from './db/repositories/SourceRepository';

export interface RequestContext {
  requestId: string;
  /** Who is calling; writes record it. */
  identity: Identity;
  log: Logger;
  roundTrips: RoundTripCounter;
  db: Database;
  loaders: Loaders;
  events: EventRepository;
  actors: ActorRepository;
  sources: SourceRepository;
  locations: LocationRepository;
  search: SearchRepository;
  nodes: NodeRepository;
}
