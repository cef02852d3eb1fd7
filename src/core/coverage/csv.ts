// The coverage table as CSV cells (header and rows), for the export module to write with the site export's rules.
import type { CoverageByCountry } from './by-country';
import type { PopulationReach } from './reach';
import { STATUS_GROUP_LABELS, STATUS_GROUPS } from '../status';

export interface CoverageCsv {
  header: string[];
  rows: string[][];
}

/** Shares as percentages with one decimal, as they read in the view; population columns when reach is given. */
export function coverageCsvCells(
  coverage: CoverageByCountry,
  reach: PopulationReach | null = null,
): CoverageCsv {
  const reachHeader = reach
    ? [
        `Population within ${reach.radiusKm} km of a site`,
        'Listed city population',
        'Population share within reach (%)',
      ]
    : [];
  const header = [
    'Country code',
    'Country',
    'Sites',
    ...STATUS_GROUPS.map((group) => STATUS_GROUP_LABELS[group]),
    'Share of sites (%)',
    'Trials',
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
    `Total (${total.countries} ${total.countries === 1 ? 'country' : 'countries'})`,
    String(total.sites),
    ...STATUS_GROUPS.map((group) => String(total.byGroup[group])),
    percent(total.share),
    String(total.trials),
    ...reachCells(null),
  ]);
  return { header, rows };
}
