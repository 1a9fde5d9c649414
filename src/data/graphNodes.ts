// The graph's six kinds of node as the data layer hands them out: plain objects, each saying which kind it is.
import type { ActorKind } from '../vocabulary/ActorKind';
import type { ClaimKind } from '../vocabulary/ClaimKind';
import type { DatePrecision } from '../vocabulary/DatePrecision';
import type { EventKind } from '../vocabulary/EventKind';
import type { GeoPrecision } from '../vocabulary/GeoPrecision';
import type { InvolvementRole } from '../vocabulary/InvolvementRole';
import type { LocationKind } from '../vocabulary/LocationKind';
import type { NodeKind } from '../vocabulary/NodeKind';
import type { SourceKind } from '../vocabulary/SourceKind';
import type { Stance } from '../vocabulary/Stance';

// `nodeKind` says which kind a node is where a list mixes them (search hits, `node(id)`, the change feed): the GraphQL
// Node interface and SearchResult union resolve their type by it (src/schema/nodeTypeResolution.ts). Instants are
// ISO-8601 text; ids of related nodes are resolved by the GraphQL relationship fields.

export interface ActorNode {
  nodeKind: NodeKind.ACTOR;
  id: string;
  name: string;
  aliases: string[];
  kind: ActorKind;
  countryCode: string | null;
  description: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface LocationNode {
  nodeKind: NodeKind.LOCATION;
  id: string;
  name: string;
  aliases: string[];
  kind: LocationKind;
  latitude: number;
  longitude: number;
  geoPrecision: GeoPrecision;
  countryCode: string | null;
  note: string | null;
  updatedAt: string;
  parentId: string | null;
}

export interface SourceNode {
  nodeKind: NodeKind.SOURCE;
  id: string;
  name: string;
  kind: SourceKind;
  url: string | null;
  description: string | null;
  updatedAt: string;
  affiliatedActorId: string | null;
}

export interface DocumentNode {
  nodeKind: NodeKind.DOCUMENT;
  id: string;
  title: string;
  url: string | null;
  publishedOn: string | null;
  publishedOnPrecision: DatePrecision | null;
  language: string | null;
  updatedAt: string;
  publisherId: string | null;
}

export interface EventNode {
  nodeKind: NodeKind.EVENT;
  id: string;
  kind: EventKind;
  title: string;
  description: string | null;
  startDate: string | null;
  endDate: string | null;
  datePrecision: DatePrecision | null;
  dateNote: string | null;
  updatedAt: string;
  locationId: string | null;
  partOfEventId: string | null;
  /** Set on a page's summaries (EventRepository.attributedTo): the event's place as a summary. */
  locationSummary?: LocationNode | null;
}

/** Casualty figures as one claim gives them. */
export interface ClaimFigures {
  killed: number | null;
  injured: number | null;
  civiliansKilled: number | null;
  isMinimum: boolean;
  killedLow: number | null;
  killedHigh: number | null;
  unknownStatusKilled: number | null;
  /** The killed per party, where the claim splits them by party. */
  killedAmong: { actorId: string; killed: number }[];
}

/** An actor a claim says was involved other than as its perpetrator. */
export interface ClaimInvolvement {
  role: InvolvementRole;
  actorId: string;
}

export interface ClaimNode {
  nodeKind: NodeKind.CLAIM;
  id: string;
  kind: ClaimKind;
  stance: Stance;
  quote: string | null;
  confidence: number | null;
  figures: ClaimFigures | null;
  involvements: ClaimInvolvement[];
  claimedOn: string | null;
  claimedOnPrecision: DatePrecision | null;
  note: string | null;
  retractedAt: string | null;
  retractionReason: string | null;
  updatedAt: string;
  sourceId: string;
  eventId: string;
  actorId: string | null;
  documentId: string | null;
  relaysClaimId: string | null;
  /**
   * Set on a page's summaries (EventRepository.attributedTo): the claim's source and document as summaries. A summary
   * holds only the fields its shape names and never enters a loader.
   */
  sourceSummary?: SourceNode;
  documentSummary?: DocumentNode | null;
}

/** A claim with the origin of its relay chain and its blamed actor's lineage, which derived answers need (claimsAboutEvents gives them). */
export interface ClaimWithOrigin extends ClaimNode {
  originClaimId: string;
  originSourceId: string;
  actorKind: string | null;
  /** Ids of the units the blamed actor is part of, at any depth: blaming a unit and its state is not a disagreement. */
  actorLineage: string[];
  /** The state and faction the blamed actor's name says it is a body of: two bodies of one are not a disagreement. */
  actorStateKey: string | null;
  /** The actor the origin source speaks for, then what that actor is part of at any depth; empty when it speaks for none. */
  originAffiliation: string[];
  /**
   * The claim's event, then the larger events above it up to the event whose claims were asked for (the claim's event
   * alone when it is that event's own claim): which claims speak of one incident (src/derive/claimRelations.ts).
   */
  eventPath: string[];
}

export type GraphNode = ActorNode | EventNode | LocationNode | SourceNode | DocumentNode | ClaimNode;
