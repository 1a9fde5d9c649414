// The registry of Cypher statements: a name for each file under cypher/ (schema files apart), with the parameters it
// takes and the rows it returns. Database.read, write and WriteTransaction.run infer both from the name.
// To add one: write cypher/<aggregate>/<verbNoun>.cypher (header comment naming it and its $params), then add
//   verbNoun: statement('<aggregate>/<verbNoun>.cypher', { id: param<string>() }).returns<{ ... }>(),
// declaring exactly the file's $params (a test holds them to the file); rows are plain, as toPlain makes them.
import type { Date as CypherDate, DateTime, Integer, Point } from 'neo4j-driver';

import { param, statement, type StatementParams, type StatementRow } from './statement';
import type {
  ActorNetworkRow,
  ActorTieRow,
  ApiKeyFields,
  AuditMap,
  ChangeRow,
  CountedPageRow,
  EventsPageRow,
  ExistingNodeRow,
  IdsPageRow,
  KeyIdRow,
  MergeCounts,
  MergeNodesRow,
  NamedRow,
  NodeKindName,
  NodeMap,
  PageObjectsRow,
  RelatedPlaceRow,
  RelayMismatch,
  SearchPageRow,
  SourceRecordRow,
  WalkedPageRow,
} from './statementRows';

/** Parameter types the driver sends as Cypher INTEGER, DATETIME, DATE and POINT. */
type Int = Integer;
type Instant = DateTime<number | Integer>;
type Day = CypherDate<number | Integer>;
type Place = Point<number | Integer>;
type Ids = readonly string[];
/** Props of one node to write: values the driver can send (strings, numbers, temporal values, lists of them). */
type Props = Record<string, unknown>;

const ids = { ids: param<Ids>() };
/** Who writes and when: every write statement records them. */
const writer = { now: param<Instant>(), by: param<string>() };
const nodeRows = { rows: param<readonly { id: string; props: Props }[]>(), ...writer };
const namePhrase = { phrase: param<string>(), nameKey: param<string>() };
const nameKeys = { keys: param<readonly string[]>() };
/** One node merged into another (an actor, a place): the survivor takes the merged one's names and links. */
const mergeInto = {
  survivorId: param<string>(),
  mergedId: param<string>(),
  aliases: param<readonly string[]>(),
  nameKeys: param<readonly string[]>(),
  aliasText: param<string>(),
  ...writer,
};
type MergedLinks = { movedOut: number; movedIn: number; dropped: number };
/** The windows within which two events may be one incident (src/reconcile/eventMatch.ts, geo.ts). */
const matchWindows = {
  eventIds: param<Ids>(),
  windowDays: param<number>(),
  allowanceKm: param<Record<string, number>>(),
  widestKm: param<number>(),
};
type CandidatePair = { eventId: string; candidateId: string };
/** A page of a list, optionally searched (Lucene query) and narrowed to some kinds. */
const listPage = {
  query: param<string | null>(),
  kinds: param<readonly string[] | null>(),
  skip: param<Int>(),
  limit: param<Int>(),
};
/** What both eventsAttributedTo statements take. */
const attributedClaims = {
  actorId: param<string>(),
  includeSubordinates: param<boolean>(),
  sourceId: param<string | null>(),
  sourceAsRelayer: param<boolean>(),
  kinds: param<readonly string[] | null>(),
  minConfidence: param<number | null>(),
  includeRetracted: param<boolean>(),
  skip: param<Int>(),
  limit: param<Int>(),
  detail: param<{ event: boolean; place: boolean; claim: boolean; source: boolean; document: boolean }>(),
};

/** A location as the same-place rule reads it (src/reconcile/placeMatch.ts PlaceFacts). */
interface PlaceFactsRow {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  geoPrecision: 'EXACT' | 'DISTRICT' | 'CITY' | 'REGION' | 'COUNTRY';
  latitude: number;
  longitude: number;
  countryKey: string | null;
}

