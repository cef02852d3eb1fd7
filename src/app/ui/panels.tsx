// The side panels (near me, filters, the site list, details) are not in the app shell: their code starts loading
// when the shell does and arrives while the dataset is still on its way, so the shell paints the map and the
// count sooner. They are drawn only once the data is ready, by which time their code has long arrived.
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
// Their styles stay in the page's one stylesheet, in the order they always had: a stylesheet that arrived with
// the code would come after the theme's and undo its dark colours.
import './near-me/near-me.css';
import './print/print.css';
import './details/contacts.css';
import './who-can-join.css';

const nearMe = import('./near-me/near-me-panel');
const filters = import('./filters/filters-section');
const sheet = import('./filters/filters-sheet');
const list = import('./list/site-list');
const details = import('./details/details-panel');

function deferred<P extends object>(loaded: Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(() => loaded.then((component) => ({ default: component })));
  return function Deferred(props: P): ReactNode {
    // The rare wait (a slow network, the data already cached) leaves a hidden marker: no box, so the layout
    // (the map's size above all) is the same before and after the panel arrives.
    return (
      <Suspense fallback={<div className="panel-pending" hidden />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

export const NearMePanel = deferred(nearMe.then((m) => m.NearMePanel));
export const FiltersSection = deferred(filters.then((m) => m.FiltersSection));
export const FiltersSheet = deferred(sheet.then((m) => m.FiltersSheet));
export const SiteList = deferred(list.then((m) => m.SiteList));
export const DetailsPanel = deferred(details.then((m) => m.DetailsPanel));
