// On phones, the Map tab's "Filters" button: the filters open as a sheet over the map, and "Show N sites"
// closes it onto the filtered map. (Wide screens have the filters beside the map and hide this button.)
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n-store';
import { activeFilterCount } from '../../state/filters-slice';
import { useResults } from '../../state/results';
import { useAppStore } from '../../state/store';
import { FilterPanel } from './filter-panel';

function ShowSites({ onClick }: { onClick: () => void }) {
  const count = useResults((r) => r.summary?.count ?? null);
  const t = useT();
  return (
    <button type="button" className="button" onClick={onClick}>
      {count === null ? t('filters.showTheSites') : t('filters.showSites', { count })}
    </button>
  );
}

export function FiltersSheet() {
  const [open, setOpen] = useState(false);
  const t = useT();
  const active = useAppStore((s) => activeFilterCount(s.filters));
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  // Modal: the rest of the page is inert, Escape closes it and focus returns to the button.
  useEffect(() => {
    if (open) dialog.current?.showModal?.();
  }, [open]);
  const close = () => (dialog.current?.close ? dialog.current.close() : setOpen(false));

  return (
    <>
      <button
        type="button"
        className="map-filters-button button secondary"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
          <path d="M3 5h14M6 10h8M8.5 15h3" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        {t('filters.title')}
        {active > 0 && <span className="badge">{t('filters.active', { count: active })}</span>}
      </button>
      {open && (
        <dialog
          ref={dialog}
          className="filters-sheet"
          aria-labelledby={headingId}
          onClose={() => setOpen(false)}
        >
          <div className="section-bar">
            <h2 id={headingId} className="section-title">
              {t('filters.title')}
            </h2>
            {active > 0 && (
              <button
                type="button"
                className="link-button"
                onClick={() => useAppStore.getState().clearFilters()}
              >
                {t('empty.clearAll')}
              </button>
            )}
          </div>
          <div className="filters-body">
            <FilterPanel />
          </div>
          <div className="filters-sheet-done">
            <ShowSites onClick={close} />
          </div>
        </dialog>
      )}
    </>
  );
}
