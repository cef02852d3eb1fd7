// Clusters for a map view from a precomputed point hierarchy: per filter, sites are counted per point once;
// each zoom's clusters are summed from those counts on demand (one pass over the points), never re-clustered.
import type KDBush from 'kdbush';
import { kdIndex, latY, lngX, xLng, yLat, type ClusterOptions } from './point-clusters';
import { NO_INDEX } from './typed-index';
import { longitudeRanges } from './view-box';

export interface ClusterHierarchy {
  options: ClusterOptions;
  /** ancestors[z][p]: the node of point p at zoom z (NO_INDEX without coordinates). */
  ancestors: Uint32Array[];
}

/** What a marker shows, wherever it is made: where it stands and the filtered sites under it. */
export interface MarkerCounts {
  lat: number;
  lon: number;
  /** Filtered sites under the marker, in total and per STATUS_GROUPS entry. */
  count: number;
  groups: number[];
}

/** A cluster of several points, or one point (one or more sites at identical coordinates), as the map draws it. */
export interface MapMarker extends MarkerCounts {
  /** Cluster id for clusters (clusterId); for points, -1 - the point's index (so ids never collide). */
  id: number;
  kind: 'cluster' | 'point';
  /** The site, when the marker holds exactly one. */
  siteId: string | null;
  /** For points: the city of its sites (one point is one place). */
  city?: string | null;
}

/** A cluster's marker id: its node and zoom in one number. */
export const clusterId = (node: number, zoom: number) => node * 32 + zoom;
/** The zoom and node of a cluster's marker id. */
export const clusterOf = (id: number) => ({ zoom: id % 32, node: Math.floor(id / 32) });

/** What a one-point marker names: the first filtered site at a point, its id and its city. */
export interface PointSites {
  pointLat: Float64Array;
  pointLon: Float64Array;
  firstRow(point: number): number | undefined;
  idAt(row: number): string;
  cityAt(row: number): string;
}

/** The map's marker for a node of the hierarchy (a point when the node holds one point's filtered sites). */
export function mapMarker(marker: ViewMarker, sites: PointSites): MapMarker {
  const { lat, lon, count, groups } = marker;
  if (marker.point < 0) {
    return {
      id: clusterId(marker.node, marker.zoom),
      kind: 'cluster',
      lat,
      lon,
      count,
      groups,
      siteId: null,
      city: null,
    };
  }
  const first = sites.firstRow(marker.point);
  return {
    id: -1 - marker.point,
    kind: 'point',
    lat: sites.pointLat[marker.point]!,
    lon: sites.pointLon[marker.point]!,
    count,
    groups,
    siteId: count === 1 && first !== undefined ? sites.idAt(first) : null,
    city: first === undefined ? null : sites.cityAt(first),
  };
}

/** A marker as the hierarchy knows it: a node at a zoom. */
export interface ViewMarker extends MarkerCounts {
  zoom: number;
  node: number;
  /** The only point holding filtered sites, or -1 when there are several (a cluster). */
  point: number;
}

interface Level {
  nodeCount: number;
  tree: KDBush;
}

interface LevelCounts {
  /** Per node: groups + 1 counters (the total last). */
  counts: Uint32Array;
  /** Per node: distinct points holding filtered sites, and the last such point. */
  points: Uint32Array;
  lastPoint: Uint32Array;
  sx: Float64Array;
  sy: Float64Array;
}

export class ClusterView {
  private readonly levels = new Map<number, Level>();
  /** Per zoom visited: its counts, kept across changes and written over when `current` lacks the zoom. */
  private readonly levelCounts = new Map<number, LevelCounts>();
  /** The zooms whose counts are those of the last setPointCounts. */
  private readonly current = new Set<number>();
  private readonly px: Float64Array;
  private readonly py: Float64Array;
  /** Filtered sites per point and group (row-major, groups wide). */
  private pointGroups: Uint32Array;
  private pointTotal: Uint32Array;

  constructor(
    private readonly hierarchy: ClusterHierarchy,
    pointLon: Float64Array,
    pointLat: Float64Array,
    /** Unfiltered sites per point: cluster positions in the spatial index are weighted by them. */
    private readonly pointWeight: Uint32Array,
    private readonly groups: number,
  ) {
    this.px = Float64Array.from(pointLon, lngX);
    this.py = Float64Array.from(pointLat, latY);
    this.pointGroups = new Uint32Array(pointLon.length * groups);
    this.pointTotal = new Uint32Array(pointLon.length);
  }

