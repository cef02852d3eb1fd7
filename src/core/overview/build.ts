// Builds a dataset's overview (format.ts) from its decoded sites.bin, for the pipeline.
import { ClusterView, mapMarker } from '../cluster-view';
import { siteIdAt, type CompactSites } from '../compact/decode';
import { crc32Text, jsonChecksumMember } from '../integrity';
import { STATUS_GROUPS } from '../status';
import { NO_INDEX } from '../typed-index';
import {
  OVERVIEW_FORMAT,
  OVERVIEW_MAX_ZOOM,
  OVERVIEW_VERSION,
  type ClusterRow,
  type OverviewFile,
  type PointRow,
} from './format';

const round5 = (value: number) => Math.round(value * 1e5) / 1e5;

/** The overview of a decoded sites.bin, as the engine would draw its unfiltered sites. */
export function buildOverview(sites: CompactSites): OverviewFile {
  const { table, points } = sites;
  const groups = STATUS_GROUPS.length;
  const pointCount = points.lat.length;
  const weight = new Uint32Array(pointCount);
  const pointGroups = new Uint32Array(pointCount * groups);
  const firstRow = new Uint32Array(pointCount).fill(NO_INDEX);
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let row = 0; row < table.size; row++) {
    const point = points.ofSite[row]!;
    const lat = points.lat[point]!;
    const lon = points.lon[point]!;
    if (Number.isNaN(lat)) continue;
    weight[point]!++;
    pointGroups[point * groups + table.group[row]!]!++;
    if (firstRow[point] === NO_INDEX) firstRow[point] = row;
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const view = new ClusterView(sites.clusters, points.lon, points.lat, weight, groups);
  view.setPointCounts(pointGroups);
  const named = {
    pointLat: points.lat,
    pointLon: points.lon,
    firstRow: (point: number) => (firstRow[point] === NO_INDEX ? undefined : firstRow[point]),
    idAt: (row: number) => siteIdAt(table, sites.idSequence, row),
    cityAt: (row: number) => table.cities[table.city[row]!]!,
  };
  const zooms: (ClusterRow | PointRow)[][] = [];
  for (let zoom = 0; zoom <= OVERVIEW_MAX_ZOOM; zoom++) {
    const expansion = view.expansionZooms(zoom);
    zooms.push(
      view.markers([-180, -90, 180, 90], zoom).map((viewMarker): ClusterRow | PointRow => {
        const marker = mapMarker(viewMarker, named);
        const head = [marker.id, marker.lat, marker.lon, marker.count, marker.groups] as const;
        return marker.kind === 'cluster'
          ? [head[0], round5(head[1]), round5(head[2]), head[3], head[4], expansion[viewMarker.node]!]
          : [...head, marker.siteId, marker.city ?? null];
      }),
    );
  }
  return {
    format: OVERVIEW_FORMAT,
    version: OVERVIEW_VERSION,
    name: sites.name,
    siteCount: table.size,
    bounds: west <= east ? [west, south, east, north] : null,
    groups: STATUS_GROUPS,
    zooms,
  };
}

/** The file's text: the JSON with the checksum member every published data file ends with (core/integrity). */
export function overviewText(file: OverviewFile): string {
  const body = JSON.stringify(file).slice(0, -1);
  return body + jsonChecksumMember(crc32Text(body));
}
