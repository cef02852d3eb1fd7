// The coverage table as a CSV file, written with the site export's CSV rules.
import type { CoverageByCountry } from '../../../core/coverage/by-country';
import { coverageCsvCells } from '../../../core/coverage/csv';
import type { PopulationReach } from '../../../core/coverage/reach';
import { toCsv } from '../../../core/export/csv';

export function coverageCsv(coverage: CoverageByCountry, reach: PopulationReach | null): string {
  const { header, rows } = coverageCsvCells(coverage, reach);
  return toCsv(header, rows);
}

/** Names the file after the trials in the filter, e.g. "coverage-NCT01207388.csv". */
export function coverageFileName(trials: readonly string[]): string {
  const scope = trials.length > 0 && trials.length <= 3 ? `-${trials.join('-')}` : '';
  return `coverage${scope.replace(/[^A-Za-z0-9-]/g, '')}.csv`;
}
