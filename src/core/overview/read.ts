// Reads an overview file (format.ts) in the app: checked against its checksum and its shape before use.
import { clusterOf, type MapMarker } from '../cluster-view';
import { checkJsonChecksum } from '../integrity';
import { STATUS_GROUPS } from '../status';
import {
  OVERVIEW_FORMAT,
  OVERVIEW_MAX_ZOOM,
  OVERVIEW_VERSION,
  type Overview,
  type OverviewFile,
} from './format';

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isText = (value: unknown) => value === null || typeof value === 'string';

function markerOf(row: unknown, zoom: number, expansion: Map<number, number>): MapMarker {
  const fail = () => {
    throw new Error(`marker ${JSON.stringify(row)?.slice(0, 80)} at zoom ${zoom} is not a marker row`);
  };
  if (!Array.isArray(row)) return fail();
  const [id, lat, lon, count, groups] = row as unknown[];
  if (
    !isNumber(id) ||
    !isNumber(lat) ||
    !isNumber(lon) ||
    !isNumber(count) ||
    !Array.isArray(groups) ||
    groups.length !== STATUS_GROUPS.length ||
    !groups.every(isNumber)
  )
    return fail();
  if (id >= 0) {
    const split = row[5];
    if (row.length !== 6 || !isNumber(split) || clusterOf(id).zoom !== zoom) return fail();
    expansion.set(id, split as number);
    return { id, kind: 'cluster', lat, lon, count, groups, siteId: null, city: null };
  }
  if (row.length !== 7 || !isText(row[5]) || !isText(row[6])) return fail();
  return {
    id,
    kind: 'point',
    lat,
    lon,
    count,
    groups,
    siteId: row[5] as string | null,
    city: row[6] as string | null,
  };
}

/** Reads an overview file's bytes; throws an Error saying what is wrong with a damaged or foreign file. */
export function parseOverview(bytes: Uint8Array): Overview {
  const checksum = checkJsonChecksum(bytes);
  if (checksum.kind !== 'intact') throw new Error('its content does not match its checksum');
  let file: Partial<OverviewFile>;
  try {
    file = JSON.parse(new TextDecoder().decode(bytes)) as Partial<OverviewFile>;
  } catch {
    throw new Error('it is not valid JSON');
  }
  if (file.format !== OVERVIEW_FORMAT || file.version !== OVERVIEW_VERSION)
    throw new Error(`it is not a version ${OVERVIEW_VERSION} overview`);
  if (
    typeof file.name !== 'string' ||
    !isNumber(file.siteCount) ||
    !(
      file.bounds === null ||
      (Array.isArray(file.bounds) && file.bounds.length === 4 && file.bounds.every(isNumber))
    ) ||
    JSON.stringify(file.groups) !== JSON.stringify(STATUS_GROUPS) ||
    !Array.isArray(file.zooms) ||
    file.zooms.length !== OVERVIEW_MAX_ZOOM + 1
  )
    throw new Error('its header is not an overview header');
  const expansion = new Map<number, number>();
  const zooms = file.zooms.map((rows, zoom) => {
    if (!Array.isArray(rows)) throw new Error(`zoom ${zoom} is not a list of markers`);
    return rows.map((row) => markerOf(row, zoom, expansion));
  });
  return { name: file.name, siteCount: file.siteCount, bounds: file.bounds, zooms, expansion };
}
