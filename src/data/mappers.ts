// Typed mappers from plain database rows to the GraphQL object types.
import { stateKeyOfName } from '../acled/acledActorName';
import type { PlainPoint } from '../db/plainValues';
import { Actor } from '../schema/actor.type';
import { Claim } from '../schema/claim.type';
import { Document } from '../schema/document.type';
import { Event } from '../schema/event.type';
import { ActorKilled, Figures } from '../schema/figures.type';
import { Involvement } from '../schema/involvement.type';
import { Location } from '../schema/location.type';
import { Source } from '../schema/source.type';

type Row = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const enumValue = <T>(value: unknown): T => value as T;
/**
 * An instant as ISO-8601 in UTC. Statements that return many nodes send instants as epoch milliseconds
 * (`x.updatedAt.epochMillis`): the driver decodes a number far more cheaply than a DATETIME structure.
 */
export const instant = (value: unknown): string | null =>
  typeof value === 'number' ? new Date(value).toISOString() : typeof value === 'string' ? value : null;

export function toActor(row: Row): Actor {
  return Object.assign(new Actor(), {
    id: row.id as string,
    name: row.name as string,
    aliases: list(row.aliases),
    kind: enumValue<Actor['kind']>(row.kind),
    countryCode: text(row.countryCode),
    description: text(row.description),
    createdAt: instant(row.createdAt) as string,
    updatedAt: instant(row.updatedAt) as string,
  });
}

export function toLocation(row: Row): Location {
  // A summary without its detail has no point; it is never asked for latitude or longitude.
  const point = (row.point ?? {}) as PlainPoint;
  return Object.assign(new Location(), {
    id: row.id as string,
    name: row.name as string,
    aliases: list(row.aliases),
    kind: enumValue<Location['kind']>(row.kind),
    latitude: point.latitude,
    longitude: point.longitude,
    geoPrecision: enumValue<Location['geoPrecision']>(row.geoPrecision),
    countryCode: text(row.countryCode),
    note: text(row.note),
    updatedAt: instant(row.updatedAt) as string,
    parentId: text(row.parentId),
  });
}

export function toSource(row: Row): Source {
  return Object.assign(new Source(), {
    id: row.id as string,
    name: row.name as string,
    kind: enumValue<Source['kind']>(row.kind),
    url: text(row.url),
    description: text(row.description),
    updatedAt: instant(row.updatedAt) as string,
    affiliatedActorId: text(row.affiliatedActorId),
  });
}

export function toDocument(row: Row): Document {
  return Object.assign(new Document(), {
    id: row.id as string,
    title: row.title as string,
    url: text(row.url),
    publishedOn: text(row.publishedOn),
    publishedOnPrecision: enumValue<Document['publishedOnPrecision']>(row.publishedOnPrecision ?? null),
    language: text(row.language),
    updatedAt: instant(row.updatedAt) as string,
    publisherId: text(row.publisherId),
  });
}

export function toEvent(row: Row): Event {
  return Object.assign(new Event(), {
    id: row.id as string,
    kind: enumValue<Event['kind']>(row.kind),
    title: row.title as string,
    description: text(row.description),
    startDate: text(row.startDate),
    endDate: text(row.endDate),
    datePrecision: enumValue<Event['datePrecision']>(row.datePrecision ?? null),
    dateNote: text(row.dateNote),
    updatedAt: instant(row.updatedAt) as string,
    locationId: text(row.locationId),
    partOfEventId: text(row.partOfEventId),
  });
}

