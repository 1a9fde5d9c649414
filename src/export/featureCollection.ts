// Events as an RFC 7946 GeoJSON FeatureCollection: one Point feature per event with a place, [longitude, latitude].
import type { EventRecord } from './eventRecords';

export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

/** Paging facts carried as RFC 7946 foreign members, beside `features`. */
export interface PageFacts {
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface EventFeatureCollection extends PageFacts {
  type: 'FeatureCollection';
  features: EventFeature[];
  /** Events of this page left out because they have no place, hence no point. */
  eventsWithoutPoint: number;
}

export function toFeature({
  event,
  location,
  attributions,
  killedLow,
  killedHigh,
  contested,
  grade,
}: EventRecord & { location: NonNullable<EventRecord['location']> }): EventFeature {
  return {
    type: 'Feature',
    id: event.id,
    geometry: { type: 'Point', coordinates: [location.longitude, location.latitude] },
    properties: {
      id: event.id,
      kind: event.kind,
      title: event.title,
      startDate: event.startDate,
      endDate: event.endDate,
      datePrecision: event.datePrecision,
      geoPrecision: location.geoPrecision,
      locationId: location.id,
      locationName: location.name,
      attributions: attributions.map(({ actorId, actorName, sourceCount, independentSourceCount }) => ({
        actorId,
        actorName,
        sourceCount,
        independentSourceCount,
      })),
      killedLow,
      killedHigh,
      contested,
      grade,
    },
  };
}

export function toFeatureCollection(records: EventRecord[], page: PageFacts): EventFeatureCollection {
  const placed = records.filter(
    (record): record is EventRecord & { location: NonNullable<EventRecord['location']> } => record.location !== null,
  );
  return {
    type: 'FeatureCollection',
    features: placed.map(toFeature),
    eventsWithoutPoint: records.length - placed.length,
    ...page,
  };
}
