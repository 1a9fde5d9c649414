// The allowed values of every enum in a bundle (from the model's enums), and the node kinds.
import { ActorKind } from '../vocabulary/ActorKind';
import { ActorPlaceTieKind } from '../vocabulary/ActorPlaceTieKind';
import { ActorTieKind } from '../vocabulary/ActorTieKind';
import { ClaimKind } from '../vocabulary/ClaimKind';
import { DatePrecision } from '../vocabulary/DatePrecision';
import { EventKind } from '../vocabulary/EventKind';
import { GeoPrecision } from '../vocabulary/GeoPrecision';
import { InvolvementRole } from '../vocabulary/InvolvementRole';
import { LocationKind } from '../vocabulary/LocationKind';
import { SourceKind } from '../vocabulary/SourceKind';
import { Stance } from '../vocabulary/Stance';

export const actorKinds: readonly string[] = Object.values(ActorKind);
export const actorTieKinds: readonly string[] = Object.values(ActorTieKind);
export const actorPlaceTieKinds: readonly string[] = Object.values(ActorPlaceTieKind);
export const eventKinds: readonly string[] = Object.values(EventKind);
export const datePrecisions: readonly string[] = Object.values(DatePrecision);
export const locationKinds: readonly string[] = Object.values(LocationKind);
export const geoPrecisions: readonly string[] = Object.values(GeoPrecision);
export const sourceKinds: readonly string[] = Object.values(SourceKind);
export const claimKinds: readonly string[] = Object.values(ClaimKind);
export const stances: readonly string[] = Object.values(Stance);
export const involvementRoles: readonly string[] = Object.values(InvolvementRole);

/** Node labels, as stored in Neo4j. */
export type NodeKind = 'Actor' | 'Location' | 'Source' | 'Document' | 'Event' | 'Claim';
