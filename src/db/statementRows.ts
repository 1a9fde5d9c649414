// Row shapes that several statements share or that are too long to read inline in the registry (statements.ts).
// Plain values only, as toPlain makes them: numbers, strings (ISO text for instants), arrays and maps.

/**
 * A node's properties as a statement projects them (`a {.id, .name, ...}`). Which fields come depends on the
 * statement (whole objects or summaries); the data layer's mappers read them.
 */
export type NodeMap = { id: string } & Record<string, unknown>;

/** Who created and last changed a node (auditByIds); createdAt in epoch milliseconds. */
export interface AuditMap {
  id: string;
  createdAt: number | null;
  createdBy: string | null;
  updatedBy: string | null;
  retractedBy: string | null;
}

/** The six kinds of node, as statements name them (labels in upper case). */
export type NodeKindName = 'ACTOR' | 'EVENT' | 'LOCATION' | 'SOURCE' | 'DOCUMENT' | 'CLAIM';

/** The counts the ingest statements return. */
export interface MergeCounts {
  created: number;
  updated: number;
}

/** What merging one kind of node returns: its counts and the ids it created. */
export interface MergeNodesRow extends MergeCounts {
  createdIds: string[];
}

/** A page of ids with the total (locationsPage, sourcesPage). */
export interface IdsPageRow {
  totalCount: number;
  ids: string[];
}

/** One row per (name key, node) found by its normalised name (the ACLED import's look-ups). */
export interface KeyIdRow {
  key: string;
  id: string;
}

/** A node found by name (actorsNamed, sourcesNamed). */
export interface NamedRow {
  id: string;
  name: string;
}

/** Which ids exist, and as what (findExistingNodes). */
export interface ExistingNodeRow {
  id: string;
  kinds: string[];
  mergedIntoId: string | null;
}

/** A place with the place it is related to (locationAncestors, locationChildren). */
export interface RelatedPlaceRow {
  locationId: string;
  location: NodeMap;
}

export interface ApiKeyFields {
  id: string;
  name: string;
  roles: string[];
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
}

export interface ActorTieRow {
  actorId: string;
  type: string;
  direction: 'OUT' | 'IN';
  otherId: string;
  otherKind: 'Actor' | 'Location';
  validFrom: string | null;
  validTo: string | null;
  datePrecision: string | null;
  note: string | null;
  sourceId: string | null;
  documentId: string | null;
  /** The other end as actorsByIds or locationsByIds give it: one of the two, the other null. */
  otherActor: NodeMap | null;
  otherLocation: NodeMap | null;
}

export interface ActorNetworkRow {
  actorId: string;
  nodes: { depth: number; kind: 'Actor' | 'Location'; actor: NodeMap | null; location: NodeMap | null }[];
  ties: {
    fromId: string;
    toId: string;
    kind: string;
    validFrom: string | null;
    validTo: string | null;
    datePrecision: string | null;
    note: string | null;
    sourceId: string | null;
    documentId: string | null;
  }[];
  nodesTruncated: boolean;
  tiesTruncated: boolean;
}

/** A hit of eventsAttributedTo, as summaries: `sources` and `documents` go with `claims`, index for index. */
export interface AttributedHitRow {
  position: number;
  claimIds: string[];
  event: NodeMap;
  location: NodeMap | null;
  claims: NodeMap[];
  sources: NodeMap[];
  documents: (NodeMap | null)[];
}

/** Whether the actor (or the one it was merged into) and the source asked for exist: the page is empty if not. */
export interface FoundRow {
  actorFound: boolean;
  sourceFound: boolean;
}

export interface WalkedPageRow extends FoundRow {
  /** False when walking would not pay: the page is then empty, and counting answers. */
  walked: boolean;
  /** The walk ran out of dated events before the page was full: undated ones may follow, which counting finds. */
  exhausted: boolean;
  /** Up to one hit more than the page holds, which says whether another page follows. */
  page: AttributedHitRow[];
}

export interface CountedPageRow extends FoundRow {
  totalCount: number;
  page: AttributedHitRow[];
}

/** attributedPageObjects: a page's whole objects, each kind once per object. */
export interface PageObjectsRow {
  events: NodeMap[];
  locations: NodeMap[];
  claims: NodeMap[];
  documents: NodeMap[];
  sources: NodeMap[];
}

export interface EventsPageRow {
  totalCount: number;
  page: { position: number; event: NodeMap; location: NodeMap | null }[];
}

export interface SearchPageRow {
  totalCount: number;
  page: { position: number; kind: NodeKindName; score: number; node: NodeMap }[];
}

export interface ChangeRow {
  id: string;
  /** For a redirect, the kind it was. */
  kind: NodeKindName;
  change: 'CREATED' | 'UPDATED' | 'RETRACTED' | 'MERGED';
  changedAt: string;
  position: string;
  updatedBy: string | null;
  mergedIntoId: string | null;
}

export interface SourceRecordRow {
  sourceId: string;
  claimsMade: number;
  retracted: number;
  corroborated: number;
  contradicted: number;
  uncorroborated: number;
}

/** A claim that relays a claim about an unrelated event (relaysAcrossEvents), with each event's path upwards. */
export interface RelayMismatch {
  claimId: string;
  eventId: string;
  relayedClaimId: string;
  relayedEventId: string;
  /** Each event, then the events it is part of, upwards. */
  eventPath: string[];
  relayedEventPath: string[];
}
