// The filtered sites as a list named "Sites", virtualized (only the rows on screen exist in the page), kept
// in step with the map: selecting here highlights there, and a selection on the map scrolls here.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import { useFormats, useT } from '../../i18n/i18n-store';
import { STATUS_GROUP_KEYS } from '../../i18n/label-keys';
import { siteNameIn } from '../../i18n/site-name';
import { useEngine } from '../../state/engine-context';
import { useResults } from '../../state/results';
import { useAppStore } from '../../state/store';
import { DataText } from '../data-text';
import { StaleMark } from '../freshness/stale-mark';
import { StatusSymbol } from '../status-symbol';
import { whoCanJoinText } from '../who-can-join';
import { usePhoneLayout } from '../wide-screen';
import { useSitePages } from './use-site-pages';

const ROW_HEIGHT = 94;

/**
 * Rows the list holds at most; a note after the last says how to reach the others. No page can be taller than
 * about 33 million pixels (so rows past about 350,000 could never be scrolled to), and the virtual list
 * measures every row it holds at each filter change.
 */
export const LIST_LIMIT = 10_000;

// Memoised: the shell re-renders on every new result count, and this part need not follow it.
export const SiteList = memo(function SiteList() {
  const engine = useEngine();
  const count = useResults((r) => r.summary?.count ?? 0);
  const generation = useResults((r) => r.generation);
  const selectedSiteId = useAppStore((s) => s.selectedSiteId);
  const selectionOrigin = useAppStore((s) => s.selectionOrigin);
  const units = useAppStore((s) => s.units);
  const scroller = useRef<HTMLDivElement>(null);
  const t = useT();
  const formats = useFormats();
  // On phones the whole side panel scrolls (location, filters, then the list: no scroller inside another),
  // so the list's rows start below the panel's top; on wide screens the list scrolls on its own.
  const phone = usePhoneLayout();
  // The virtualizer is not memoizable by the React Compiler; this component re-renders on scroll by design.
  const listed = Math.min(count, LIST_LIMIT);
  const virtualizer = useVirtualizer({
    count: listed,
    getScrollElement: () => (phone ? (scroller.current?.closest('.side-panel') ?? null) : scroller.current),
    scrollMargin: phone ? (scroller.current?.offsetTop ?? 0) : 0,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });

  // Follow a selection made elsewhere (map, link): bring it into view.
  useEffect(() => {
    if (!selectedSiteId || selectionOrigin === 'list') return;
    let current = true;
    engine.indexOf(selectedSiteId).then(
      (index) => {
        if (current && index >= 0 && index < LIST_LIMIT) virtualizer.scrollToIndex(index, { align: 'auto' });
      },
      // The sites' text could not be downloaded: the list says so above its rows.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [engine, selectedSiteId, selectionOrigin, generation, virtualizer]);

  const items = virtualizer.getVirtualItems();
  // No rows shown (the sites not yet filtered, or none passing): no page is asked for.
  const { siteAt, failed, retry } = useSitePages(generation, items[0]?.index ?? 0, items.at(-1)?.index ?? -1);
  // While the rows on screen wait for the sites' text, nothing in the list takes the keyboard's focus: on a wide
  // screen, where the list scrolls on its own, the list itself does, so it can still be scrolled from the keyboard.
  const waiting = !failed && items.length > 0 && items.every((item) => !siteAt(item.index));
  return (
    <div className="site-list-scroller" id="site-list" ref={scroller} tabIndex={waiting && !phone ? 0 : -1}>
      {failed && (
        <div className="failed-note" role="alert">
          <p>{t('list.textFailed')}</p>
          <button type="button" className="button" onClick={retry}>
            {t('load.retry')}
          </button>
        </div>
      )}
      <ul
        className="site-list"
        aria-label={t('views.sites')}
        aria-busy={waiting || undefined}
        role="list"
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {items.map((item) => {
          const site = siteAt(item.index);
          return (
            <li
              key={item.index}
              className="site-row"
              aria-setsize={listed}
              aria-posinset={item.index + 1}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: item.size,
                transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
              }}
            >
              {site ? (
                <button
                  type="button"
                  className="site-row-button"
                  aria-current={site.id === selectedSiteId ? 'true' : undefined}
                  onClick={() => useAppStore.getState().selectSite(site.id, 'list')}
                >
                  <span className="site-row-name">
                    <DataText text={siteNameIn(site, t)} label />
                  </span>
                  <span className="site-row-place">
                    <DataText text={site.city} label />, {formats.country(site.country)}
                    {site.distanceKm !== undefined && ` · ${formats.distance(site.distanceKm, units)}`}
                  </span>
                  <span className="site-row-status">
                    <StatusSymbol group={site.group} size={12} />
                    {t(STATUS_GROUP_KEYS[site.group])}
                    {site.inherited && <span className="site-row-unmapped"> · {t('list.trialsStatus')}</span>}
                    {site.lat === null && <span className="site-row-unmapped"> · {t('list.notOnMap')}</span>}
                    <StaleMark statusVerifiedDate={site.statusVerifiedDate} separator />
                  </span>
                  <span className="site-row-who">{whoCanJoinText(t, site.eligibility)}</span>
                </button>
              ) : (
                <span className="site-row-loading">{t('list.loading')}</span>
              )}
            </li>
          );
        })}
      </ul>
      {count > listed && <p className="list-limit">{t('list.limited', { shown: listed, total: count })}</p>}
    </div>
  );
});
