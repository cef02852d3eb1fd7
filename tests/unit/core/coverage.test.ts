import { describe, expect, it } from 'vitest';
import { coverageByCountry, sortCoverage } from '../../../src/core/coverage/by-country';
import { siteTableFromDataset } from '../../../src/core/site-table';
import { coverageDataset } from './coverage-fixture';

const table = siteTableFromDataset(coverageDataset);
const all = Uint32Array.from({ length: table.size }, (_, row) => row);

describe('coverageByCountry', () => {
  it('counts sites per country and status group, with shares and trials', () => {
    const { rows, total } = coverageByCountry(table, all);
    // Six sites: DE 3 (de-1 and de-3 recruiting, de-2 completed), FR 2, AT 1.
    expect(rows.map((row) => [row.country, row.name, row.sites])).toEqual([
      ['DE', 'Germany', 3],
      ['FR', 'France', 2],
      ['AT', 'Austria', 1],
    ]);
    const [germany, france, austria] = rows;
    expect(germany?.byGroup).toEqual({ enrolling: 2, 'not-yet': 0, active: 0, closed: 1, unknown: 0 });
    expect(france?.byGroup).toEqual({ enrolling: 0, 'not-yet': 1, active: 1, closed: 0, unknown: 0 });
    expect(austria?.byGroup).toEqual({ enrolling: 0, 'not-yet': 0, active: 0, closed: 0, unknown: 1 });
    // Shares: 3/6, 2/6, 1/6.
    expect(germany?.share).toBeCloseTo(0.5);
    expect(france?.share).toBeCloseTo(1 / 3);
    expect(austria?.share).toBeCloseTo(1 / 6);
    // DE and FR have sites of T1 and T2; AT only of T2.
    expect(rows.map((row) => row.trials)).toEqual([2, 2, 1]);
    // The total counts T1 and T2 once each (2, not 2 + 2 + 1); T3 has no sites.
    expect(total).toEqual({
      countries: 3,
      sites: 6,
      byGroup: { enrolling: 2, 'not-yet': 1, active: 1, closed: 1, unknown: 1 },
      share: 1,
      trials: 2,
    });
  });

  it('counts only the filtered rows', () => {
    // Rows 0, 1, 3 are T1's sites: de-1, de-2, fr-1.
    const { rows, total } = coverageByCountry(table, Uint32Array.of(0, 1, 3));
    expect(rows.map((row) => [row.country, row.sites, row.trials])).toEqual([
      ['DE', 2, 1],
      ['FR', 1, 1],
    ]);
    expect(rows[0]?.share).toBeCloseTo(2 / 3);
    expect(total.sites).toBe(3);
    expect(total.trials).toBe(1);
  });

  it('returns an empty table for no rows', () => {
    const { rows, total } = coverageByCountry(table, new Uint32Array(0));
    expect(rows).toEqual([]);
    expect(total).toMatchObject({ countries: 0, sites: 0, share: 0, trials: 0 });
  });
});

describe('sortCoverage', () => {
  const { rows } = coverageByCountry(table, all);
  const names = (sorted: typeof rows) => sorted.map((row) => row.name);

  it('sorts by name, counts and shares in either direction', () => {
    expect(names(sortCoverage(rows, 'name', 'ascending'))).toEqual(['Austria', 'France', 'Germany']);
    expect(names(sortCoverage(rows, 'name', 'descending'))).toEqual(['Germany', 'France', 'Austria']);
    expect(names(sortCoverage(rows, 'sites', 'ascending'))).toEqual(['Austria', 'France', 'Germany']);
    expect(names(sortCoverage(rows, 'share', 'descending'))).toEqual(['Germany', 'France', 'Austria']);
    expect(names(sortCoverage(rows, 'enrolling', 'descending'))[0]).toBe('Germany');
    expect(names(sortCoverage(rows, 'unknown', 'descending'))[0]).toBe('Austria');
  });

  it('breaks ties by name, whatever the direction', () => {
    // France and Germany both have 2 trials.
    expect(names(sortCoverage(rows, 'trials', 'descending'))).toEqual(['France', 'Germany', 'Austria']);
    expect(names(sortCoverage(rows, 'trials', 'ascending'))).toEqual(['Austria', 'France', 'Germany']);
  });

  it('leaves its input alone', () => {
    const before = names(rows);
    sortCoverage(rows, 'name', 'ascending');
    expect(names(rows)).toEqual(before);
  });
});
