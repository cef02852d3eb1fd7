// A cluster hierarchy over distinct points, built once per dataset (supercluster's greedy algorithm, zoom by
// zoom), so that a filter change only recounts sites per point instead of re-clustering a million sites.
import KDBush from 'kdbush';
import { NO_INDEX } from './typed-index';

export interface ClusterOptions {
  /** Cluster radius in pixels at each zoom. */
  radius: number;
  /** Tile extent the radius is measured against (supercluster's default, 512). */
  extent: number;
  /** Deepest zoom at which points still merge; beyond it every point stands alone. */
  maxZoom: number;
}

/**
 * 112 of a 512-wide tile is 56 px on the map's 256-px tiles, about the width of the largest marker (52 px), so
 * clusters seldom overlap. At half that radius a world view of 100,000 sites drew 141 markers, 27 pairs of
 * them still overlapping after they were moved apart, some by more than 100 px from their sites; now 53, none
 * overlapping, none moved more than 6 px.
 */
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { radius: 112, extent: 512, maxZoom: 16 };

export const lngX = (lng: number) => lng / 360 + 0.5;
export function latY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return y < 0 ? 0 : y > 1 ? 1 : y;
}
export const xLng = (x: number) => (x - 0.5) * 360;
export function yLat(y: number): number {
  const y2 = ((180 - y * 360) * Math.PI) / 180;
  return (360 * Math.atan(Math.exp(y2))) / Math.PI - 90;
}

export function kdIndex(x: Float64Array, y: Float64Array): KDBush {
  const tree = new KDBush(Math.max(x.length, 1), 64, Float64Array);
  for (let i = 0; i < x.length; i++) tree.add(x[i]!, y[i]!);
  if (x.length === 0) tree.add(0, 0); // kdbush needs one item; callers never see node 0 of an empty level
  return tree.finish();
}

/**
 * The node of each point at each zoom (ancestors[z][p], z in 0..maxZoom; NO_INDEX for points without
 * coordinates), clustering points weighted by their site counts. Costs one kd-tree and one neighbourhood query
 * per node per zoom, as supercluster's load(): the pipeline runs it once and stores the result in sites.bin.
 */
export function buildAncestors(
  lon: Float64Array,
  lat: Float64Array,
  weight: ArrayLike<number>,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): Uint32Array[] {
  const valid: number[] = [];
  for (let p = 0; p < lon.length; p++)
    if (Number.isFinite(lon[p]!) && Number.isFinite(lat[p]!)) valid.push(p);
  let x = Float64Array.from(valid, (p) => lngX(lon[p]!));
  let y = Float64Array.from(valid, (p) => latY(lat[p]!));
  let w = Float64Array.from(valid, (p) => Math.max(weight[p] ?? 0, 1));
  let tree = kdIndex(x, y);
  const ancestors: Uint32Array[] = new Array(options.maxZoom + 1);
  let below = Uint32Array.from(valid, (_, i) => i); // node of each valid point at the zoom below
  for (let z = options.maxZoom; z >= 0; z--) {
    const r = options.radius / (options.extent * 2 ** z);
    const count = x.length;
    const parent = new Uint32Array(count).fill(NO_INDEX);
    const nx: number[] = [];
    const ny: number[] = [];
    const nw: number[] = [];
    for (let i = 0; i < count; i++) {
      if (parent[i] !== NO_INDEX) continue;
      const id = nx.length;
      parent[i] = id;
      let sx = x[i]! * w[i]!;
      let sy = y[i]! * w[i]!;
      let sw = w[i]!;
      for (const j of tree.within(x[i]!, y[i]!, r)) {
        if (parent[j] !== NO_INDEX) continue;
        parent[j] = id;
        sx += x[j]! * w[j]!;
        sy += y[j]! * w[j]!;
        sw += w[j]!;
      }
      nx.push(sx / sw);
      ny.push(sy / sw);
      nw.push(sw);
    }
    const up = new Uint32Array(lon.length).fill(NO_INDEX);
    valid.forEach((p, i) => (up[p] = parent[below[i]!]!));
    below = Uint32Array.from(valid, (p) => up[p]!);
    ancestors[z] = up;
    // When nothing merged the next zoom up sees the same nodes: keep this tree rather than build another.
    if (nx.length !== count) {
      x = Float64Array.from(nx);
      y = Float64Array.from(ny);
      w = Float64Array.from(nw);
      tree = kdIndex(x, y);
    }
  }
  return ancestors;
}

/** Distinct points (distinct-points.ts) with the hierarchy over them, in the hierarchy's order (clusterPoints). */
export interface ClusteredPoints {
  lat: Float64Array;
  lon: Float64Array;
  /** The point of each row; NO_INDEX for a row on no point. */
  ofRow: Uint32Array;
  ancestors: Uint32Array[];
}

/**
 * Clusters distinct points, each weighted by its rows, and puts them in an order in which every node of every
 * zoom holds consecutive points: sorted by their nodes from zoom 0 down (one order serves every zoom, as each
 * node lies in one node of the zoom above), points without coordinates last. Each zoom's nodes are numbered
 * in that order, so from one point to the next a node number grows by 0 or 1: sites.bin stores the hierarchy as
 * those steps, a bit per point and zoom, and an engine that clusters the points itself numbers them alike.
 */
export function clusterPoints(
  points: { lat: Float64Array; lon: Float64Array; ofRow: Uint32Array },
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): ClusteredPoints {
  const count = points.lat.length;
  const weight = new Uint32Array(count);
  for (const point of points.ofRow) if (point !== NO_INDEX) weight[point]!++;
  const built = buildAncestors(points.lon, points.lat, weight, options);
  // A stable counting sort per zoom, the deepest first, sorts by the nodes of every zoom, zoom 0 deciding.
  let order = Uint32Array.from({ length: count }, (_, p) => p);
  let next = new Uint32Array(count);
  for (let z = built.length - 1; z >= 0; z--) {
    const nodes = built[z]!;
    let nodeCount = 0;
    for (const node of nodes) if (node !== NO_INDEX && node >= nodeCount) nodeCount = node + 1;
    const bucket = (p: number) => (nodes[p] === NO_INDEX ? nodeCount : nodes[p]!);
    const start = new Uint32Array(nodeCount + 2);
    for (let p = 0; p < count; p++) start[bucket(p) + 1]!++;
    for (let b = 1; b < start.length; b++) start[b]! += start[b - 1]!;
    for (const p of order) next[start[bucket(p)]!++] = p;
    [order, next] = [next, order];
  }
  const placeOf = new Uint32Array(count);
  order.forEach((point, place) => (placeOf[point] = place));
  const ancestors = built.map((nodes) => {
    const renumbered = new Uint32Array(count).fill(NO_INDEX);
    let node = -1;
    let previous = NO_INDEX;
    order.forEach((point, place) => {
      if (nodes[point] === NO_INDEX) return;
      if (nodes[point] !== previous) node++;
      previous = nodes[point]!;
      renumbered[place] = node;
    });
    return renumbered;
  });
  return {
    lat: Float64Array.from(order, (point) => points.lat[point]!),
    lon: Float64Array.from(order, (point) => points.lon[point]!),
    ofRow: points.ofRow.map((point) => (point === NO_INDEX ? NO_INDEX : placeOf[point]!)),
    ancestors,
  };
}
