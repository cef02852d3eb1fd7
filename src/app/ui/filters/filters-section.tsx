// The filters as a disclosure (open on wide screens, folded on phones so the list shows first), with
// "Clear all filters" always at hand. The bar is a sibling of the section it names, not inside it, so that on
// wide screens it can stay in sight at the foot of the panel's controls while the location above fills them
// (a sticky element cannot leave its parent's box).
import { memo, useState } from 'react';
import { activeFilterCount } from '../../state/filters-slice';
import { useT } from '../../i18n/i18n-store';
import { useAppStore } from '../../state/store';
import { FilterPanel } from './filter-panel';
import { isWideScreen } from '../wide-screen';

/** Whether the bar is held at the foot of its scrolling parent, above the section it names (sticky). */
function waitingBelow(bar: Element, section: Element): boolean {
  return section.getBoundingClientRect().top > bar.getBoundingClientRect().bottom + 1;
}

// Memoised: the shell re-renders on every new result count, and this part need not follow it.
export const FiltersSection = memo(function FiltersSection() {
  const [open, setOpen] = useState(isWideScreen);
  // Folded, the filters are drawn only once first opened, then kept.
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  const active = useAppStore((s) => activeFilterCount(s.filters));
  const t = useT();
  return (
    <>
      <div className="section-bar filters-bar">
        <h2 id="filters-heading" className="section-title">
          <button
            type="button"
            className="disclosure"
            aria-expanded={open}
            aria-controls="filters-body"
            onClick={(event) => {
              // Open but still below, with the bar waiting at the controls' foot: a click brings them into view.
              const section = document.getElementById('filters-body')?.parentElement;
              const bar = event.currentTarget.closest('.section-bar');
              if (open && section && bar && waitingBelow(bar, section))
                section.scrollIntoView({ block: 'start' });
              else setOpen(!open);
            }}
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
      <section className="filters-section" aria-labelledby="filters-heading">
        <div id="filters-body" className="filters-body" hidden={!open}>
          {opened && <FilterPanel />}
        </div>
      </section>
    </>
  );
});