  get maxZoom(): number {
    return this.hierarchy.options.maxZoom;
  }

  /** Per point: its filtered sites, all status groups together (from the last setPointCounts). */
  get totals(): Uint32Array {
    return this.pointTotal;
  }

  /** New filtered counts per point (groups wide, row-major); zoom sums are recomputed lazily. */
  setPointCounts(pointGroups: Uint32Array): void {
    this.pointGroups = pointGroups;
    this.current.clear();
    // The loop last: see core/filter.ts on loops and the code after them.
    const g = this.groups;
    // Written over: `totals` is read before the next change.
    const pointTotal = this.pointTotal;
    for (let p = 0; p < pointTotal.length; p++) {
      let total = 0;
      for (let k = 0; k < g; k++) total += pointGroups[p * g + k]!;
      pointTotal[p] = total;
    }
  }

  private level(zoom: number): Level {
    let level = this.levels.get(zoom);
    if (!level) {
      const ancestor = this.hierarchy.ancestors[zoom]!;
      let nodeCount = 0;
      for (const node of ancestor) if (node !== NO_INDEX && node >= nodeCount) nodeCount = node + 1;
      const sx = new Float64Array(nodeCount);
      const sy = new Float64Array(nodeCount);
      const sw = new Float64Array(nodeCount);
      for (let p = 0; p < ancestor.length; p++) {
        const node = ancestor[p]!;
        if (node === NO_INDEX) continue;
        const w = Math.max(this.pointWeight[p]!, 1);
        sx[node]! += this.px[p]! * w;
        sy[node]! += this.py[p]! * w;
        sw[node]! += w;
      }
      for (let i = 0; i < nodeCount; i++) {
        sx[i]! /= sw[i]!;
        sy[i]! /= sw[i]!;
      }
      level = { nodeCount, tree: kdIndex(sx, sy) };
      this.levels.set(zoom, level);
    }
    return level;
  }

  private counts(zoom: number): LevelCounts {
    let counts = this.levelCounts.get(zoom);
    if (counts && this.current.has(zoom)) return counts;
    const g = this.groups;
    if (counts) for (const column of Object.values(counts)) column.fill(0);
    else {
      // A deep zoom has about as many nodes as points: megabytes, made once rather than at every change.
      const { nodeCount } = this.level(zoom);
      counts = {
        counts: new Uint32Array(nodeCount * (g + 1)),
        points: new Uint32Array(nodeCount),
        lastPoint: new Uint32Array(nodeCount),
        sx: new Float64Array(nodeCount),
        sy: new Float64Array(nodeCount),
      };
      this.levelCounts.set(zoom, counts);
    }
    this.sum(zoom, counts);
    this.current.add(zoom);
    return counts;
  }

  /** Adds each point's filtered counts to its node at a zoom (the loop last: see core/filter.ts). */
  private sum(zoom: number, counts: LevelCounts): void {
    const g = this.groups;
    const ancestor = this.hierarchy.ancestors[zoom]!;
    for (let p = 0; p < ancestor.length; p++) {
      const total = this.pointTotal[p]!;
      const node = ancestor[p]!;
      if (total === 0 || node === NO_INDEX) continue;
      const base = node * (g + 1);
      for (let k = 0; k < g; k++) counts.counts[base + k]! += this.pointGroups[p * g + k]!;
      counts.counts[base + g]! += total;
      counts.points[node]!++;
      counts.lastPoint[node] = p;
      counts.sx[node]! += this.px[p]! * total;
      counts.sy[node]! += this.py[p]! * total;
    }
  }

  /**
   * Markers inside [west, south, east, north] at a zoom (clamped to the hierarchy; deeper shows points). West
   * and east may run past ±180 (a view across the antimeridian): the box is split into its two sides.
   */
  markers(bbox: readonly [number, number, number, number], zoom: number): ViewMarker[] {
    const z = Math.max(0, Math.min(Math.floor(zoom), this.maxZoom + 1));
    const [, south, , north] = bbox;
    return longitudeRanges(bbox[0], bbox[2]).flatMap(([west, east]) =>
      z > this.maxZoom
        ? this.pointMarkers(west, south, east, north)
        : this.nodeMarkers(z, west, south, east, north),
    );
  }

