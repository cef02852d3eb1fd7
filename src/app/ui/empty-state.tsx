// Says which filter emptied the result and offers the one click that brings sites back.
import type { FilterKey } from '../../core/filter';
import type { Filters } from '../../core/view-state';
import { EMPTY_FILTERS } from '../../core/view-state';
import { useResults } from '../state/results';
import { useAppStore } from '../state/store';

const FILTER_NAMES: Record<FilterKey, string> = {
  q: 'search',
  trials: 'trial',
  phases: 'phase',
  countries: 'country',
  statuses: 'status',
};

function explanation(key: FilterKey, filters: Filters): string {
  switch (key) {
    case 'q':
      return `No site matches the search “${filters.q.trim()}”.`;
    case 'trials':
      return 'The chosen trials have no sites that match the other filters.';
    case 'phases':
      return 'No trial in the chosen phases has sites that match the other filters.';
    case 'countries':
      return 'The chosen countries have no sites that match the other filters.';
    case 'statuses':
      return 'No site with the chosen status matches the other filters.';
  }
}

export function EmptyState() {
  const summary = useResults((r) => r.summary);
  const filters = useAppStore((s) => s.filters);
  const lastChanged = useAppStore((s) => s.lastChangedFilter);
  if (!summary || summary.count > 0 || !summary.emptyReason) return null;
  // Several filters may each empty the result alone: name the one just changed when it is one of them.
  const reason =
    lastChanged && summary.emptyReason !== 'no-sites' && (summary.relaxed[lastChanged] ?? 0) > 0
      ? lastChanged
      : summary.emptyReason;
  const { clearFilters, setFilters } = useAppStore.getState();

  if (reason === 'no-sites') {
    return (
      <div className="empty-state">
        <h2>No sites in this dataset</h2>
        <p>Its sources list no sites. The trials are still described under Trial.</p>
      </div>
    );
  }
  const back = reason === 'combination' ? 0 : (summary.relaxed[reason] ?? 0);
  return (
    <div className="empty-state">
      <h2>No sites match</h2>
      <p>
        {reason === 'combination'
          ? 'Each filter matches some sites, but no site matches all of them together.'
          : explanation(reason, filters)}
      </p>
      <div className="empty-state-actions">
        {reason !== 'combination' && (
          <button
            type="button"
            className="button"
            onClick={() => setFilters({ [reason]: EMPTY_FILTERS[reason] })}
          >
            Clear the {FILTER_NAMES[reason]} filter ({back.toLocaleString('en')}{' '}
            {back === 1 ? 'site' : 'sites'})
          </button>
        )}
        <button type="button" className="button secondary" onClick={clearFilters}>
          Clear all filters
        </button>
      </div>
    </div>
  );
}
