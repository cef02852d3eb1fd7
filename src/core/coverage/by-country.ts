// Coverage by country: how the filtered sites spread over countries and status groups, for the sponsor view.
import { countryName } from '../countries';
import type { SiteTable } from '../site-table';
import { STATUS_GROUPS, type StatusGroup } from '../status';
import { readingCollator } from '../collation';

export interface CountryCoverage {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** English name, e.g. "Germany". */
  name: string;
  sites: number;
  byGroup: Record<StatusGroup, number>;
  /** Sites here ÷ all filtered sites (0..1); 0 when there are no filtered sites. */
  share: number;
  /** Distinct trials with at least one filtered site here. */
  trials: number;
}

export interface CoverageTotal {
  countries: number;
  sites: number;
  byGroup: Record<StatusGroup, number>;
  share: number;
  /** Distinct trials over all countries (a trial in two countries counts once, so not the column's sum). */
  trials: number;
}

export interface CoverageByCountry {
  /** Sorted by site count, most first, then by name. */
  rows: CountryCoverage[];
  total: CoverageTotal;
}

function emptyGroups(): Record<StatusGroup, number> {
  return { enrolling: 0, 'not-yet': 0, active: 0, closed: 0, unknown: 0 };
}

export function coverageByCountry(table: SiteTable, rows: Uint32Array): CoverageByCountry {
  const countryCount = table.countries.length;
  const sites = new Uint32Array(countryCount);
  const groups = Array.from({ length: countryCount }, () => new Uint32Array(STATUS_GROUPS.length));
  // Trials per country as sets of trial indexes: few trials per country in practice, and exact.
  const trials = Array.from({ length: countryCount }, () => new Set<number>());
  const allTrials = new Set<number>();
  const totalGroups = emptyGroups();

  for (const row of rows) {
    const country = table.country[row] ?? 0;
    const group = table.group[row] ?? 0;
    const trial = table.trial[row] ?? 0;
    sites[country] = (sites[country] ?? 0) + 1;
    const countryGroups = groups[country];
    if (countryGroups) countryGroups[group] = (countryGroups[group] ?? 0) + 1;
    trials[country]?.add(trial);
    allTrials.add(trial);
    const groupName = STATUS_GROUPS[group] ?? 'unknown';
    totalGroups[groupName] += 1;
  }

  const total = rows.length;
  const result: CountryCoverage[] = [];
  for (let index = 0; index < countryCount; index++) {
    const count = sites[index] ?? 0;
    if (count === 0) continue;
    const code = table.countries[index] ?? '';
    const byGroup = emptyGroups();
    STATUS_GROUPS.forEach((group, g) => (byGroup[group] = groups[index]?.[g] ?? 0));
    result.push({
      country: code,
      name: countryName(code),
      sites: count,
      byGroup,
      share: count / total,
      trials: trials[index]?.size ?? 0,
    });
  }

  return {
    rows: sortCoverage(result, 'sites', 'descending'),
    total: {
      countries: result.length,
      sites: total,
      byGroup: totalGroups,
      share: total === 0 ? 0 : 1,
      trials: allTrials.size,
    },
  };
}

export const COVERAGE_SORT_KEYS = ['name', 'sites', ...STATUS_GROUPS, 'share', 'trials'] as const;
export type CoverageSortKey = (typeof COVERAGE_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

function sortValue(row: CountryCoverage, key: CoverageSortKey): number | string {
  switch (key) {
    case 'name':
      return row.name;
    case 'sites':
      return row.sites;
    case 'share':
      return row.share;
    case 'trials':
      return row.trials;
    default:
      return row.byGroup[key];
  }
}

/**
 * A sorted copy; ties fall back to the country name so the order never depends on input order. Names sort
 * with the collator of the language they are written in.
 */
export function sortCoverage(
  rows: readonly CountryCoverage[],
  key: CoverageSortKey,
  direction: SortDirection,
  collator: Intl.Collator = readingCollator,
): CountryCoverage[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = sortValue(a, key);
    const right = sortValue(b, key);
    const order =
      typeof left === 'string' || typeof right === 'string'
        ? collator.compare(String(left), String(right))
        : left - right;
    return order !== 0
      ? sign * order
      : collator.compare(a.name, b.name) || a.country.localeCompare(b.country);
  });
}

/** The direction a column sorts in when first chosen: numbers biggest first, names A to Z. */
export function defaultSortDirection(key: CoverageSortKey): SortDirection {
  return key === 'name' ? 'ascending' : 'descending';
}
