// The side panels (near me, filters, the site list, details) are not in the app shell: their code starts loading
// once the first screen is painted (see main.tsx and after-paint.ts), arrives while the dataset is still on its
// way, and is drawn only once the data is ready.
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
// Their styles stay in the page's one stylesheet, in the order they always had: a stylesheet that arrived with
// the code would come after the theme's and undo its dark colours.
import './near-me/near-me.css';
import './print/print.css';
import './details/contacts.css';
import './who-can-join.css';

interface Deferred<P extends object> {
  Panel: ComponentType<P>;
  /** Starts downloading the panel's code (once; again after a failure). */
  load: () => Promise<ComponentType<P>>;
}

function deferred<P extends object>(download: () => Promise<ComponentType<P>>): Deferred<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const load = () =>
    (loading ??= download().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(() => {
    // Code that has arrived is handed over at once (a thenable that answers as it is asked), so the panel is
    // drawn in the same render as the rest of the side panel. A promise would answer a moment later: the panel
    // would appear some frames after the others, and whatever lies below it would jump down.
    const component = loaded;
    if (component) {
      const now = {
        then: (done: (module: { default: ComponentType<P> }) => void) => done({ default: component }),
      };
      // React's lazy() reads any thenable; its type names a promise.
      return now as unknown as Promise<{ default: ComponentType<P> }>;
    }
    return load().then((panel) => ({ default: panel }));
  });
  function Panel(props: P): ReactNode {
    // The rare wait (a slow network, the data already cached) leaves a hidden marker: no box, so the layout
    // (the map's size above all) is the same before and after the panel arrives.
    return (
      <Suspense fallback={<div className="panel-pending" hidden />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return { Panel, load };
}

const nearMe = deferred(() => import('./near-me/near-me-panel').then((m) => m.NearMePanel));
const filters = deferred(() => import('./filters/filters-section').then((m) => m.FiltersSection));
const sheet = deferred(() => import('./filters/filters-sheet').then((m) => m.FiltersSheet));
const list = deferred(() => import('./list/site-list').then((m) => m.SiteList));
const details = deferred(() => import('./details/details-panel').then((m) => m.DetailsPanel));

/** Starts downloading every panel's code. */
export function loadPanels(): void {
  // A download that fails is asked for again by the panel's first render.
  for (const panel of [nearMe, filters, sheet, list, details]) panel.load().catch(() => {});
}

export const NearMePanel = nearMe.Panel;
export const FiltersSection = filters.Panel;
export const FiltersSheet = sheet.Panel;
export const SiteList = list.Panel;
export const DetailsPanel = details.Panel;
