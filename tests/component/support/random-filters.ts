// Random filters over a dataset's own values (and a few that match nothing), for property tests of the engine.
import fc from 'fast-check';
import { PHASES, type Dataset } from '../../../src/core/schema';
import { siteTableFromDataset } from '../../../src/core/site-table';
import { STATUS_GROUPS } from '../../../src/core/status';
import type { Filters } from '../../../src/core/view-state';

/** A few of the values (a small dataset may have fewer than the most asked for). */
function some<T>(values: readonly T[], most: number): fc.Arbitrary<T[]> {
  return fc.subarray([...values], { maxLength: Math.min(most, values.length) });
}

export function filtersFor(dataset: Dataset): fc.Arbitrary<Filters> {
  const countries = [...new Set(dataset.sites.map((s) => s.country))];
  return fc.record<Filters>({
    countries: some(countries, 3),
    statuses: some(STATUS_GROUPS, 2),
    trials: some(
      dataset.trials.map((t) => t.id),
      2,
    ),
    phases: some(PHASES, 2),
    q: fc.constantFrom('', 'hospital', 'xyz-nothing'),
    conditions: some([...siteTableFromDataset(dataset).conditionIndex.keys, 'none such'], 2),
    age: fc.option(fc.constantFrom(0, 10, 17, 18, 34, 70, 120), { nil: null }),
    sex: fc.option(fc.constantFrom('female' as const, 'male' as const), { nil: null }),
  });
}
