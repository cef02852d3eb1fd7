// The composition root: the engine, the dataset connection and the layout with its feature slots.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { createSiteEngine } from './data/create-site-engine';
import type { SiteEngine } from './data/site-engine';
import { useI18n, useLanguageLoading } from './i18n/i18n-store';
import { LanguageSwitch } from './i18n/language-switch';
import { EngineProvider } from './state/engine-context';
import { connectEngine, useResults, type DatasetLoader, type OverviewLoader } from './state/results';
import { AppShell } from './ui/app-shell';
import { ErrorBoundary } from './ui/error-boundary';
import { NearMeLayer } from './map/near-me-layer';
import { firstScreenDrawn } from './ui/after-paint';
import { NearMePanel } from './ui/panels';
import { EmbedBar } from './ui/embed/embed-bar';
import { ExportButtons } from './ui/export/export-buttons';
import { CopyLink } from './ui/share/copy-link';
import { LinkNotices } from './ui/share/link-notices';
import { usePlaceLink } from './ui/share/use-place-link';
import { UpdatePrompt } from './ui/update-prompt';
import { startUrlSync } from './state/url-sync';
import { useAppStore } from './state/store';

// The coverage report and its map layers load when someone opens the coverage view, not with the app shell.
const CoverageView = lazy(() =>
  import('./ui/coverage/coverage-view').then((m) => ({ default: m.CoverageView })),
);
const CoverageLayers = lazy(() =>
  import('./map/coverage-layers').then((m) => ({ default: m.CoverageLayers })),
);

interface Props {
  /** Tests pass their own engine and loader; the app builds the default ones. */
  engine?: SiteEngine;
  loader?: DatasetLoader;
  /** With a test's loader: the overview to paint while it loads (none unless given). */
  overviewLoader?: OverviewLoader;
  /** Keep the view and the address bar in step (links, Back/Forward); the page sets it, tests need not. */
  urlSync?: boolean;
}

export function App({ engine: given, loader, overviewLoader, urlSync = false }: Props) {
  const [engine] = useState<SiteEngine>(() => given ?? createSiteEngine());
  const connection = useRef<ReturnType<typeof connectEngine> | null>(null);
  const load = useResults((r) => r.load);
  const coverageShown = useAppStore((s) => s.view === 'coverage');

  useEffect(() => {
    // The link is read first, so the dataset it names is the first one loaded.
    const stopUrlSync = urlSync ? startUrlSync(engine) : undefined;
    const connected = connectEngine(engine, loader, overviewLoader);
    connection.current = connected;
    return () => {
      connected.disconnect();
      stopUrlSync?.();
    };
  }, [engine, loader, overviewLoader, urlSync]);
  // After the link is read (effects run in order), so a link's language is the first one fetched.
  useLanguageLoading();
  usePlaceLink();
  const t = useI18n((state) => state.t);
  // Nothing is drawn until the first language's messages are in (one small file, fetched beside the data), nor
  // while the overview the map draws first is on its way beside them: the first screen comes whole.
  const messagesPending = useI18n((state) => state.language === null);
  const overviewPending = useResults((r) => r.firstOverviewPending);
  const drawn = !messagesPending && !overviewPending;
  useEffect(() => {
    if (drawn) firstScreenDrawn();
  }, [drawn]);
  if (!drawn) return null;

  return (
    <ErrorBoundary>
      <EngineProvider engine={engine}>
        <AppShell
          load={load}
          onRetry={() => connection.current?.retry()}
          slots={{
            toolbar: (
              <>
                <LanguageSwitch />
                <CopyLink />
                <ExportButtons />
              </>
            ),
            notices: (
              <>
                <LinkNotices />
                <UpdatePrompt />
              </>
            ),
            sidePanelTop: <NearMePanel />,
            coverage: (
              // shown when view === 'coverage'
              <Suspense fallback={<p role="status">{t('app.loadingCoverage')}</p>}>
                <CoverageView />
              </Suspense>
            ),
            mapLayers: (
              <>
                {coverageShown && (
                  <Suspense fallback={null}>
                    <CoverageLayers />
                  </Suspense>
                )}
                <NearMeLayer />
              </>
            ), // location pin, coverage rings and choropleth mount here
            embedBar: <EmbedBar />,
          }}
        />
      </EngineProvider>
    </ErrorBoundary>
  );
}
