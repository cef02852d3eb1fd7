// Two trials side by side: the countries each runs in, the ones they share, and sites per country.
import { countryName } from '../countries';
import type { SiteTable } from '../site-table';

export interface CompareRow {
  country: string;
  name: string;
  sitesA: number;
  sitesB: number;
}

export interface TrialComparison {
  trialA: string;
  trialB: string;
  /** Country codes by name, for each trial and for both. */
  countriesA: string[];
  countriesB: string[];
  shared: string[];
  onlyA: string[];
  onlyB: string[];
  /** Every country either trial covers, by name. */
  rows: CompareRow[];
  totalA: number;
  totalB: number;
}

/**
 * Compares all listed sites of two trials (by trial id), regardless of the current filters: a sponsor compares
 * the trials' footprints, not what a filter left. An id not in the dataset compares as a trial with no sites.
 */
export function compareTrials(table: SiteTable, trialA: string, trialB: string): TrialComparison {
  const indexA = table.trialIds.indexOf(trialA);
  const indexB = table.trialIds.indexOf(trialB);
  const countsA = new Uint32Array(table.countries.length);
  const countsB = new Uint32Array(table.countries.length);
  for (let row = 0; row < table.size; row++) {
    const trial = table.trial[row];
    const country = table.country[row] ?? 0;
    // Comparing a trial with itself fills both columns.
    if (trial === indexA) countsA[country] = (countsA[country] ?? 0) + 1;
    if (trial === indexB) countsB[country] = (countsB[country] ?? 0) + 1;
  }
  const rows: CompareRow[] = [];
  table.countries.forEach((code, index) => {
    const sitesA = countsA[index] ?? 0;
    const sitesB = countsB[index] ?? 0;
    if (sitesA + sitesB > 0) rows.push({ country: code, name: countryName(code), sitesA, sitesB });
  });
  rows.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const codes = (keep: (row: CompareRow) => boolean) => rows.filter(keep).map((row) => row.country);
  return {
    trialA,
    trialB,
    countriesA: codes((row) => row.sitesA > 0),
    countriesB: codes((row) => row.sitesB > 0),
    shared: codes((row) => row.sitesA > 0 && row.sitesB > 0),
    onlyA: codes((row) => row.sitesA > 0 && row.sitesB === 0),
    onlyB: codes((row) => row.sitesB > 0 && row.sitesA === 0),
    rows,
    totalA: rows.reduce((sum, row) => sum + row.sitesA, 0),
    totalB: rows.reduce((sum, row) => sum + row.sitesB, 0),
  };
}
