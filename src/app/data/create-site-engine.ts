// The app's site engine: the indexed engine in a module worker, or in this thread (the same code, loaded on
// first use) where there are no workers, as in jsdom.
import { lazy, wrap } from './engine-proxy';
import type { SiteEngine } from './site-engine';

export function createSiteEngine(): SiteEngine {
  if (typeof Worker === 'undefined') {
    return lazy(() => import('./indexed-site-engine').then(({ IndexedSiteEngine }) => new IndexedSiteEngine()));
  }
  return wrap<SiteEngine>(new Worker(new URL('./site-worker.ts', import.meta.url), { type: 'module' }));
}