/** A claim with the origin of its relay chain and its blamed actor's lineage, which derived answers need (claimsAboutEvents gives them). */
export class ClaimWithOrigin extends Claim {
  originClaimId!: string;
  originSourceId!: string;
  actorKind!: string | null;
  /** Ids of the units the blamed actor is part of, at any depth: blaming a unit and its state is not a disagreement. */
  actorLineage!: string[];
  /** The state and faction the blamed actor's name says it is a body of: two bodies of one are not a disagreement. */
  actorStateKey!: string | null;
  /** The actor the origin source speaks for, then what that actor is part of at any depth; empty when it speaks for none. */
  originAffiliation!: string[];
  /**
   * The claim's event, then the larger events above it up to the event whose claims were asked for (the claim's event
   * alone when it is that event's own claim): which claims speak of one incident (src/derive/claimRelations.ts).
   */
  eventPath!: string[];
}

/** The killed per party a claim gives, stored as two lists in step (bundleRows). */
function killedAmong(actorIds: unknown, counts: unknown): ActorKilled[] {
  if (!Array.isArray(actorIds) || !Array.isArray(counts)) return [];
  return actorIds.flatMap((actorId, index) =>
    typeof actorId === 'string' && typeof counts[index] === 'number'
      ? [Object.assign(new ActorKilled(), { actorId, killed: counts[index] as number })]
      : [],
  );
}

function claimFields(row: Row): Claim {
  const among = killedAmong(row.killedAmongActorIds, row.killedAmongCounts);
  const hasFigures =
    [row.killed, row.injured, row.civiliansKilled, row.killedLow, row.killedHigh, row.unknownStatusKilled].some(
      (v) => v != null,
    ) || among.length > 0;
  const figures = hasFigures
    ? Object.assign(new Figures(), {
        killed: num(row.killed),
        injured: num(row.injured),
        civiliansKilled: num(row.civiliansKilled),
        isMinimum: row.figuresAreMinimum === true,
        killedLow: num(row.killedLow),
        killedHigh: num(row.killedHigh),
        unknownStatusKilled: num(row.unknownStatusKilled),
        killedAmong: among,
      })
    : null;
  return {
    id: row.id as string,
    kind: enumValue<Claim['kind']>(row.kind),
    stance: enumValue<Claim['stance']>(row.stance),
    quote: text(row.quote),
    confidence: num(row.confidence),
    figures,
    claimedOn: text(row.claimedOn),
    claimedOnPrecision: enumValue<Claim['claimedOnPrecision']>(row.claimedOnPrecision ?? null),
    note: text(row.note),
    retractedAt: instant(row.retractedAt),
    retractionReason: text(row.retractionReason),
    updatedAt: instant(row.updatedAt) as string,
    sourceId: row.sourceId as string,
    eventId: row.eventId as string,
    actorId: text(row.actorId),
    documentId: text(row.documentId),
    relaysClaimId: text(row.relaysClaimId),
    // Neo4j gives a pattern's matches in storage order; a fixed order keeps answers (and clients' caches) stable.
    involvements: (Array.isArray(row.involved) ? (row.involved as Row[]) : [])
      .map((i) =>
        Object.assign(new Involvement(), {
          actorId: i.actorId as string,
          role: enumValue<Involvement['role']>(i.role),
        }),
      )
      .sort((a, b) => a.role.localeCompare(b.role) || a.actorId.localeCompare(b.actorId)),
  };
}

export function toClaim(row: Row): Claim {
  return Object.assign(new Claim(), claimFields(row));
}

export function toClaimWithOrigin(row: Row): ClaimWithOrigin {
  return Object.assign(new ClaimWithOrigin(), claimFields(row), {
    originClaimId: (text(row.originClaimId) ?? row.id) as string,
    originSourceId: (text(row.originSourceId) ?? row.sourceId) as string,
    actorKind: text(row.actorKind),
    actorLineage: Array.isArray(row.actorLineage) ? (row.actorLineage as string[]) : [],
    actorStateKey: row.actorName ? (stateKeyOfName(row.actorName as string) ?? null) : null,
    originAffiliation: Array.isArray(row.originAffiliation) ? (row.originAffiliation as string[]) : [],
    eventPath: Array.isArray(row.eventPath) ? (row.eventPath as string[]) : [row.eventId as string],
  });
}