  private nodeMarkers(z: number, west: number, south: number, east: number, north: number): ViewMarker[] {
    const { tree } = this.level(z);
    const c = this.counts(z);
    const g = this.groups;
    const out: ViewMarker[] = [];
    for (const node of tree.range(lngX(west), latY(north), lngX(east), latY(south))) {
      if (node >= c.points.length) continue;
      const count = c.counts[node * (g + 1) + g]!;
      if (count === 0) continue;
      const single = c.points[node] === 1;
      const point = c.lastPoint[node]!;
      out.push({
        zoom: z,
        node,
        lat: single ? Number.NaN : yLat(c.sy[node]! / count),
        lon: single ? Number.NaN : xLng(c.sx[node]! / count),
        count,
        groups: Array.from(c.counts.subarray(node * (g + 1), node * (g + 1) + g)),
        point: single ? point : -1,
      });
    }
    return out;
  }

  private pointMarkers(west: number, south: number, east: number, north: number): ViewMarker[] {
    const g = this.groups;
    const out: ViewMarker[] = [];
    const [x0, x1, y0, y1] = [lngX(west), lngX(east), latY(north), latY(south)];
    for (let p = 0; p < this.px.length; p++) {
      const x = this.px[p]!;
      const y = this.py[p]!;
      if (this.pointTotal[p] === 0 || x < x0 || x > x1 || y < y0 || y > y1) continue;
      const groups = Array.from(this.pointGroups.subarray(p * g, p * g + g));
      out.push({
        zoom: this.maxZoom + 1,
        node: p,
        lat: Number.NaN,
        lon: Number.NaN,
        count: this.pointTotal[p]!,
        groups,
        point: p,
      });
    }
    return out;
  }

  /** The node of each point at a zoom (NO_INDEX without coordinates). */
  ancestorsAt(zoom: number): Uint32Array {
    const ancestor = this.hierarchy.ancestors[Math.min(zoom, this.maxZoom)];
    if (!ancestor) throw new Error(`no clusters at zoom ${zoom}`);
    return ancestor;
  }

  /** Points holding filtered sites under a node. */
  pointsOf(zoom: number, node: number): number[] {
    const ancestor = this.hierarchy.ancestors[zoom];
    const points: number[] = [];
    if (!ancestor) return points;
    for (let p = 0; p < ancestor.length; p++)
      if (ancestor[p] === node && this.pointTotal[p]! > 0) points.push(p);
    return points;
  }

  /**
   * expansionZoom of every node at a zoom, in one pass over the points per deeper zoom (a node without filtered
   * points gets maxZoom + 1).
   */
  expansionZooms(zoom: number): Uint8Array {
    const { nodeCount } = this.level(zoom);
    const at = this.ancestorsAt(zoom);
    const out = new Uint8Array(nodeCount).fill(this.maxZoom + 1);
    const first = new Uint32Array(nodeCount);
    let open = nodeCount;
    for (let z = zoom + 1; z <= this.maxZoom && open > 0; z++) {
      const deeper = this.hierarchy.ancestors[z]!;
      first.fill(NO_INDEX);
      for (let p = 0; p < at.length; p++) {
        const node = at[p]!;
        if (node === NO_INDEX || this.pointTotal[p] === 0 || out[node] !== this.maxZoom + 1) continue;
        if (first[node] === NO_INDEX) first[node] = deeper[p]!;
        else if (first[node] !== deeper[p]) {
          out[node] = z;
          open--;
        }
      }
    }
    return out;
  }

  /** The first zoom at which the node's filtered points no longer share one node. */
  expansionZoom(zoom: number, node: number): number {
    const points = this.pointsOf(zoom, node);
    for (let z = zoom + 1; z <= this.maxZoom; z++) {
      const ancestor = this.hierarchy.ancestors[z]!;
      const first = ancestor[points[0]!];
      if (points.some((p) => ancestor[p] !== first)) return z;
    }
    return this.maxZoom + 1;
  }
}
