// The reference coverage statistics, for differential tests only: the way the coverage view once computed them on
// the main thread (the reference filter row by row, a fresh grouping of the filtered sites' coordinates, then
// core/coverage). The engine answers from its own filter pass and points; this says what it must answer.
import { coverageByCountry } from '../../../src/core/coverage/by-country';
import { compareTrials as compare } from '../../../src/core/coverage/compare';
import { sitePoints } from '../../../src/core/coverage/points';
import {
  coverageGaps,
  DEFAULT_GAP_MIN_POPULATION,
  populationWithinReach,
} from '../../../src/core/coverage/reach';
import type { GazetteerFile } from '../../../src/core/gazetteer-format';
import { buildSearchIndex, matchText } from '../../../src/core/search';
import type { SiteTable } from '../../../src/core/site-table';
import type { Filters } from '../../../src/core/view-state';
import type { CoverageSummary, ReachSummary } from '../../../src/app/data/site-engine';
import type { TrialComparison } from '../../../src/core/coverage/compare';
import { filterRows } from './reference-filter';

export class ReferenceCoverage {
  private readonly search;

  constructor(
    private readonly table: SiteTable,
    private readonly places: GazetteerFile | null = null,
  ) {
    this.search = buildSearchIndex(table);
  }

  private selection(filters: Filters) {
    const rows = filterRows(this.table, filters, matchText(this.table, this.search, filters.q));
    return { rows, points: sitePoints(this.table, rows) };
  }

  coverage(filters: Filters): CoverageSummary {
    const { rows, points } = this.selection(filters);
    return { byCountry: coverageByCountry(this.table, rows), points: { lat: points.lat, lon: points.lon } };
  }

  reach(filters: Filters, radiusKm: number): ReachSummary {
    if (!this.places) throw new Error('The reference coverage was given no place list');
    const { table, places } = this;
    const { rows, points } = this.selection(filters);
    const gaps = coverageGaps(table, rows, places, radiusKm, DEFAULT_GAP_MIN_POPULATION, points);
    return {
      reach: populationWithinReach(table, rows, places, radiusKm, points),
      gaps: gaps.map(({ nearestRow, ...gap }) => ({
        ...gap,
        nearest:
          nearestRow === null
            ? null
            : {
                city: table.cities[table.city[nearestRow]!]!,
                country: table.countries[table.country[nearestRow]!]!,
              },
      })),
      minPopulation: DEFAULT_GAP_MIN_POPULATION,
      attribution: places.attribution,
    };
  }

  compareTrials(trialA: string, trialB: string): TrialComparison {
    return compare(this.table, trialA, trialB);
  }
}
