// The result count, in a polite live region so screen-reader users hear what each filter did.
import { memo } from 'react';
import { useT } from '../i18n/i18n-store';
import type { Translate } from '../i18n/translator';
import { activeFilterCount } from '../state/filters-slice';
import { useResults } from '../state/results';
import { useAppStore } from '../state/store';

/** "17 sites in 1 country (of 75)"; "0 sites" when nothing is left. */
export function resultCountText(
  t: Translate,
  count: number,
  countries: number,
  total: number,
  filtered: boolean,
): string {
  const result =
    count === 0 ? t('results.sites', { count }) : t('results.sitesInCountries', { count, countries });
  return filtered ? t('results.ofTotal', { result, total }) : result;
}

// Memoised: the shell re-renders on every new result count, and this part need not follow it.
export const ResultCount = memo(function ResultCount() {
  const summary = useResults((r) => r.summary);
  // A failed download with nothing shown before it: the count says so rather than loading on.
  const failed = useResults((r) => r.load.status === 'error');
  const filtered = useAppStore((s) => activeFilterCount(s.filters) > 0);
  const t = useT();
  return (
    <p className="result-count" role="status" aria-live="polite">
      {summary
        ? resultCountText(t, summary.count, summary.countryCount, summary.total, filtered)
        : t(failed ? 'results.notLoaded' : 'results.loading')}
    </p>
  );
});
