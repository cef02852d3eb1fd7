// The distinct map points of the filtered sites, with a spatial index for "how far is the nearest site?".
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { someInBox } from './kd';
import { distanceKm } from '../distance';
import { distinctPoints } from '../distinct-points';
import type { SiteTable } from '../site-table';

export interface SitePoints {
  count: number;
  lat: Float64Array;
  lon: Float64Array;
  /** How many filtered sites share each point (city-level geocoding puts several sites on one point). */
  sites: Uint32Array;
  /** The first filtered row at each point, to name the nearest site. */
  firstRow: Uint32Array;
  /** Null when there are no points (KDBush cannot index nothing). */
  index: KDBush | null;
}

/** Sites without coordinates are left out: they count in the table, but cannot be near anything. */
export function sitePoints(table: SiteTable, rows: Uint32Array): SitePoints {
  const { lat, lon, rowCount: sites, firstRow } = distinctPoints(table, rows);
  return indexedPoints(lat, lon, sites, firstRow);
}

/** Points already grouped (by distinctPoints, or the engine's point of each row), with their spatial index. */
export function indexedPoints(
  lat: Float64Array,
  lon: Float64Array,
  sites: Uint32Array,
  firstRow: Uint32Array,
): SitePoints {
  let index: KDBush | null = null;
  if (lat.length > 0) {
    index = new KDBush(lat.length);
    for (let i = 0; i < lat.length; i++) index.add(lon[i] ?? 0, lat[i] ?? 0);
    index.finish();
  }
  return { count: lat.length, lat, lon, sites, firstRow, index };
}

export interface NearestPoint {
  point: number;
  km: number;
}

/** The nearest site point to a place, or null when there are no points. */
export function nearestPoint(points: SitePoints, lat: number, lon: number): NearestPoint | null {
  if (!points.index) return null;
  const [point] = around(points.index, lon, lat, 1);
  if (point === undefined) return null;
  return {
    point,
    km: distanceKm({ lat, lon }, { lat: points.lat[point] ?? 0, lon: points.lon[point] ?? 0 }),
  };
}

const EARTH_RADIUS_KM = 6371;
const RADIANS = Math.PI / 180;

/**
 * Whether any site point lies within km of a place. A bounding-box search (exact bounds of a spherical cap,
 * after Matuschek) then exact distances: far faster than a nearest search for the many places far from all sites.
 */
export function isWithin(points: SitePoints, lat: number, lon: number, km: number): boolean {
  const index = points.index;
  if (!index || !(km >= 0)) return false;
  const angle = km / EARTH_RADIUS_KM;
  const south = lat - angle / RADIANS;
  const north = lat + angle / RADIANS;
  const boxes: [number, number][] = [];
  if (north >= 90 || south <= -90) {
    boxes.push([-180, 180]); // the cap holds a pole: every longitude
  } else {
    const halfWidth = Math.asin(Math.min(1, Math.sin(angle) / Math.cos(lat * RADIANS))) / RADIANS;
    const west = lon - halfWidth;
    const east = lon + halfWidth;
    boxes.push([Math.max(west, -180), Math.min(east, 180)]);
    if (west < -180) boxes.push([west + 360, 180]);
    if (east > 180) boxes.push([-180, east - 360]);
  }
  const here = { lat, lon };
  const near = (_id: number, x: number, y: number) => distanceKm(here, { lat: y, lon: x }) <= km;
  return boxes.some(([west, east]) =>
    someInBox(index, west, Math.max(south, -90), east, Math.min(north, 90), near),
  );
}
