// The details card of the selected trial or site (a trial opened from a site's details shows over it).
import { useLayoutEffect, useRef } from 'react';
import { useT } from '../../i18n/i18n-store';
import { retrySiteText, useSiteTextAttempt } from '../../state/site-text-retry';
import { useAppStore } from '../../state/store';
import { DataLanguageNote } from '../data-language-note';
import { useEngineLoadable, useEngineQuery } from '../../state/use-engine-query';
import { SiteDetails } from './site-details';
import { TrialDetails } from './trial-details';

export function DetailsPanel() {
  const siteId = useAppStore((s) => s.selectedSiteId);
  const trialId = useAppStore((s) => s.selectedTrialId);
  const origin = useAppStore((s) => s.selectionOrigin);
  const t = useT();
  // Asked again when the person asks for the sites' text again, here or in the list.
  const textAttempt = useSiteTextAttempt((text) => text.attempt);
  const [siteAnswer] = useEngineLoadable(siteId ? (engine) => engine.site(siteId) : null, [
    siteId,
    textAttempt,
  ]);
  const site = siteAnswer.status === 'ready' ? siteAnswer.value : undefined;
  // The site's name and details come with the sites' text, which could not be downloaded (the failure stays in
  // view while it is asked for again, so the focus stays on Retry).
  const siteFailed =
    siteId !== null &&
    (siteAnswer.status === 'error' || (siteAnswer.status === 'loading' && siteAnswer.retrying));
  const trial = useEngineQuery(trialId ? (engine) => engine.trial(trialId) : null, [trialId]);
  const panel = useRef<HTMLElement>(null);
  // Where focus was when the details opened (a list row, a marker), to give it back on closing.
  const returnTo = useRef<HTMLElement | null>(null);
  let showing: string | null = null;
  if (trialId) showing = trial ? `trial:${trialId}` : null;
  else if (site) showing = `site:${siteId}`;
  else if (siteFailed) showing = `failed:${siteId}`;

  // Move focus to what was opened, unless it was opened by a link (then the page keeps its focus), as it is drawn.
  useLayoutEffect(() => {
    if (!showing || origin === 'link') return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && !panel.current?.contains(active)) returnTo.current = active;
    panel.current?.querySelector<HTMLElement>('.details-title')?.focus();
  }, [showing, origin]);

  if (!showing) return null;
  const close = () => {
    const { selectTrial, selectSite } = useAppStore.getState();
    if (trialId) selectTrial(null);
    else selectSite(null, 'details');
    const target = returnTo.current;
    if (!trialId && target?.isConnected) requestAnimationFrame(() => target.focus());
  };
  return (
    <section
      className="details-panel"
      ref={panel}
      aria-label={t(trialId ? 'details.trialRegion' : 'details.siteRegion')}
      onKeyDown={(event) => event.key === 'Escape' && close()}
    >
      <button type="button" className="details-close" onClick={close}>
        {trialId && site ? (
          t('details.backToSite')
        ) : (
          <>
            <span aria-hidden="true">{t('details.close')}</span>
            <span className="visually-hidden">{t('details.closeDetails')}</span>
          </>
        )}
      </button>
      <DataLanguageNote />
      {trialId && trial ? (
        <TrialDetails detail={trial} />
      ) : site ? (
        <SiteDetails site={site} />
      ) : (
        <>
          <h2 className="details-title" tabIndex={-1}>
            {t('details.siteRegion')}
          </h2>
          <div className="failed-note" role="alert">
            <p>{t('details.textFailed')}</p>
            <button
              type="button"
              className="button"
              onClick={retrySiteText}
              aria-busy={siteAnswer.status === 'loading'}
            >
              {t('load.retry')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
