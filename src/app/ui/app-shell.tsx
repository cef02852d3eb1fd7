// The page layout: header, side panel (filters and site list) and map on wide screens; map and list as two
// views with a tab bar on phones. Other features mount into the named slots.
import { useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { View } from '../../core/view-state';
import { useT } from '../i18n/i18n-store';
import { SiteMap } from '../map/site-map';
import { useResults, type LoadState } from '../state/results';
import { useAppStore } from '../state/store';
import { useAfterPaint } from './after-paint';
import { DataLanguageNote } from './data-language-note';
import { EmptyState } from './empty-state';
import { DataAsOf } from './freshness/data-as-of';
import { HeaderMenu } from './header-menu';
import { REPORT_ID, SITES_ID, SkipLinks } from './skip-links';
import { LoadStatus } from './load-status';
import { DetailsPanel, FiltersSection, FiltersSheet, SiteList } from './panels';
import { ResultCount } from './result-count';
import { ViewTabs } from './view-tabs';
import { usePhoneLayout } from './wide-screen';

export interface ShellSlots {
  /** Header toolbar: share link and exports (behind the Share button on phones). */
  toolbar?: ReactNode;
  /** Messages about the whole view (what a link could not use), shown whatever the layout. */
  notices?: ReactNode;
  /** Top of the side panel: the near-me location panel. */
  sidePanelTop?: ReactNode;
  /** The coverage view, shown in the side panel when view is 'coverage' (the map stays beside it). */
  coverage?: ReactNode;
  /** Extra layers inside the map (location pin, coverage rings, choropleth). */
  mapLayers?: ReactNode;
  /** Embed mode's own chrome (e.g. "Open full map"), drawn over the map. */
  embedBar?: ReactNode;
}

// Created once, so the memoised map is not re-rendered for a new element.
const MAP_CONTROLS = <FiltersSheet />;

/**
 * Whether the side panel's controls and its list are drawn. On a phone the panel is a view of its own (List,
 * Coverage), hidden behind the map: its filters, list and location search are drawn the first time it is shown, in
 * a render after the frame that shows the view (the tab answers at once), then kept with the list's scroll. Opening
 * the app on the map does not build and lay out a page nobody sees. Its sections are there from the start, for the
 * skip links that lead to them. The list joins the controls a frame after them, once the sites are in: the two
 * first renders are two tasks, not one long one.
 */
function useSidePanelDrawn(view: View, ready: boolean): { drawn: boolean; listDrawn: boolean } {
  const phone = usePhoneLayout();
  const shown = !phone || view !== 'map';
  const [drawn, setDrawn] = useState(shown);
  const [listDrawn, setListDrawn] = useState(false);
  const shownAtLastPaint = useAfterPaint(shown);
  if (shownAtLastPaint && shown && !drawn) setDrawn(true);
  const controlsAtLastPaint = useAfterPaint(drawn && ready);
  if (controlsAtLastPaint && drawn && ready && !listDrawn) setListDrawn(true);
  // A page printed from the browser's menu prints the side panel (not the map), whatever the view: it is drawn
  // before the page is laid out for print.
  useEffect(() => {
    if (drawn && listDrawn) return;
    const draw = () =>
      flushSync(() => {
        setDrawn(true);
        setListDrawn(true);
      });
    window.addEventListener('beforeprint', draw);
    return () => window.removeEventListener('beforeprint', draw);
  }, [drawn, listDrawn]);
  return { drawn, listDrawn };
}

function Logo() {
  return (
    <svg className="logo" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
      <circle cx="16" cy="16" r="15" fill="#0b4f6c" />
      <path d="M16 6a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7Z" fill="#fff" />
      <circle cx="16" cy="13" r="2.8" fill="#0b4f6c" />
    </svg>
  );
}

export function AppShell({
  slots,
  load: latest,
  onRetry,
}: {
  slots: ShellSlots;
  load: LoadState;
  onRetry: () => void;
}) {
  // When the sites arrive, the header's count and the map's markers change at once; the side panel (near me,
  // the filters, the list) and the details are then drawn in a render of their own, after that frame's paint.
  const load = useAfterPaint(latest);
  const view = useAppStore((s) => s.view);
  const embed = useAppStore((s) => s.embed);
  // Only whether the result is empty: the shell must not re-render on every new count.
  const empty = useResults((r) => r.summary?.count === 0);
  const showCoverage = view === 'coverage' && Boolean(slots.coverage);
  const { drawn: panelDrawn, listDrawn } = useSidePanelDrawn(view, load.status === 'ready');
  const t = useT();
  return (
    <div className={`app view-${view}${embed ? ' embed' : ''}`}>
      <SkipLinks />
      <header className="app-header">
        <div className="brand">
          <Logo />
          <div>
            <h1>Trial Atlas</h1>
            <DataAsOf reserve />
          </div>
        </div>
        <ResultCount />
        <ViewTabs variant="header" coverage={Boolean(slots.coverage)} />
        {slots.toolbar && <HeaderMenu>{slots.toolbar}</HeaderMenu>}
      </header>
      {slots.notices}
      {load.status === 'error' ? (
        <main className="app-body loading">
          <LoadStatus load={load} onRetry={onRetry} />
        </main>
      ) : (
        <main className={load.status === 'loading' ? 'app-body is-loading' : 'app-body'}>
          <aside
            className={showCoverage && load.status === 'ready' ? 'side-panel wide' : 'side-panel'}
            aria-label={t('shell.sidePanel')}
          >
            {load.status === 'loading' ? (
              // The map beside it already shows the overview, when the dataset has one.
              <LoadStatus load={load} onRetry={onRetry} />
            ) : (
              <>
                {/* The coverage report reads first, like a report; its filters follow to refine it. */}
                {showCoverage && (
                  <section
                    className="coverage-section"
                    aria-label={t('views.coverage')}
                    id={REPORT_ID}
                    tabIndex={-1}
                  >
                    {slots.coverage}
                  </section>
                )}
                <div className="side-controls">
                  {panelDrawn && !showCoverage && slots.sidePanelTop}
                  {panelDrawn && <FiltersSection />}
                </div>
                {showCoverage ? null : (
                  <section
                    className="sites-section"
                    aria-labelledby="sites-heading"
                    id={SITES_ID}
                    tabIndex={-1}
                    aria-busy={panelDrawn && !listDrawn}
                  >
                    <h2 id="sites-heading" className="section-title plain">
                      {t('views.sites')}
                    </h2>
                    {panelDrawn && <DataLanguageNote />}
                    {panelDrawn && listDrawn && (empty ? <EmptyState /> : <SiteList />)}
                  </section>
                )}
              </>
            )}
          </aside>
          <SiteMap controls={MAP_CONTROLS}>{slots.mapLayers}</SiteMap>
          {embed && slots.embedBar}
          {load.status === 'ready' && <DetailsPanel />}
        </main>
      )}
      <ViewTabs variant="tab-bar" coverage={Boolean(slots.coverage)} />
    </div>
  );
}
