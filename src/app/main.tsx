// Starts the app in the page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { decodeViewState } from '../core/url-codec/codec';
import { App } from './app';
import { prefetchOverview } from './data/fetch-sites';
import { fetchLanguage } from './i18n/i18n-store';
import { useAppUpdate } from './state/app-update';
import { useAppStore } from './state/store';
import { firstScreenPainted } from './ui/after-paint';
import { loadPanels } from './ui/panels';
import './styles/app.css';
import './styles/reflow.css';
import './styles/theme.css';

// What the first screen waits for is asked for first, before React's first render: the messages of the language
// the page opens in, and the overview the map draws while the sites download. What it does not show (the panels'
// code, the country shapes, the offline cache) is asked for once it is painted (ui/after-paint.ts).
const link = decodeViewState(window.location.search).state;
void fetchLanguage(link.lang ?? useAppStore.getState().language).catch(() => {});
prefetchOverview(link.dataset ?? 'default');
void firstScreenPainted.then(loadPanels);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App urlSync />
    </StrictMode>,
  );
}

// The built app works offline and announces its updates; the development server and the tests go without.
if (import.meta.env.PROD) {
  void firstScreenPainted
    .then(() => import('./data/service-worker'))
    .then(({ registerServiceWorker }) => registerServiceWorker((apply) => useAppUpdate.setState({ apply })));
}
