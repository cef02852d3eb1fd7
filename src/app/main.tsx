// Starts the app in the page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { useAppUpdate } from './state/app-update';
import './styles/app.css';
import './styles/reflow.css';
import './styles/theme.css';

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
