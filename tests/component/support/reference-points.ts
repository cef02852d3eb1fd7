// Sites grouped by identical coordinates and the supercluster index over them, for the reference engine.
import Supercluster, { type PointFeature } from 'supercluster';
import { STATUS_GROUPS } from '../../../src/core/status';
import { countryNameIn } from '../../../src/core/countries';
import { siteDisplayName, type SiteTable } from '../../../src/core/site-table';
import { NO_INDEX } from '../../../src/core/typed-index';

export interface SitePoints {
  /** Number of distinct points. */
  size: number;
  lat: Float64Array;
  lon: Float64Array;
  /** Point of each row; -1 (as 0xffffffff) when the site has no coordinates. */
  pointOf: Uint32Array;
  /** Rows of point p are rows[start[p]] .. rows[start[p + 1] - 1], in list order. */
  start: Uint32Array;
  rows: Uint32Array;
}

/** Rows sorted by country name, city and site name in a reader's language: the order of the site list. */
export function listOrder(table: SiteTable, language = 'en'): Uint32Array {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const rankOf = (values: string[]) => {
    const sorted = values.map((_, i) => i).sort((a, b) => collator.compare(values[a]!, values[b]!));
    const rank = new Uint32Array(values.length);
    sorted.forEach((index, position) => (rank[index] = position));
    return rank;
  };
  const countryRank = rankOf(table.countries.map((code) => countryNameIn(code, language)));
  const cityRank = rankOf(table.cities);
  const names = Array.from({ length: table.size }, (_, row) => siteDisplayName(table, row).toLowerCase());
  const order = Uint32Array.from({ length: table.size }, (_, row) => row);
  return order.sort(
    (a, b) =>
      countryRank[table.country[a]!]! - countryRank[table.country[b]!]! ||
      cityRank[table.city[a]!]! - cityRank[table.city[b]!]! ||
      (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : a - b),
  );
}

export function sitePoints(table: SiteTable, order: Uint32Array): SitePoints {
  const pointOf = new Uint32Array(table.size).fill(NO_INDEX);
  const keys = new Map<string, number>();
  const lat: number[] = [];
  const lon: number[] = [];
  for (let row = 0; row < table.size; row++) {
    const y = table.lat[row]!;
    const x = table.lon[row]!;
    if (Number.isNaN(y) || Number.isNaN(x)) continue;
    const key = `${y},${x}`;
    let point = keys.get(key);
    if (point === undefined) {
      point = lat.length;
      keys.set(key, point);
      lat.push(y);
      lon.push(x);
    }
    pointOf[row] = point;
  }
  const size = lat.length;
  const start = new Uint32Array(size + 1);
  for (let row = 0; row < table.size; row++) if (pointOf[row] !== NO_INDEX) start[pointOf[row]! + 1]!++;
  for (let p = 0; p < size; p++) start[p + 1]! += start[p]!;
  const fill = start.slice(0, size);
  const rows = new Uint32Array(start[size]!);
  // Walking rows in list order keeps each point's rows in list order.
  for (const row of order) {
    const point = pointOf[row]!;
    if (point !== NO_INDEX) rows[fill[point]!++] = row;
  }
  return { size, lat: Float64Array.from(lat), lon: Float64Array.from(lon), pointOf, start, rows };
}

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
    if (point === NO_INDEX) {
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
