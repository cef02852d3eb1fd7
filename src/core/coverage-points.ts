// The distinct map points of the filtered sites, with a spatial index for "how far is the nearest site?".
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { distanceKm } from './distance';
import type { SiteTable } from './site-table';

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
  const seen = new Map<string, number>();
  const lat: number[] = [];
  const lon: number[] = [];
  const sites: number[] = [];
  const firstRow: number[] = [];
  for (const row of rows) {
    const y = table.lat[row] ?? Number.NaN;
    const x = table.lon[row] ?? Number.NaN;
    if (!Number.isFinite(y) || !Number.isFinite(x)) continue;
    const key = `${y},${x}`;
    const point = seen.get(key);
    if (point !== undefined) {
      sites[point] = (sites[point] ?? 0) + 1;
      continue;
    }
    seen.set(key, lat.length);
    lat.push(y);
    lon.push(x);
    sites.push(1);
    firstRow.push(row);
  }
  let index: KDBush | null = null;
  if (lat.length > 0) {
    index = new KDBush(lat.length);
    for (let i = 0; i < lat.length; i++) index.add(lon[i] ?? 0, lat[i] ?? 0);
    index.finish();
  }
  return {
    count: lat.length,
    lat: Float64Array.from(lat),
    lon: Float64Array.from(lon),
    sites: Uint32Array.from(sites),
    firstRow: Uint32Array.from(firstRow),
    index,
  };
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
