// Nearest-site queries over a SiteTable: a kd-tree (kdbush) of the distinct site points, searched on the sphere
// by geokdbush. City-level geocoding puts many sites on one point, so each point is indexed once.
import { around, distance } from 'geokdbush';
import KDBush from 'kdbush';
import { isValidPoint, type LatLon } from './distance';
import { distinctPoints } from './distinct-points';
import type { SiteTable } from './site-table';
import { NO_INDEX } from './typed-index';

export interface NearestIndex {
  table: SiteTable;
  /** Index of the points; absent when no site has coordinates. */
  tree: KDBush | null;
  pointLat: Float64Array;
  pointLon: Float64Array;
  /** Rows of point p are pointRows[pointStart[p]] … pointRows[pointStart[p + 1] - 1], in row order. */
  pointStart: Uint32Array;
  pointRows: Uint32Array;
  /** The point of each row, or NO_INDEX for a site without coordinates. */
  rowPoint: Uint32Array;
}

export interface NearbySite {
  row: number;
  distanceKm: number;
}

export interface NearestQuery {
  from: LatLon;
  /** At most this many sites (ties at the last distance are not broken up). Default: all. */
  limit?: number;
  /** Only sites at most this far away (inclusive); null or undefined for any distance. */
  radiusKm?: number | null;
  /**
   * Only rows this accepts (filters, status). When no row at all passes, the search visits every point
   * before giving up, so callers skip the query when they know the count is zero (e.g. from facet counts).
   */
  accept?: (row: number) => boolean;
}

/**
 * The index over points the caller has grouped already (the engine's, from sites.bin): only the tree is built.
 * A point without coordinates or without rows (sites.bin keeps unplaced sites on a point of NaNs) is never
 * found.
 */
export function nearestIndexOfPoints(
  table: SiteTable,
  points: Omit<NearestIndex, 'table' | 'tree'>,
): NearestIndex {
  const { pointLat, pointLon } = points;
  const count = pointLat.length;
  let tree: KDBush | null = null;
  if (count > 0) {
    tree = new KDBush(count);
    // A point of NaNs would unsort the tree: it stands at 0, 0, and having no rows it is never accepted.
    const point = { lat: 0, lon: 0 };
    for (let p = 0; p < count; p++) {
      point.lat = pointLat[p]!;
      point.lon = pointLon[p]!;
      const placed = isValidPoint(point);
      tree.add(placed ? point.lon : 0, placed ? point.lat : 0);
    }
    tree.finish();
  }
  return { ...points, table, tree };
}

/** Builds the index once per table; queries then take microseconds to a few milliseconds. */
export function buildNearestIndex(table: SiteTable): NearestIndex {
  const { ofRow: rowPoint, rowCount, lat: pointLat, lon: pointLon } = distinctPoints(table);
  const points = rowCount.length;
  // Rows by point, keeping row order within a point (a counting sort).
  const pointStart = new Uint32Array(points + 1);
  for (let p = 0; p < points; p++) pointStart[p + 1] = pointStart[p]! + rowCount[p]!;
  const pointRows = new Uint32Array(pointStart[points]!);
  const next = pointStart.slice(0, points);
  for (let row = 0; row < table.size; row++) {
    const point = rowPoint[row]!;
    if (point !== NO_INDEX) pointRows[next[point]!++] = row;
  }
  return nearestIndexOfPoints(table, { pointLat, pointLon, pointStart, pointRows, rowPoint });
}

/** Sites nearest to a point, closest first, each with its great-circle distance in km. */
export function nearestSites(index: NearestIndex, query: NearestQuery): NearbySite[] {
  const { tree, pointStart, pointRows, pointLat, pointLon } = index;
  const { from, accept } = query;
  const limit = query.limit ?? Number.POSITIVE_INFINITY;
  const radiusKm = query.radiusKm ?? Number.POSITIVE_INFINITY;
  if (!tree || !isValidPoint(from) || !(limit > 0) || !(radiusKm >= 0)) return [];

  // A point is found when it holds a row the query accepts (any row, without `accept`).
  const pointAccepted = accept
    ? (point: number) => {
        for (let i = pointStart[point]!; i < pointStart[point + 1]!; i++)
          if (accept(pointRows[i]!)) return true;
        return false;
      }
    : (point: number) => pointStart[point]! < pointStart[point + 1]!;
  // A hair of slack lets geokdbush's haversine comparison include the edge; the exact test follows.
  const searchKm = Number.isFinite(radiusKm) ? radiusKm * (1 + 1e-9) + 1e-9 : undefined;
  // Each accepted point holds at least one accepted site, so `limit` points are enough for `limit` sites.
  const points = around(tree, from.lon, from.lat, limit, searchKm, pointAccepted);

  const result: NearbySite[] = [];
  for (const point of points) {
    const km = distance(from.lon, from.lat, pointLon[point]!, pointLat[point]!);
    if (km > radiusKm) break;
    for (let i = pointStart[point]!; i < pointStart[point + 1]!; i++) {
      const row = pointRows[i]!;
      if (!accept || accept(row)) result.push({ row, distanceKm: km });
    }
    if (result.length >= limit) break;
  }
  return result.length > limit ? result.slice(0, limit) : result;
}

/** Every site's distance from a point (NaN for sites without coordinates), computed once per point. */
export function distancesFrom(index: NearestIndex, from: LatLon): Float64Array {
  const { pointLat, pointLon, rowPoint } = index;
  const perPoint = new Float64Array(pointLat.length);
  const valid = isValidPoint(from);
  for (let p = 0; p < perPoint.length; p++) {
    perPoint[p] = valid ? distance(from.lon, from.lat, pointLon[p]!, pointLat[p]!) : Number.NaN;
  }
  const result = new Float64Array(rowPoint.length);
  for (let row = 0; row < result.length; row++) {
    const point = rowPoint[row]!;
    result[row] = point === NO_INDEX ? Number.NaN : perPoint[point]!;
  }
  return result;
}

/** Rows sorted by distance (closest first; sites without coordinates last, in their previous order). */
export function sortRowsByDistance(rows: readonly number[], distances: Float64Array): number[] {
  const keyed = rows.map((row, order) => ({ row, order, km: distances[row] ?? Number.NaN }));
  keyed.sort((a, b) => {
    const aMissing = Number.isNaN(a.km);
    const bMissing = Number.isNaN(b.km);
    if (aMissing || bMissing) return aMissing === bMissing ? a.order - b.order : aMissing ? 1 : -1;
    return a.km - b.km || a.order - b.order;
  });
  return keyed.map((entry) => entry.row);
}
