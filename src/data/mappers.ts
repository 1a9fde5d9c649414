// Typed mappers from plain database rows to the data layer's plain nodes (graphNodes.ts).
import { stateKeyOfName } from '../acled/acledActorName';
import type { PlainPoint } from '../db/plainValues';
import { NodeKind } from '../vocabulary/NodeKind';
import type {
  ActorNode,
  ClaimFigures,
  ClaimNode,
  ClaimWithOrigin,
  DocumentNode,
  EventNode,
  LocationNode,
  SourceNode,
} from './graphNodes';

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

export function toActor(row: Row): ActorNode {
  return {
    nodeKind: NodeKind.ACTOR,
    id: row.id as string,
    name: row.name as string,
    aliases: list(row.aliases),
    kind: enumValue<ActorNode['kind']>(row.kind),
    countryCode: text(row.countryCode),
    description: text(row.description),
    createdAt: instant(row.createdAt) as string,
    updatedAt: instant(row.updatedAt) as string,
  };
}

export function toLocation(row: Row): LocationNode {
  // A summary without its detail has no point; it is never asked for latitude or longitude.
  const point = (row.point ?? {}) as PlainPoint;
  return {
    nodeKind: NodeKind.LOCATION,
    id: row.id as string,
    name: row.name as string,
    aliases: list(row.aliases),
    kind: enumValue<LocationNode['kind']>(row.kind),
    latitude: point.latitude,
    longitude: point.longitude,
    geoPrecision: enumValue<LocationNode['geoPrecision']>(row.geoPrecision),
    countryCode: text(row.countryCode),
    note: text(row.note),
    updatedAt: instant(row.updatedAt) as string,
    parentId: text(row.parentId),
  };
}

export function toSource(row: Row): SourceNode {
  return {
    nodeKind: NodeKind.SOURCE,
    id: row.id as string,
    name: row.name as string,
    kind: enumValue<SourceNode['kind']>(row.kind),
    url: text(row.url),
    description: text(row.description),
    updatedAt: instant(row.updatedAt) as string,
    affiliatedActorId: text(row.affiliatedActorId),
  };
}

export function toDocument(row: Row): DocumentNode {
  return {
    nodeKind: NodeKind.DOCUMENT,
    id: row.id as string,
    title: row.title as string,
    url: text(row.url),
    publishedOn: text(row.publishedOn),
    publishedOnPrecision: enumValue<DocumentNode['publishedOnPrecision']>(row.publishedOnPrecision ?? null),
    language: text(row.language),
    updatedAt: instant(row.updatedAt) as string,
    publisherId: text(row.publisherId),
  };
}

export function toEvent(row: Row): EventNode {
  return {
    nodeKind: NodeKind.EVENT,
    id: row.id as string,
    kind: enumValue<EventNode['kind']>(row.kind),
    title: row.title as string,
    description: text(row.description),
    startDate: text(row.startDate),
    endDate: text(row.endDate),
    datePrecision: enumValue<EventNode['datePrecision']>(row.datePrecision ?? null),
    dateNote: text(row.dateNote),
    updatedAt: instant(row.updatedAt) as string,
    locationId: text(row.locationId),
    partOfEventId: text(row.partOfEventId),
  };
}

/** The killed per party a claim gives, stored as two lists in step (bundleRows). */
function killedAmong(actorIds: unknown, counts: unknown): ClaimFigures['killedAmong'] {
  if (!Array.isArray(actorIds) || !Array.isArray(counts)) return [];
  return actorIds.flatMap((actorId, index) =>
    typeof actorId === 'string' && typeof counts[index] === 'number'
      ? [{ actorId, killed: counts[index] as number }]
      : [],
  );
}

export function toClaim(row: Row): ClaimNode {
  const among = killedAmong(row.killedAmongActorIds, row.killedAmongCounts);
  const hasFigures =
    [row.killed, row.injured, row.civiliansKilled, row.killedLow, row.killedHigh, row.unknownStatusKilled].some(
      (v) => v != null,
    ) || among.length > 0;
  const figures: ClaimFigures | null = hasFigures
    ? {
        killed: num(row.killed),
        injured: num(row.injured),
        civiliansKilled: num(row.civiliansKilled),
        isMinimum: row.figuresAreMinimum === true,
        killedLow: num(row.killedLow),
        killedHigh: num(row.killedHigh),
        unknownStatusKilled: num(row.unknownStatusKilled),
        killedAmong: among,
      }
    : null;
  return {
    nodeKind: NodeKind.CLAIM,
    id: row.id as string,
    kind: enumValue<ClaimNode['kind']>(row.kind),
    stance: enumValue<ClaimNode['stance']>(row.stance),
    quote: text(row.quote),
    confidence: num(row.confidence),
    figures,
    claimedOn: text(row.claimedOn),
    claimedOnPrecision: enumValue<ClaimNode['claimedOnPrecision']>(row.claimedOnPrecision ?? null),
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
      .map((i) => ({
        actorId: i.actorId as string,
        role: enumValue<ClaimNode['involvements'][number]['role']>(i.role),
      }))
      .sort((a, b) => a.role.localeCompare(b.role) || a.actorId.localeCompare(b.actorId)),
  };
}

export function toClaimWithOrigin(row: Row): ClaimWithOrigin {
  return {
    ...toClaim(row),
    originClaimId: (text(row.originClaimId) ?? row.id) as string,
    originSourceId: (text(row.originSourceId) ?? row.sourceId) as string,
    actorKind: text(row.actorKind),
    actorLineage: Array.isArray(row.actorLineage) ? (row.actorLineage as string[]) : [],
    actorStateKey: row.actorName ? (stateKeyOfName(row.actorName as string) ?? null) : null,
    originAffiliation: Array.isArray(row.originAffiliation) ? (row.originAffiliation as string[]) : [],
    eventPath: Array.isArray(row.eventPath) ? (row.eventPath as string[]) : [row.eventId as string],
  };
}
