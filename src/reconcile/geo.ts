// Distances between points and how far a point may stand from the place it marks, by geo precision.

export type GeoPrecisionLevel = 'EXACT' | 'DISTRICT' | 'CITY' | 'REGION' | 'COUNTRY';

export interface LatLon {
  latitude: number;
  longitude: number;
}

const earthRadiusKm = 6371.0088;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * How far, in km, the point of a *place* may be from another point of the same place, per precision: an exact point
 * 1 km (two surveys of one site), a district's 3 km, a town's 10 km (GeoNames, ACLED and an editor put a town's point
 * on different squares of it), a region's 75 km, a country's 1,000 km. Two points are of one place when they are within
 * the sum of both allowances: Derna (seed) and Darnah (GeoNames) are 0.4 km apart, within 10 + 10.
 */
export const placeAllowanceKm: Readonly<Record<GeoPrecisionLevel, number>> = {
  EXACT: 1,
  DISTRICT: 3,
  CITY: 10,
  REGION: 75,
  COUNTRY: 1000,
};

/**
 * How far, in km, the point given for an *event* may be from where it happened, per precision: an exact point 2 km, a
 * district 5 km, a town 25 km (an event "in Derna" may be in its outskirts: Al-Fatayeh is 20 km out), a region 150 km.
 * COUNTRY-precise events are never matched by place (MELTT users leave coarse reports out too).
 */
export const eventAllowanceKm: Readonly<Record<GeoPrecisionLevel, number>> = {
  EXACT: 2,
  DISTRICT: 5,
  CITY: 25,
  REGION: 150,
  COUNTRY: Number.POSITIVE_INFINITY,
};

/** True for precisions that name a settlement or finer: the ones MELTT's users match automatically. */
export const isSettlementOrFiner = (precision: GeoPrecisionLevel): boolean =>
  precision === 'EXACT' || precision === 'DISTRICT' || precision === 'CITY';