/** An event as the matching rule reads it (src/reconcile/eventMatch.ts EventFacts). */
interface EventFactsRow {
  id: string;
  kind: string;
  startDate: string | null;
  endDate: string | null;
  latitude: number | null;
  longitude: number | null;
  geoPrecision: 'EXACT' | 'DISTRICT' | 'CITY' | 'REGION' | 'COUNTRY' | null;
  actorIds: string[];
  actorLineage: string[];
  actorsUnknown: boolean;
  datasetIds: string[];
  partOfEventId: string | null;
}

export const statements = {
  findExistingNodes: statement('ingest/findExistingNodes.cypher', ids).returns<
    ExistingNodeRow & { formerKind: string | null; restatable: boolean }
  >(),
  mergeActors: statement('ingest/mergeActors.cypher', nodeRows).returns<MergeNodesRow>(),
  mergeLocations: statement('ingest/mergeLocations.cypher', nodeRows).returns<MergeNodesRow>(),
  mergeSources: statement('ingest/mergeSources.cypher', nodeRows).returns<MergeNodesRow>(),
  mergeDocuments: statement('ingest/mergeDocuments.cypher', nodeRows).returns<MergeNodesRow>(),
  mergeEvents: statement('ingest/mergeEvents.cypher', nodeRows).returns<MergeNodesRow>(),
  mergeClaims: statement('ingest/mergeClaims.cypher', nodeRows).returns<MergeNodesRow>(),
  mergeLinks: statement('ingest/mergeLinks.cypher', {
    links: param<readonly { fromId: string; type: string; toId: string; props: Props }[]>(),
    ...writer,
  }).returns<MergeCounts>(),
  createLinks: statement('ingest/createLinks.cypher', {
    links: param<readonly { fromId: string; type: string; toId: string; props: Props }[]>(),
    ...writer,
  }).returns<{ created: number }>(),
  deleteReplacedLinks: statement('ingest/deleteReplacedLinks.cypher', {
    links: param<readonly { fromId: string; type: string; toId: string }[]>(),
    ...writer,
  }).returns<{ deleted: number }>(),
  copyEventPoints: statement('ingest/copyEventPoints.cypher', { eventIds: param<Ids>() }).returns<{
    updated: number;
  }>(),
  countGraph: statement('admin/countGraph.cypher', {}).returns<{ nodes: number; relationships: number }>(),
  deleteAllNodes: statement('admin/deleteAllNodes.cypher', {}).returns<{ deleted: number }>(),
  actorsByIds: statement('actor/actorsByIds.cypher', ids).returns<{ requestedId: string; actor: NodeMap }>(),
  actorTies: statement('actor/actorTies.cypher', { actorIds: param<Ids>() }).returns<ActorTieRow>(),
  locationsByIds: statement('location/locationsByIds.cypher', ids).returns<{
    requestedId: string;
    location: NodeMap;
  }>(),
  sourcesByIds: statement('source/sourcesByIds.cypher', ids).returns<{ source: NodeMap }>(),
  documentsByIds: statement('document/documentsByIds.cypher', ids).returns<{ document: NodeMap }>(),
  documentTextsByIds: statement('document/documentTextsByIds.cypher', ids).returns<{
    id: string;
    text: string | null;
  }>(),
  eventsByIds: statement('event/eventsByIds.cypher', ids).returns<{ requestedId: string; event: NodeMap }>(),
  eventsPage: statement('event/eventsPage.cypher', {
    kinds: param<readonly string[] | null>(),
    from: param<Day | null>(),
    to: param<Day | null>(),
    locationId: param<string | null>(),
    center: param<Place | null>(),
    radiusMeters: param<number | null>(),
    southWest: param<Place | null>(),
    northEast: param<Place | null>(),
    actorId: param<string | null>(),
    sourceId: param<string | null>(),
    contested: param<boolean | null>(),
    minKilled: param<number | null>(),
    grades: param<readonly string[] | null>(),
    /** Only events at locationId itself, not at places inside it (Location.events). */
    exactLocation: param<boolean>(),
    needsKilled: param<boolean>(),
    needsJudgement: param<boolean>(),
    needsGrade: param<boolean>(),
    /** NEWEST_FIRST, OLDEST_FIRST, MOST_KILLED_FIRST or BEST_GRADE_FIRST. */
    order: param<string>(),
    skip: param<Int>(),
    limit: param<Int>(),
  }).returns<EventsPageRow>(),
  eventPartsPages: statement('event/eventPartsPages.cypher', {
    windows: param<readonly { eventId: string; skip: Int; limit: Int }[]>(),
  }).returns<EventsPageRow & { eventId: string }>(),
  eventsAttributedToWalked: statement(
    'event/eventsAttributedToWalked.cypher',
    attributedClaims,
  ).returns<WalkedPageRow>(),
  eventsAttributedToCounted: statement('event/eventsAttributedToCounted.cypher', {
    ...attributedClaims,
    from: param<Day | null>(),
    to: param<Day | null>(),
    locationId: param<string | null>(),
    center: param<Place | null>(),
    radiusMeters: param<number | null>(),
    descending: param<boolean>(),
  }).returns<CountedPageRow>(),
  attributedPageObjects: statement('event/attributedPageObjects.cypher', {
    eventIds: param<Ids>(),
    claimIds: param<Ids>(),
  }).returns<PageObjectsRow>(),
  actorsNamed: statement('actor/actorsNamed.cypher', namePhrase).returns<NamedRow>(),
  sourcesNamed: statement('source/sourcesNamed.cypher', namePhrase).returns<NamedRow>(),
  claimsByIds: statement('claim/claimsByIds.cypher', ids).returns<{ claim: NodeMap }>(),
  claimsAboutEvents: statement('claim/claimsAboutEvents.cypher', {
    eventIds: param<Ids>(),
    includeRetracted: param<boolean>(),
  }).returns<{
    eventId: string;
    claim: NodeMap;
    source: NodeMap;
    actor: NodeMap | null;
    /** The event the claim is about when that is a part of the one asked for, else null. */
    part: NodeMap | null;
  }>(),
  claimsRelayingClaims: statement('claim/claimsRelayingClaims.cypher', { claimIds: param<Ids>() }).returns<{
    claimId: string;
    relayIds: string[];
  }>(),
  relaysAcrossEvents: statement('claim/relaysAcrossEvents.cypher', {
    claimIds: param<Ids>(),
    eventIds: param<Ids>(),
  }).returns<RelayMismatch>(),
  sourcesPage: statement('source/sourcesPage.cypher', listPage).returns<IdsPageRow>(),
  sourceClaimsPages: statement('source/sourceClaimsPages.cypher', {
    windows: param<readonly { sourceId: string; skip: Int; limit: Int }[]>(),
    includeRetracted: param<boolean>(),
  }).returns<{ sourceId: string; totalCount: number; claimIds: string[] }>(),
  sourceDocuments: statement('source/sourceDocuments.cypher', { sourceIds: param<Ids>() }).returns<{
    sourceId: string;
    documentIds: string[];
  }>(),
  sourceRecords: statement('source/sourceRecords.cypher', { sourceIds: param<Ids>() }).returns<SourceRecordRow>(),
  locationsPage: statement('location/locationsPage.cypher', listPage).returns<IdsPageRow>(),
  locationChildren: statement('location/locationChildren.cypher', {
    locationIds: param<Ids>(),
  }).returns<RelatedPlaceRow>(),
  locationAncestors: statement('location/locationAncestors.cypher', {
    locationIds: param<Ids>(),
  }).returns<RelatedPlaceRow>(),
  searchAll: statement('search/searchAll.cypher', {
    query: param<string>(),
    kinds: param<readonly string[] | null>(),
    skip: param<Int>(),
    limit: param<Int>(),
    summaries: param<boolean>(),
  }).returns<SearchPageRow>(),
  entityKindsByIds: statement('node/entityKindsByIds.cypher', ids).returns<{ id: string; kind: NodeKindName }>(),
  actorsPage: statement('actor/actorsPage.cypher', listPage).returns<{ totalCount: number; actors: NodeMap[] }>(),
  actorAncestors: statement('actor/actorAncestors.cypher', { actorIds: param<Ids>() }).returns<{
    actorId: string;
    distance: number;
    ancestor: NodeMap;
  }>(),
  actorSubunits: statement('actor/actorSubunits.cypher', { actorIds: param<Ids>(), depth: param<Int>() }).returns<{
    actorId: string;
    level: number;
    subunit: NodeMap;
  }>(),
  actorNetwork: statement('actor/actorNetwork.cypher', {
    actorIds: param<Ids>(),
    depth: param<Int>(),
    at: param<Day | null>(),
    maxNodes: param<Int>(),
    maxTies: param<Int>(),
  }).returns<ActorNetworkRow>(),
  attributionsBySource: statement('actor/attributionsBySource.cypher', {
    actorIds: param<Ids>(),
    includeSubunits: param<boolean>(),
  }).returns<{
    actorId: string;
    sourceId: string;
    eventIds: string[];
    claimIds: string[];
  }>(),
  createApiKey: statement('apiKey/createApiKey.cypher', {
    id: param<string>(),
    name: param<string>(),
    roles: param<readonly string[]>(),
    hash: param<string>(),
    ...writer,
  }).returns<{ key: ApiKeyFields }>(),
  apiKeyCredentials: statement('apiKey/apiKeyCredentials.cypher', { id: param<string>() }).returns<{
    id: string;
    roles: string[];
    hash: string;
    revokedAt: string | null;
  }>(),
  apiKeysAll: statement('apiKey/apiKeysAll.cypher', {}).returns<{ key: ApiKeyFields }>(),
  revokeApiKey: statement('apiKey/revokeApiKey.cypher', { id: param<string>(), ...writer }).returns<{
    key: ApiKeyFields;
  }>(),
  editableNode: statement('edit/editableNode.cypher', {
    id: param<string>(),
    linkTypes: param<readonly string[]>(),
  }).returns<{
    kinds: string[];
    props: Record<string, unknown>;
    links: { type: string; toId: string }[];
  }>(),
  createNode: statement('edit/createNode.cypher', {
    label: param<string>(),
    id: param<string>(),
    props: param<Props>(),
    ...writer,
  }).returns<{ id: string }>(),
  updateNodeProperties: statement('edit/updateNodeProperties.cypher', {
    id: param<string>(),
    props: param<Props>(),
    ...writer,
  }).returns<{ changed: boolean }>(),
  deleteLinksOfTypes: statement('edit/deleteLinksOfTypes.cypher', {
    fromId: param<string>(),
    types: param<readonly string[]>(),
    ...writer,
  }).returns<{
    deleted: number;
  }>(),
  retractClaim: statement('edit/retractClaim.cypher', {
    id: param<string>(),
    reason: param<string>(),
    ...writer,
  }).returns<{ alreadyRetracted: boolean }>(),
  copyPointToEventsAt: statement('edit/copyPointToEventsAt.cypher', { locationId: param<string>() }).returns<{
    updated: number;
  }>(),
  auditByIds: statement('edit/auditByIds.cypher', ids).returns<{ audit: AuditMap }>(),
  partOfCycle: statement('edit/partOfCycle.cypher', { fromId: param<string>(), toId: param<string>() }).returns<{
    cycle: boolean;
  }>(),
  backfillEventDateText: statement('migration/backfillEventDateText.cypher', {}).returns<{ updated: number }>(),
  backfillEventOrigins: statement('migration/backfillEventOrigins.cypher', {
    prefixes: param<readonly { prefix: string; origin: string }[]>(),
    otherwise: param<string>(),
  }).returns<{ updated: number }>(),
  actorIdsByNameKeys: statement('acled/actorIdsByNameKeys.cypher', nameKeys).returns<KeyIdRow>(),
  sourceIdsByNameKeys: statement('acled/sourceIdsByNameKeys.cypher', nameKeys).returns<KeyIdRow>(),
  countryIdsByNameKeys: statement('acled/countryIdsByNameKeys.cypher', nameKeys).returns<KeyIdRow>(),
  acledEventStates: statement('acled/acledEventStates.cypher', { eventIds: param<Ids>() }).returns<{
    eventId: string;
    version: number | null;
    rowHash: string | null;
    rawHash: string | null;
    deletedAt: number | null;
  }>(),
  acledTownsByIdBases: statement('acled/acledTownsByIdBases.cypher', { bases: param<readonly string[]>() }).returns<{
    base: string;
    id: string;
    latitude: number | null;
    longitude: number | null;
  }>(),
  settleAcledActorKinds: statement('acled/settleAcledActorKinds.cypher', {
    actors: param<readonly { id: string; rank: Int | number | bigint; kind: string }[]>(),
    ...writer,
  }).returns<{ id: string; rank: number | null }>(),
  /** Rows are built by src/acled/acledWriter.ts: each event, claim and outlet claim a map of node properties. */
  createAcledEvents: statement('acled/createAcledEvents.cypher', {
    rows: param<readonly Props[]>(),
    acledSourceId: param<string>(),
    ...writer,
  }).returns<{ created: number }>(),
  setAcledEventRecords: statement('acled/setAcledEventRecords.cypher', {
    rows: param<readonly { id: string; record: Props }[]>(),
    ...writer,
  }).returns<{ restored: number }>(),
  retractDeletedAcledEvents: statement('acled/retractDeletedAcledEvents.cypher', {
    rows: param<readonly { eventId: string; deletedAt: Int | number; reason: string }[]>(),
    ...writer,
  }).returns<{ eventId: string; outcome: 'retracted' | 'alreadyDeleted' | 'stale' | 'notFound'; claims: number }>(),
  datasetFieldsByIds: statement('node/datasetFieldsByIds.cypher', ids).returns<{
    fields: { id: string } & Record<string, unknown>;
  }>(),
  pruneAcledClaims: statement('acled/pruneAcledClaims.cypher', {
    rows: param<
      readonly {
        claimId: string;
        eventId: string;
        involvedIds: readonly string[];
        relays: boolean;
        outletClaimPrefix: string;
        outletClaimIds: readonly string[];
      }[]
    >(),
    ...writer,
  }).returns<{ removed: number }>(),
  actorMergeParties: statement('actor/actorMergeParties.cypher', ids).returns<
    ExistingNodeRow & { name: string | null; aliases: string[]; nameKeys: string[] }
  >(),
  mergeActorInto: statement('actor/mergeActorInto.cypher', mergeInto).returns<MergedLinks>(),
  changesSince: statement('node/changesSince.cypher', {
    from: param<string>(),
    afterId: param<string>(),
    until: param<string>(),
    limit: param<Int>(),
  }).returns<ChangeRow>(),
  placeCandidates: statement('reconcile/placeCandidates.cypher', {
    places: param<
      readonly {
        id: string;
        kind: string;
        parentId: string | null;
        latitude: number;
        longitude: number;
        km: number;
      }[]
    >(),
  }).returns<{ id: string; candidate: PlaceFactsRow }>(),
  locationCountryKeys: statement('reconcile/locationCountryKeys.cypher', ids).returns<{
    id: string;
    countryKey: string | null;
  }>(),
  actorResolutionFacts: statement('reconcile/actorResolutionFacts.cypher', {
    keys: param<readonly string[]>(),
    countryKinds: param<readonly string[]>(),
  }).returns<{
    actor: {
      id: string;
      name: string;
      aliases: string[];
      kind: string;
      countryCode: string | null;
      externalKeys: string[];
      datasetIds: string[];
    };
  }>(),
  createRedirects: statement('reconcile/createRedirects.cypher', {
    redirects:
      param<
        readonly { id: string; targetId: string; formerKind: string; formerName: string; reasons: readonly string[] }[]
      >(),
    ...writer,
  }).returns<{ created: number }>(),
  addNames: statement('reconcile/addNames.cypher', {
    rows: param<
      readonly { id: string; aliases: readonly string[]; aliasText: string; nameKeys: readonly string[] }[]
    >(),
    ...writer,
  }).returns<{ updated: number }>(),
  incidentCandidatePairs: statement('reconcile/incidentCandidatePairs.cypher', matchWindows).returns<CandidatePair>(),
  incidentCandidatePairsAmong: statement('reconcile/incidentCandidatePairsAmong.cypher', {
    ...matchWindows,
    candidateIds: param<Ids>(),
  }).returns<CandidatePair>(),
  eventsOfOtherSourcesInWindow: statement('reconcile/eventsOfOtherSourcesInWindow.cypher', {
    eventIds: param<Ids>(),
    origins: param<readonly string[]>(),
    windowDays: param<number>(),
    longestSpanDays: param<number>(),
    marginKm: param<number>(),
  }).returns<{ id: string }>(),
  eventMatchFacts: statement('reconcile/eventMatchFacts.cypher', ids).returns<{ facts: EventFactsRow }>(),
  joinEventInto: statement('reconcile/joinEventInto.cypher', {
    incidentId: param<string>(),
    joinedId: param<string>(),
    score: param<number | null>(),
    reasons: param<readonly string[]>(),
    automatic: param<boolean>(),
    ...writer,
  }).returns<{ claims: number; parts: number }>(),
  splitJoinedEvent: statement('reconcile/splitJoinedEvent.cypher', { joinedId: param<string>(), ...writer }).returns<{
    incidentId: string;
    claims: number;
  }>(),
  keepEventsApart: statement('reconcile/keepEventsApart.cypher', {
    eventId: param<string>(),
    otherId: param<string>(),
    ...writer,
  }).returns<{ eventId: string }>(),
  recordPossibleMatches: statement('reconcile/recordPossibleMatches.cypher', {
    pairs: param<readonly { eventId: string; candidateId: string; score: number; reasons: readonly string[] }[]>(),
    now: param<Instant>(),
  }).returns<{ recorded: number }>(),
  reviewQueuePage: statement('reconcile/reviewQueuePage.cypher', {
    afterScore: param<number | null>(),
    afterKey: param<string>(),
    limit: param<Int>(),
  }).returns<{
    eventId: string;
    candidateId: string;
    score: number;
    reasons: string[];
    total: number;
  }>(),
  mergeLocationInto: statement('reconcile/mergeLocationInto.cypher', mergeInto).returns<MergedLinks>(),
  pinActorExternalKey: statement('reconcile/pinActorExternalKey.cypher', {
    key: param<string>(),
    actorId: param<string>(),
    audit: param<boolean>(),
    ...writer,
  }).returns<{
    actorId: string;
    previousActorIds: string[];
  }>(),
  // Datasets' external ids and the UCDP importer (docs/ucdp-import.md).
  actorExternalIdsByIds: statement('actor/actorExternalIdsByIds.cypher', ids).returns<{
    id: string;
    externalIds: string[];
  }>(),
  actorIdsByExternalIds: statement('ucdp/actorIdsByExternalIds.cypher', {
    externalIds: param<readonly string[]>(),
  }).returns<{
    externalId: string;
    id: string;
  }>(),
  addActorExternalIds: statement('ucdp/addActorExternalIds.cypher', {
    rows: param<readonly { id: string; externalIds: readonly string[] }[]>(),
    ...writer,
  }).returns<{ added: number }>(),
  placeVariantsByBaseIds: statement('ucdp/placeVariantsByBaseIds.cypher', ids).returns<{
    base: string;
    id: string;
    latitude: number;
    longitude: number;
  }>(),
  ucdpRowStates: statement('ucdp/ucdpRowStates.cypher', { eventIds: param<Ids>() }).returns<{
    eventId: string;
    exists: boolean;
    updatedAt: string | null;
    claimVersions: string[];
  }>(),
  pruneUcdpClaims: statement('ucdp/pruneUcdpClaims.cypher', {
    rows: param<
      readonly {
        claimId: string;
        eventId: string;
        blames: boolean;
        involvedIds: readonly string[];
        relays: boolean;
        outletClaimPrefix: string;
        outletClaimIds: readonly string[];
        clearedFigures: Record<string, null>;
      }[]
    >(),
    ...writer,
  }).returns<{ removed: number }>(),
} as const;

export type StatementName = keyof typeof statements;
/** What statement `N` takes: `ParamsOfStatement<'actorsByIds'>` is `{ ids: readonly string[] }`. */
export type ParamsOfStatement<N extends StatementName> = StatementParams<(typeof statements)[N]>;
/** One row of statement `N`, as Database.read returns it. */
export type RowOfStatement<N extends StatementName> = StatementRow<(typeof statements)[N]>;
/** The params argument: optional for a statement that takes none. */
export type ParamsArgument<N extends StatementName> = [keyof ParamsOfStatement<N>] extends [never]
  ? [params?: ParamsOfStatement<N>]
  : [params: ParamsOfStatement<N>];
