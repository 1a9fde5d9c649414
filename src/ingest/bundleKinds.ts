// The allowed values of every enum in a bundle (from the model's enums), and the node kinds.
import { ActorKind } from '../schema/enums/ActorKind';
import { ActorPlaceTieKind } from '../schema/enums/ActorPlaceTieKind';
import { ActorTieKind } from '../schema/enums/ActorTieKind';
import { ClaimKind } from '../schema/enums/ClaimKind';
import { DatePrecision } from '../schema/enums/DatePrecision';
import { EventKind } from '../schema/enums/EventKind';
import { GeoPrecision } from '../schema/enums/GeoPrecision';
import { InvolvementRole } from '../schema/enums/InvolvementRole';
import { LocationKind } from '../schema/enums/LocationKind';
import { SourceKind } from '../schema/enums/SourceKind';
import { Stance } from '../schema/enums/Stance';

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
