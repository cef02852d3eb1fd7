// The overview: a dataset's clusters at the zooms a map opens at, with their status counts, written by the
// pipeline beside sites.bin (build.ts). The app paints it while the full table is still on its way (read.ts). It
// is made by the engine's own hierarchy and marker rules for the unfiltered sites, so each marker keeps its id,
// place and count when the table lands.
import type { MapMarker } from '../cluster-view';
import { longitudeRanges } from '../view-box';

export const OVERVIEW_FORMAT = 'trial-atlas-overview';
export const OVERVIEW_VERSION = 1;
/** The deepest zoom held: about 5,000 markers for a million sites spread over the world. */
export const OVERVIEW_MAX_ZOOM = 5;

/**
 * One marker: [id, lat, lon, count, groups, expansion zoom] for a cluster, [id, lat, lon, count, groups,
 * site id or null, city] for a point (groups: its sites per STATUS_GROUPS entry).
 */
export type ClusterRow = [number, number, number, number, number[], number];
export type PointRow = [number, number, number, number, number[], string | null, string | null];

export interface OverviewFile {
  format: typeof OVERVIEW_FORMAT;
  version: typeof OVERVIEW_VERSION;
  name: string;
  /** Every site of the dataset, mapped or not. */
  siteCount: number;
  /** [west, south, east, north] of the sites with coordinates; null when none has. */
  bounds: [number, number, number, number] | null;
  groups: readonly string[];
  /** zooms[z]: the markers at zoom z, for z from 0 to OVERVIEW_MAX_ZOOM. */
  zooms: (ClusterRow | PointRow)[][];
}

/** The overview as the map reads it. */
export interface Overview {
  name: string;
  siteCount: number;
  bounds: [number, number, number, number] | null;
  zooms: MapMarker[][];
  /** The zoom at which each cluster splits, by marker id (SiteEngine.expansionZoom without the engine). */
  expansion: Map<number, number>;
}

/** The overview's markers at a zoom, anywhere; undefined past its deepest zoom. */
const atZoom = (overview: Overview, zoom: number): MapMarker[] | undefined =>
  overview.zooms[Math.max(0, Math.floor(zoom))];

/** Whether the overview holds markers for a zoom (it stops at OVERVIEW_MAX_ZOOM). */
export function holdsZoom(overview: Overview, zoom: number): boolean {
  return atZoom(overview, zoom) !== undefined;
}

/**
 * The overview's markers inside bbox [west, south, east, north] at a zoom (west and east may run past ±180);
 * null beyond the deepest zoom it holds.
 */
export function overviewMarkers(
  overview: Overview,
  bbox: readonly [number, number, number, number],
  zoom: number,
): MapMarker[] | null {
  const markers = atZoom(overview, zoom);
  if (!markers) return null;
  const [, south, , north] = bbox;
  const ranges = longitudeRanges(bbox[0], bbox[2]);
  return markers.filter(
    ({ lat, lon }) =>
      lat >= south && lat <= north && ranges.some(([west, east]) => lon >= west && lon <= east),
  );
}
