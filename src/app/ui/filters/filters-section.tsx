// The filters as a disclosure (open on wide screens, folded on phones so the list shows first), with
// "Clear all filters" always at hand.
import { memo, useState } from 'react';
import { activeFilterCount } from '../../state/filters-slice';
import { useT } from '../../i18n/i18n-store';
import { useAppStore } from '../../state/store';
import { FilterPanel } from './filter-panel';
import { isWideScreen } from '../wide-screen';

// Memoised: the shell re-renders on every new result count, and this part need not follow it.
export const FiltersSection = memo(function FiltersSection() {
  const [open, setOpen] = useState(isWideScreen);
  const active = useAppStore((s) => activeFilterCount(s.filters));
  const t = useT();
  return (
    <section className="filters-section" aria-labelledby="filters-heading">
      <div className="section-bar">
        <h2 id="filters-heading" className="section-title">
          <button
            type="button"
            className="disclosure"
            aria-expanded={open}
            aria-controls="filters-body"
            onClick={() => setOpen(!open)}
          >
            <svg className="disclosure-arrow" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <path
                d="M5 3l5 5-5 5"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
              />
            </svg>
            {t('filters.title')}
            {active > 0 && <span className="badge">{t('filters.active', { count: active })}</span>}
          </button>
        </h2>
        {active > 0 && (
          <button type="button" className="link-button" onClick={() => useAppStore.getState().clearFilters()}>
            {t('empty.clearAll')}
          </button>
        )}
      </div>
      <div id="filters-body" className="filters-body" hidden={!open}>
        <FilterPanel />
      </div>
    </section>
  );
});
