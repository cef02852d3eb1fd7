// Great-circle distances in kilometres on a spherical Earth (mean radius 6371 km), via geokdbush's haversine.
import { distance } from 'geokdbush';

export interface LatLon {
  lat: number;
  lon: number;
}

/** Great-circle distance between two points in kilometres; NaN when either point lacks coordinates. */
export function distanceKm(from: LatLon, to: LatLon): number {
  if (!isValidPoint(from) || !isValidPoint(to)) return Number.NaN;
  return distance(from.lon, from.lat, to.lon, to.lat);
}

export function isValidPoint(point: LatLon): boolean {
  return (
    Number.isFinite(point.lat) &&
    Number.isFinite(point.lon) &&
    Math.abs(point.lat) <= 90 &&
    Math.abs(point.lon) <= 180
  );
}
