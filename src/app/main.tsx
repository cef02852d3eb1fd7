// Starts the app in the page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { decodeViewState } from '../core/url-codec/codec';
import { App } from './app';
import { prefetchOverview } from './data/fetch-sites';
import { fetchLanguage } from './i18n/i18n-store';
import { useAppUpdate } from './state/app-update';
import { useAppStore } from './state/store';
import { loadPanels } from './ui/panels';
import './styles/app.css';
import './styles/reflow.css';
import './styles/theme.css';

// What the first screen waits for is asked for first, before React's first render: the messages of the language
// the page opens in, and the overview the map draws while the sites download. The panels' code, wanted only once
// the sites are in, is asked for when the messages are: it would otherwise take the connections they need.
const link = decodeViewState(window.location.search).state;
fetchLanguage(link.lang ?? useAppStore.getState().language).then(loadPanels, loadPanels);
prefetchOverview(link.dataset ?? 'default');

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
  void import('./data/service-worker').then(({ registerServiceWorker }) =>
    registerServiceWorker((apply) => useAppUpdate.setState({ apply })),
  );
}
