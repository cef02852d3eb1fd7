// The supercluster index of the filtered sites: one feature per point (sites at identical coordinates), so
// clustering costs the number of distinct places, not the number of sites.
import Supercluster, { type PointFeature } from 'supercluster';
import type { SiteTable } from '../../core/site-table';
import { STATUS_GROUPS } from '../../core/status';
import { NO_POINT, type SitePoints } from './site-points';

export interface PointProps {
  /** Point index. */
  p: number;
  /** Filtered sites. */
  n: number;
  /** Filtered sites per STATUS_GROUPS entry. */
  g: number[];
}
export type ClusterProps = Omit<PointProps, 'p'>;

const GROUPS = STATUS_GROUPS.length;
/** Deepest zoom at which supercluster still merges points; beyond it every point stands alone. */
export const CLUSTER_MAX_ZOOM = 16;

export function clusterIndex(table: SiteTable, points: SitePoints, rows: Uint32Array) {
  const byGroup = new Uint32Array(points.size * GROUPS);
  let unmapped = 0;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const row of rows) {
    const point = points.pointOf[row]!;
    if (point === NO_POINT) {
      unmapped++;
      continue;
    }
    byGroup[point * GROUPS + table.group[row]!]!++;
    west = Math.min(west, points.lon[point]!);
    east = Math.max(east, points.lon[point]!);
    south = Math.min(south, points.lat[point]!);
    north = Math.max(north, points.lat[point]!);
  }
  const features: PointFeature<PointProps>[] = [];
  for (let p = 0; p < points.size; p++) {
    const g = Array.from(byGroup.subarray(p * GROUPS, (p + 1) * GROUPS));
    const n = g.reduce((sum, value) => sum + value, 0);
    if (n === 0) continue;
    features.push({
      type: 'Feature',
      properties: { p, n, g },
      geometry: { type: 'Point', coordinates: [points.lon[p]!, points.lat[p]!] },
    });
  }
  const index = new Supercluster<PointProps, ClusterProps>({
    // In screen pixels at extent 256 (Leaflet tiles): wide enough that cluster badges never overlap.
    radius: 60,
    extent: 256,
    maxZoom: CLUSTER_MAX_ZOOM,
    map: (props) => ({ n: props.n, g: props.g.slice() }),
    reduce: (acc, props) => {
      acc.n += props.n;
      for (let i = 0; i < GROUPS; i++) acc.g[i]! += props.g[i]!;
    },
  }).load(features);
  const bounds: [number, number, number, number] | null =
    features.length > 0 ? [west, south, east, north] : null;
  return { index, bounds, unmapped };
}
