// Sites grouped by identical coordinates (city-level geocoding stacks several sites on one point), plus the
// list order (country name, city, site name). Both are computed once per dataset.
import { countryName } from '../../core/countries';
import { siteDisplayName, type SiteTable } from '../../core/site-table';

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

export const NO_POINT = 0xffffffff;

/** Rows sorted by country name, city and site name: the order of the site list. */
export function listOrder(table: SiteTable): Uint32Array {
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  const rankOf = (values: string[]) => {
    const sorted = values.map((_, i) => i).sort((a, b) => collator.compare(values[a]!, values[b]!));
    const rank = new Uint32Array(values.length);
    sorted.forEach((index, position) => (rank[index] = position));
    return rank;
  };
  const countryRank = rankOf(table.countries.map(countryName));
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
  const pointOf = new Uint32Array(table.size).fill(NO_POINT);
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
  for (let row = 0; row < table.size; row++) if (pointOf[row] !== NO_POINT) start[pointOf[row]! + 1]!++;
  for (let p = 0; p < size; p++) start[p + 1]! += start[p]!;
  const fill = start.slice(0, size);
  const rows = new Uint32Array(start[size]!);
  // Walking rows in list order keeps each point's rows in list order.
  for (const row of order) {
    const point = pointOf[row]!;
    if (point !== NO_POINT) rows[fill[point]!++] = row;
  }
  return { size, lat: Float64Array.from(lat), lon: Float64Array.from(lon), pointOf, start, rows };
}
