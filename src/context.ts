// What every resolver receives for one request: loaders, repositories and the request's identity.
import type { Logger } from 'pino';

import type { ApiKeyService } from './auth/ApiKeyService';
import type { Identity } from './auth/identity';
import type { Loaders } from './data/loaders';
import type { ActorMergeRepository } from './data/repositories/ActorMergeRepository';
import type { ActorRepository } from './data/repositories/ActorRepository';
import type { ChangeRepository } from './data/repositories/ChangeRepository';
import type { EditRepository } from './data/repositories/EditRepository';
import type { EventRepository } from './data/repositories/EventRepository';
import type { LocationRepository } from './data/repositories/LocationRepository';
import type { NodeRepository } from './data/repositories/NodeRepository';
import type { ReconcileRepository } from './data/repositories/ReconcileRepository';
import type { SearchRepository } from './data/repositories/SearchRepository';
import type { SourceRepository } from './data/repositories/SourceRepository';
import type { Database, RoundTripCounter } from './db/database';

/** Answers of list fields per parent object and field, shared by aliases that ask the same (resolvers/aliasesShareAnswer). */
export type SharedAnswers = WeakMap<object, Map<string, Promise<unknown>>>;

export interface RequestContext {
  requestId: string;
  /** Who is calling; writes record it. */
  identity: Identity;
  /** The caller's IP address; rate limiting keys anonymous callers by it. */
  clientAddress: string;
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
  merges: ActorMergeRepository;
  changes: ChangeRepository;
  /** Incidents, places and actors that many sources report: candidates, joins, merges, the crosswalk. */
  reconcile: ReconcileRepository;
  /** Editors' creates, updates and claim retractions. */
  edits: EditRepository;
  /** API keys, shared by all requests of the server (it holds the cache of valid keys). */
  apiKeys: ApiKeyService;
  /** Answers of list fields, shared by aliases asking the same (AliasesShareAnswer). */
  sharedAnswers: SharedAnswers;
}
