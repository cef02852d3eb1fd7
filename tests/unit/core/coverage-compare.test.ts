import { describe, expect, it } from 'vitest';
import { compareTrials } from '../../../src/core/coverage/compare';
import { siteTableFromDataset } from '../../../src/core/site-table';
import { coverageDataset, T1, T2, T3 } from './coverage-fixture';

const table = siteTableFromDataset(coverageDataset);

describe('compareTrials', () => {
  it('shows the countries each trial covers, the shared ones and sites side by side', () => {
    // T1: DE 2 (de-1, de-2), FR 1 (fr-1). T2: DE 1 (de-3), FR 1 (fr-2), AT 1 (at-1).
    const comparison = compareTrials(table, T1, T2);
    expect(comparison.countriesA).toEqual(['FR', 'DE']);
    expect(comparison.countriesB).toEqual(['AT', 'FR', 'DE']);
    expect(comparison.shared).toEqual(['FR', 'DE']);
    expect(comparison.onlyA).toEqual([]);
    expect(comparison.onlyB).toEqual(['AT']);
    expect(comparison.rows).toEqual([
      { country: 'AT', name: 'Austria', sitesA: 0, sitesB: 1 },
      { country: 'FR', name: 'France', sitesA: 1, sitesB: 1 },
      { country: 'DE', name: 'Germany', sitesA: 2, sitesB: 1 },
    ]);
    expect([comparison.totalA, comparison.totalB]).toEqual([3, 3]);
  });

  it('treats a trial without sites, or an unknown id, as covering nothing', () => {
    const withEmpty = compareTrials(table, T1, T3);
    expect(withEmpty.onlyA).toEqual(['FR', 'DE']);
    expect(withEmpty.shared).toEqual([]);
    expect(withEmpty.totalB).toBe(0);
    expect(compareTrials(table, 'NCT99999999', T2).countriesA).toEqual([]);
  });

  it('compares a trial with itself', () => {
    const self = compareTrials(table, T2, T2);
    expect(self.shared).toEqual(['AT', 'FR', 'DE']);
    expect(self.rows.every((row) => row.sitesA === row.sitesB)).toBe(true);
  });
});
