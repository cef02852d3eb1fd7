import { describe, expect, it } from 'vitest';
import { coverageByCountry } from '../../../src/core/coverage/by-country';
import { coverageCsvCells } from '../../../src/core/coverage/csv';
import { populationWithinReach } from '../../../src/core/coverage/reach';
import { siteTableFromDataset } from '../../../src/core/site-table';
import { coverageDataset, coverageGazetteer } from './coverage-fixture';

const table = siteTableFromDataset(coverageDataset);
const all = Uint32Array.from({ length: table.size }, (_, row) => row);

describe('coverageCsvCells', () => {
  it('writes one row per country and a total, in the table order', () => {
    const { header, rows } = coverageCsvCells(coverageByCountry(table, all));
    expect(header).toEqual([
      'Country code',
      'Country',
      'Sites',
      'Enrolling',
      'Not yet recruiting',
      'Active, not recruiting',
      'Closed',
      'Unknown',
      'Share of sites (%)',
      'Trials',
    ]);
    // DE: 3 of 6 sites = 50.0 %; FR 2 of 6 = 33.3 %; AT 1 of 6 = 16.7 %.
    expect(rows).toEqual([
      ['DE', 'Germany', '3', '2', '0', '0', '1', '0', '50.0', '2'],
      ['FR', 'France', '2', '0', '1', '1', '0', '0', '33.3', '2'],
      ['AT', 'Austria', '1', '0', '0', '0', '0', '1', '16.7', '1'],
      ['', 'Total (3 countries)', '6', '2', '1', '1', '1', '1', '100.0', '2'],
    ]);
  });

  it('adds the population within reach when given', () => {
    const reach = populationWithinReach(table, all, coverageGazetteer, 100);
    const { header, rows } = coverageCsvCells(coverageByCountry(table, all), reach);
    expect(header.slice(-3)).toEqual([
      'Population within 100 km of a site',
      'Listed city population',
      'Population share within reach (%)',
    ]);
    // 100 km: DE 150k of 850k = 17.6 %; FR 20k of 820k = 2.4 %; AT 0 of 500k; total 170k of 2,170k = 7.8 %.
    expect(rows.map((row) => row.slice(-3))).toEqual([
      ['150000', '850000', '17.6'],
      ['20000', '820000', '2.4'],
      ['0', '500000', '0.0'],
      ['170000', '2170000', '7.8'],
    ]);
  });
});
