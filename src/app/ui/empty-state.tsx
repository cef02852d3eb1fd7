// Says which filter emptied the result and offers the one click that brings sites back.
import type { FilterKey } from '../../core/filter';
import type { Filters } from '../../core/view-state';
import { EMPTY_FILTERS } from '../../core/view-state';
import { useT } from '../i18n/i18n-store';
import type { MessageKey, Translate } from '../i18n/translator';
import { useResults } from '../state/results';
import { useAppStore } from '../state/store';

const CLEAR: Record<FilterKey, MessageKey> = {
  q: 'empty.clear.q',
  trials: 'empty.clear.trials',
  phases: 'empty.clear.phases',
  countries: 'empty.clear.countries',
  statuses: 'empty.clear.statuses',
  conditions: 'empty.clear.conditions',
  age: 'empty.clear.age',
  sex: 'empty.clear.sex',
};

function explanation(t: Translate, key: FilterKey, filters: Filters): string {
  switch (key) {
    case 'q':
      return t('empty.q', { query: filters.q.trim() });
    case 'trials':
      return t('empty.trials');
    case 'phases':
      return t('empty.phases');
    case 'countries':
      return t('empty.countries');
    case 'statuses':
      return t('empty.statuses');
    case 'conditions':
      return t('empty.conditions');
    case 'age':
      return t('empty.age', { age: filters.age ?? '' });
    case 'sex':
      return t('empty.sex');
  }
}

export function EmptyState() {
  const summary = useResults((r) => r.summary);
  const filters = useAppStore((s) => s.filters);
  const lastChanged = useAppStore((s) => s.lastChangedFilter);
  const t = useT();
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
        <h2>{t('empty.noSites.title')}</h2>
        <p>{t('empty.noSites.text')}</p>
      </div>
    );
  }
  const back = reason === 'combination' ? 0 : (summary.relaxed[reason] ?? 0);
  return (
    <div className="empty-state">
      <h2>{t('empty.title')}</h2>
      <p>{reason === 'combination' ? t('empty.combination') : explanation(t, reason, filters)}</p>
      <div className="empty-state-actions">
        {reason !== 'combination' && (
          <button
            type="button"
            className="button"
            onClick={() => setFilters({ [reason]: EMPTY_FILTERS[reason] })}
          >
            {t(CLEAR[reason], { count: back })}
          </button>
        )}
        <button type="button" className="button secondary" onClick={clearFilters}>
          {t('empty.clearAll')}
        </button>
      </div>
    </div>
  );
}
