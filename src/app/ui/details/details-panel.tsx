// The details card of the selected trial or site (a trial opened from a site's details shows over it).
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/i18n-store';
import { useAppStore } from '../../state/store';
import { DataLanguageNote } from '../data-language-note';
import { useEngineQuery } from '../../state/use-engine-query';
import { SiteDetails } from './site-details';
import { TrialDetails } from './trial-details';

export function DetailsPanel() {
  const siteId = useAppStore((s) => s.selectedSiteId);
  const trialId = useAppStore((s) => s.selectedTrialId);
  const origin = useAppStore((s) => s.selectionOrigin);
  const t = useT();
  const site = useEngineQuery(siteId ? (engine) => engine.site(siteId) : null, [siteId]);
  const trial = useEngineQuery(trialId ? (engine) => engine.trial(trialId) : null, [trialId]);
  const panel = useRef<HTMLElement>(null);
  // Where focus was when the details opened (a list row, a marker), to give it back on closing.
  const returnTo = useRef<HTMLElement | null>(null);
  const showing = trialId ? (trial ? `trial:${trialId}` : null) : site ? `site:${siteId}` : null;

  // Move focus to what was opened, unless it was opened by a link (then the page keeps its focus).
  useEffect(() => {
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
      {trialId && trial ? <TrialDetails detail={trial} /> : site && <SiteDetails site={site} />}
    </section>
  );
}
