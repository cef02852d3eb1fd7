// The coverage statistics the engine answers: the filtered rows and their points, taken from the engine's own
// point of each row (no second grouping of coordinates), then core/coverage's country table, reach and gaps.
import { coverageByCountry } from '../../core/coverage/by-country';
import { indexedPoints, type SitePoints } from '../../core/coverage/points';
import {
  coverageGaps,
  DEFAULT_GAP_MIN_POPULATION,
  populationWithinReach,
} from '../../core/coverage/reach';
import type { GazetteerFile } from '../../core/gazetteer-format';
import type { SiteTable } from '../../core/site-table';
import { NO_INDEX } from '../../core/typed-index';
import type { CoverageSummary, ReachSummary } from './site-engine';

/** The sites some filters leave, as the coverage statistics read them. */
export interface CoverageSelection {
  /** Filtered rows in table order. */
  rows: Uint32Array;
  /** Distinct points of the filtered rows that have coordinates, in the engine's point order. */
  points: SitePoints;
}

/** `pointOf` gives each row's point in pointLat/pointLon (NO_INDEX without coordinates); `passes` the filter. */
export function coverageSelection(
  pointLat: Float64Array,
  pointLon: Float64Array,
  pointOf: Uint32Array,
  passes: Uint8Array,
): CoverageSelection {
  let count = 0;
  for (let row = 0; row < passes.length; row++) count += passes[row]!;
  const rows = new Uint32Array(count);
  const sites = new Uint32Array(pointLat.length);
  const firstRow = new Uint32Array(pointLat.length);
  for (let row = 0, n = 0; row < passes.length; row++) {
    if (!passes[row]) continue;
    rows[n++] = row;
    const point = pointOf[row]!;
    if (point !== NO_INDEX && sites[point]!++ === 0) firstRow[point] = row;
  }
  let used = 0;
  for (let point = 0; point < sites.length; point++) if (sites[point]) used++;
  const lat = new Float64Array(used);
  const lon = new Float64Array(used);
  const usedSites = new Uint32Array(used);
  const usedFirst = new Uint32Array(used);
  for (let point = 0, n = 0; point < sites.length; point++) {
    if (!sites[point]) continue;
    lat[n] = pointLat[point]!;
    lon[n] = pointLon[point]!;
    usedSites[n] = sites[point]!;
    usedFirst[n++] = firstRow[point]!;
  }
  return { rows, points: indexedPoints(lat, lon, usedSites, usedFirst) };
}

export function coverageSummary(table: SiteTable, { rows, points }: CoverageSelection): CoverageSummary {
  return { byCountry: coverageByCountry(table, rows), points: { lat: points.lat, lon: points.lon } };
}

export function reachSummary(
  table: SiteTable,
  { rows, points }: CoverageSelection,
  places: GazetteerFile,
  radiusKm: number,
  minPopulation: number = DEFAULT_GAP_MIN_POPULATION,
): ReachSummary {
  const gaps = coverageGaps(table, rows, places, radiusKm, minPopulation, points).map(
    ({ nearestRow, ...gap }) => ({
      ...gap,
      nearest:
        nearestRow === null
          ? null
          : {
              city: table.cities[table.city[nearestRow]!] ?? '',
              country: table.countries[table.country[nearestRow]!] ?? '',
            },
    }),
  );
  return {
    reach: populationWithinReach(table, rows, places, radiusKm, points),
    gaps,
    minPopulation,
    attribution: places.attribution,
  };
}
