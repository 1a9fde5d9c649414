// Flattens events with their place, attributions, casualty range and contestation into plain records for GeoJSON and CSV.
import type { EventNode, LocationNode } from '../data/graphNodes';
import type { Loaders } from '../data/loaders';
import { attributionsOf } from '../derive/attributionsOf';
import { casualtiesOf } from '../derive/casualtiesOf';
import { contestationOf } from '../derive/contestationOf';
import { gradeOf, type EventGradeName } from '../derive/gradeOf';

export interface ExportedAttribution {
  actorId: string;
  actorName: string;
  /** Sources that made or relayed an attributing claim. */
  sourceCount: number;
  /** Distinct origins behind those claims: a relay of an origin counts once. */
  independentSourceCount: number;
  sources: { sourceId: string; sourceName: string; claimIds: string[] }[];
}

export interface EventRecord {
  event: EventNode;
  location: LocationNode | null;
  attributions: ExportedAttribution[];
  killedLow: number | null;
  killedHigh: number | null;
  contested: boolean;
  /** See EventGrade. */
  grade: EventGradeName;
}

function found<T>(values: (T | Error | undefined)[]): T[] {
  return values.filter((value): value is T => value !== undefined && !(value instanceof Error));
}

/** One batch per kind of node, whatever the number of events (the loaders coalesce). */
export async function eventRecords(events: EventNode[], loaders: Loaders): Promise<EventRecord[]> {
  const [claimLists, locations] = await Promise.all([
    loaders.claimsCoveringEvent.loadMany(events.map((event) => event.id)),
    loaders.location.loadMany(events.flatMap((event) => (event.locationId ? [event.locationId] : []))),
  ]);
  const claimsOf = (i: number) => {
    const claims = claimLists[i];
    return claims instanceof Error ? [] : claims;
  };
  const allClaims = events.flatMap((_, i) => claimsOf(i));
  const [actors, sources] = await Promise.all([
    loaders.actor.loadMany([...new Set(allClaims.flatMap((claim) => (claim.actorId ? [claim.actorId] : [])))]),
    loaders.source.loadMany([...new Set(allClaims.map((claim) => claim.sourceId))]),
  ]);
  const actorNames = new Map(found(actors).map((actor) => [actor.id, actor.name]));
  const sourceNames = new Map(found(sources).map((source) => [source.id, source.name]));
  const placeById = new Map(found(locations).map((location) => [location.id, location]));
  return events.map((event, i) => {
    const claims = claimsOf(i);
    const casualties = casualtiesOf(claims, event.id);
    const contestation = contestationOf(claims, { actors: actorNames, eventId: event.id });
    return {
      event,
      location: event.locationId ? (placeById.get(event.locationId) ?? null) : null,
      attributions: attributionsOf(claims).map((group) => ({
        actorId: group.actorId,
        actorName: actorNames.get(group.actorId) ?? group.actorId,
        sourceCount: group.sourceIds.length,
        independentSourceCount: group.independentSourceCount,
        sources: group.sourceIds.map((sourceId) => ({
          sourceId,
          sourceName: sourceNames.get(sourceId) ?? sourceId,
          claimIds: group.claims.filter((claim) => claim.sourceId === sourceId).map((claim) => claim.id),
        })),
      })),
      killedLow: casualties.killedLow,
      killedHigh: casualties.killedHigh,
      contested: contestation.isContested,
      grade: gradeOf(claims, contestation, actorNames).grade,
    };
  });
}
