// The result count, in a polite live region so screen-reader users hear what each filter did.
import { memo } from 'react';
import { activeFilterCount } from '../state/filters-slice';
import { useResults } from '../state/results';
import { useAppStore } from '../state/store';

export function resultCountText(count: number, countries: number, total: number, filtered: boolean): string {
  const sites = `${count.toLocaleString('en')} ${count === 1 ? 'site' : 'sites'}`;
  const where = count === 0 ? '' : ` in ${countries} ${countries === 1 ? 'country' : 'countries'}`;
  return `${sites}${where}${filtered ? ` (of ${total.toLocaleString('en')})` : ''}`;
}

// Memoised: the shell re-renders on every new result count, and this part need not follow it.
export const ResultCount = memo(function ResultCount() {
  const summary = useResults((r) => r.summary);
  const filtered = useAppStore((s) => activeFilterCount(s.filters) > 0);
  return (
    <p className="result-count" role="status" aria-live="polite">
      {summary
        ? resultCountText(summary.count, summary.countryCount, summary.total, filtered)
        : 'Loading sites…'}
    </p>
  );
});
