// The shape of a document bundle: everything one report states, ingested in one transaction.
//
// Every entry carries its own stable `id`; entries refer to each other by those ids, and an
// id that is not in the bundle must already exist in the graph. Ids are global across kinds
// (an actor and an event never share one); by convention they start with the kind:
// `actor:`, `event:`, `loc:`, `source:`, `doc:`, `claim:`.
// Dates are ISO `YYYY-MM-DD` strings; with MONTH precision the day is 01, with YEAR
// precision month and day are 01-01 (the range is widened from the precision).
import type { ActorKind as ActorKindEnum } from '../vocabulary/ActorKind';
import type { ActorPlaceTieKind as ActorPlaceTieKindEnum } from '../vocabulary/ActorPlaceTieKind';
import type { ActorTieKind as ActorTieKindEnum } from '../vocabulary/ActorTieKind';
import type { ClaimKind as ClaimKindEnum } from '../vocabulary/ClaimKind';
import type { DatePrecision as DatePrecisionEnum } from '../vocabulary/DatePrecision';
import type { EventKind as EventKindEnum } from '../vocabulary/EventKind';
import type { GeoPrecision as GeoPrecisionEnum } from '../vocabulary/GeoPrecision';
import type { InvolvementRole as InvolvementRoleEnum } from '../vocabulary/InvolvementRole';
import type { LocationKind as LocationKindEnum } from '../vocabulary/LocationKind';
import type { SourceKind as SourceKindEnum } from '../vocabulary/SourceKind';
import type { Stance as StanceEnum } from '../vocabulary/Stance';

/** The string values of the model's enums (see src/schema/enums), as they appear in JSON. */
export type ActorKind = `${ActorKindEnum}`;
export type ActorTieKind = `${ActorTieKindEnum}`;
export type ActorPlaceTieKind = `${ActorPlaceTieKindEnum}`;
export type EventKind = `${EventKindEnum}`;
export type DatePrecision = `${DatePrecisionEnum}`;
export type LocationKind = `${LocationKindEnum}`;
export type GeoPrecision = `${GeoPrecisionEnum}`;
export type SourceKind = `${SourceKindEnum}`;
export type ClaimKind = `${ClaimKindEnum}`;
export type Stance = `${StanceEnum}`;
export type InvolvementRole = `${InvolvementRoleEnum}`;

export interface BundleDocument {
  id: string;
  title: string;
  url?: string;
  /** Source id of the publisher; null when the publisher is not known. */
  publisherId?: string;
  publishedOn?: string;
  publishedOnPrecision?: DatePrecision;
  language?: string;
  text?: string;
}

export interface BundleActor {
  id: string;
  name: string;
  aliases?: string[];
  kind: ActorKind;
  /** ISO 3166-1 alpha-2 code of the actor's country, where it has one. */
  countryCode?: string;
  description?: string;
  /**
   * Ids a dataset gives the actor, namespaced by dataset (`ucdp:581`): kept so later imports and matching find the
   * actor by them. When given, they replace the actor's list.
   */
  externalIds?: string[];
}

export interface BundleActorTie {
  /** `fromId` -[kind]-> `toId`: for PART_OF the unit is `fromId`, for LEADS the leader. */
  fromId: string;
  toId: string;
  kind: ActorTieKind;
  validFrom?: string;
  validTo?: string;
  datePrecision?: DatePrecision;
  note?: string;
  /** The source that states the tie, and the document it is stated in: ties are sourced too. */
  sourceId?: string;
  documentId?: string;
}

export interface BundleActorPlaceTie {
  actorId: string;
  locationId: string;
  kind: ActorPlaceTieKind;
  validFrom?: string;
  validTo?: string;
  datePrecision?: DatePrecision;
  note?: string;
  /** The source that states the tie, and the document it is stated in: ties are sourced too. */
  sourceId?: string;
  documentId?: string;
}

export interface BundleLocation {
  id: string;
  name: string;
  aliases?: string[];
  kind: LocationKind;
  /** Parent in the hierarchy country > region > city > district > site. */
  parentId?: string;
  latitude: number;
  longitude: number;
  geoPrecision: GeoPrecision;
  countryCode?: string;
  /** How the point was chosen, when it is approximate. */
  note?: string;
}

export interface BundleSource {
  id: string;
  name: string;
  kind: SourceKind;
  url?: string;
  description?: string;
  /** The actor the source speaks for or belongs to (a media office -> its group). */
  affiliatedActorId?: string;
}

export interface BundleEvent {
  id: string;
  kind: EventKind;
  title: string;
  description?: string;
  startDate?: string;
  endDate?: string;
  datePrecision?: DatePrecision;
  /** How the date was worked out, when the report does not state it outright. */
  dateNote?: string;
  locationId?: string;
  /** A larger event this one is part of (one strike of a series, a meeting during a visit). */
  partOfEventId?: string;
}

export interface BundleFigures {
  killed?: number;
  injured?: number;
  civiliansKilled?: number;
  /** True when the figures are lower bounds ("at least 29"). */
  isMinimum?: boolean;
  /** The source's own range around `killed` (UCDP's low and high estimates beside its best). */
  killedLow?: number;
  killedHigh?: number;
  /** Killed whose status (civilian or party) the source does not know. */
  unknownStatusKilled?: number;
  /** Killed among each party, as the source splits them (UCDP's deaths_a and deaths_b). */
  killedAmong?: BundleActorKilled[];
}

export interface BundleActorKilled {
  actorId: string;
  killed: number;
}

export interface BundleInvolvement {
  actorId: string;
  role: InvolvementRole;
}

export interface BundleClaim {
  id: string;
  kind: ClaimKind;
  stance: Stance;
  /** Source id of who makes the claim. */
  sourceId: string;
  eventId: string;
  /** Actor the claim attributes the event to (or denies it of), where it names one. */
  actorId?: string;
  /** Document the claim is reported in. */
  documentId?: string;
  /** The claim this one repeats (Reuters relaying a resident). */
  relaysClaimId?: string;
  quote?: string;
  /** 0..1: how firmly the source states it, as the editor reads it; absent when not assessed. */
  confidence?: number;
  figures?: BundleFigures;
  /** Actors the claim says were hit, suffered or took part (not the perpetrator: that is actorId). */
  involvedActors?: BundleInvolvement[];
  claimedOn?: string;
  claimedOnPrecision?: DatePrecision;
  note?: string;
}

export interface DocumentBundle {
  documents: BundleDocument[];
  actors: BundleActor[];
  actorTies: BundleActorTie[];
  actorPlaceTies: BundleActorPlaceTie[];
  locations: BundleLocation[];
  sources: BundleSource[];
  events: BundleEvent[];
  claims: BundleClaim[];
}

/** What is wrong with a bundle, and in which field (validateBundle, relayConsistency). */
export interface BundleProblem {
  field: string;
  problem: string;
}
