// The coverage table as CSV cells (header and rows), for the export module to write with the site export's rules.
import type { CoverageByCountry } from './by-country';
import type { PopulationReach } from './reach';
import { STATUS_GROUP_LABELS, STATUS_GROUPS, type StatusGroup } from '../status';

export interface CoverageCsv {
  header: string[];
  rows: string[][];
}

/** The words of the file: column headings and the total row's label, in the language of the report. */
export interface CoverageCsvLabels {
  countryCode: string;
  country: string;
  sites: string;
  groups: Record<StatusGroup, string>;
  share: string;
  trials: string;
  populationWithin: (radiusKm: number) => string;
  listedPopulation: string;
  populationShare: string;
  total: (countries: number) => string;
}

export const ENGLISH_COVERAGE_CSV_LABELS: CoverageCsvLabels = {
  countryCode: 'Country code',
  country: 'Country',
  sites: 'Sites',
  groups: STATUS_GROUP_LABELS,
  share: 'Share of sites (%)',
  trials: 'Trials',
  populationWithin: (radiusKm) => `Population within ${radiusKm} km of a site`,
  listedPopulation: 'Listed city population',
  populationShare: 'Population share within reach (%)',
  total: (countries) => `Total (${countries} ${countries === 1 ? 'country' : 'countries'})`,
};

/** Shares as percentages with one decimal, as they read in the view; population columns when reach is given. */
export function coverageCsvCells(
  coverage: CoverageByCountry,
  reach: PopulationReach | null = null,
  labels: CoverageCsvLabels = ENGLISH_COVERAGE_CSV_LABELS,
): CoverageCsv {
  const reachHeader = reach
    ? [labels.populationWithin(reach.radiusKm), labels.listedPopulation, labels.populationShare]
    : [];
  const header = [
    labels.countryCode,
    labels.country,
    labels.sites,
    ...STATUS_GROUPS.map((group) => labels.groups[group]),
    labels.share,
    labels.trials,
    ...reachHeader,
  ];
  const byCountry = new Map(reach?.countries.map((c) => [c.country, c]));
  const percent = (share: number | null) => (share === null ? '' : (share * 100).toFixed(1));
  const reachCells = (country: string | null): string[] => {
    if (!reach) return [];
    const figures = country === null ? reach.total : byCountry.get(country);
    if (!figures) return ['', '', ''];
    return [String(figures.populationWithinReach), String(figures.listedPopulation), percent(figures.share)];
  };
  const rows = coverage.rows.map((row) => [
    row.country,
    row.name,
    String(row.sites),
    ...STATUS_GROUPS.map((group) => String(row.byGroup[group])),
    percent(row.share),
    String(row.trials),
    ...reachCells(row.country),
  ]);
  const { total } = coverage;
  rows.push([
    '',
    labels.total(total.countries),
    String(total.sites),
    ...STATUS_GROUPS.map((group) => String(total.byGroup[group])),
    percent(total.share),
    String(total.trials),
    ...reachCells(null),
  ]);
  return { header, rows };
}
