// Sites stand on few distinct points (ClinicalTrials.gov places them at city centroids): the one grouping of
// rows by exact coordinates, used by the engine, the nearest-site index, the coverage points and the encoder.
import { isValidPoint } from './distance';
import { NO_INDEX } from './typed-index';

export interface DistinctPoints {
  /** Points in order of first appearance. */
  lat: Float64Array;
  lon: Float64Array;
  /** The point of each row of the table; NO_INDEX for a row not asked about or without coordinates. */
  ofRow: Uint32Array;
  /** The first row at each point, and how many rows stand on it. */
  firstRow: Uint32Array;
  rowCount: Uint32Array;
}

/**
 * Groups `rows` (every row of the table by default) by exact coordinates, as nested maps keyed by number: no
 * string per site and no sort, so a million rows take tens of milliseconds. Rows without valid coordinates
 * stand on no point, or, with `keepUnplaced`, all on one point of their own (NaN, NaN), as sites.bin stores them.
 */
export function distinctPoints(
  table: { size: number; lat: ArrayLike<number>; lon: ArrayLike<number> },
  rows?: ArrayLike<number>,
  { keepUnplaced = false }: { keepUnplaced?: boolean } = {},
): DistinctPoints {
  const ofRow = new Uint32Array(table.size).fill(NO_INDEX);
  const byLat = new Map<number, Map<number, number>>();
  const firstRow: number[] = [];
  const rowCount: number[] = [];
  const count = rows ? rows.length : table.size;
  for (let i = 0; i < count; i++) {
    const row = rows ? rows[i]! : i;
    let lat = table.lat[row] ?? Number.NaN;
    let lon = table.lon[row] ?? Number.NaN;
    if (!isValidPoint({ lat, lon })) {
      if (!keepUnplaced) continue;
      [lat, lon] = [Number.NaN, Number.NaN];
    }
    let byLon = byLat.get(lat);
    if (!byLon) byLat.set(lat, (byLon = new Map()));
    let point = byLon.get(lon);
    if (point === undefined) {
      byLon.set(lon, (point = firstRow.length));
      firstRow.push(row);
      rowCount.push(0);
    }
    rowCount[point]!++;
    ofRow[row] = point;
  }
  const at = (column: ArrayLike<number>) =>
    Float64Array.from(firstRow, (row) =>
      isValidPoint({ lat: table.lat[row]!, lon: table.lon[row]! }) ? column[row]! : Number.NaN,
    );
  return {
    lat: at(table.lat),
    lon: at(table.lon),
    ofRow,
    firstRow: Uint32Array.from(firstRow),
    rowCount: Uint32Array.from(rowCount),
  };
}
