// "Skip to map" and "Skip to list" (or to the report, in the coverage view): the first Tab stops, so the map's
// markers and the list are a few keys away. On phones they also switch to the view they skip to.
import { flushSync } from 'react-dom';
import type { View } from '../../core/view-state';
import { useT } from '../i18n/i18n-store';
import { useAppStore } from '../state/store';
import { usePhoneLayout } from './wide-screen';

export const MAP_ID = 'site-map';
export const SITES_ID = 'sites';
export const REPORT_ID = 'coverage-report';

function focusTarget(element: HTMLElement) {
  element.focus();
  element.scrollIntoView?.({ block: 'nearest' });
}

/**
 * Focuses the element `id` once it is in the page: the list and the report are drawn only once the sites are
 * in, and as they arrive a moment after the count. Given up as soon as focus leaves the link, so a target that
 * comes later never takes focus from where the person has gone since.
 */
function focusWhenDrawn(id: string, link: HTMLElement) {
  const observer = new MutationObserver(() => {
    const element = document.getElementById(id);
    if (!element) return;
    stop();
    focusTarget(element);
  });
  const stop = () => {
    observer.disconnect();
    link.removeEventListener('blur', stop);
  };
  observer.observe(document.body, { childList: true, subtree: true });
  link.addEventListener('blur', stop);
}

function SkipLink({ target, view, label }: { target: string; view: View | null; label: string }) {
  const phone = usePhoneLayout();
  return (
    <a
      className="skip-link"
      href={`#${target}`}
      onClick={(event) => {
        event.preventDefault();
        // The phone shows one view at a time: open the one that holds the target before focusing it.
        if (phone && view && useAppStore.getState().view !== view)
          flushSync(() => useAppStore.getState().setView(view));
        const element = document.getElementById(target);
        if (element) focusTarget(element);
        else focusWhenDrawn(target, event.currentTarget);
      }}
    >
      {label}
    </a>
  );
}

export function SkipLinks() {
  const coverage = useAppStore((s) => s.view === 'coverage');
  const t = useT();
  return (
    <>
      <SkipLink target={MAP_ID} view="map" label={t('skip.map')} />
      {coverage ? (
        <SkipLink target={REPORT_ID} view={null} label={t('skip.report')} />
      ) : (
        <SkipLink target={SITES_ID} view="list" label={t('skip.list')} />
      )}
    </>
  );
}
