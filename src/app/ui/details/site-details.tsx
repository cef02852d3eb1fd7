// A site's details: name, place, status (and whether it is the trial's), its trial, and outside links.
import { ctgovStudyUrl } from '../../../core/ctgov-links';
import { statusGroup } from '../../../core/status';
import { trialName } from '../../../core/trial-words';
import type { SiteDetail } from '../../data/site-engine';
import { useAppStore } from '../../state/store';
import { useFormats, useT } from '../../i18n/i18n-store';
import { STATUS_GROUP_KEYS } from '../../i18n/label-keys';
import { siteNameIn } from '../../i18n/site-name';
import type { MessageKey } from '../../i18n/translator';
import { phasesText, statusText } from '../../i18n/trial-words';
import { DataText } from '../data-text';
import { StaleMark } from '../freshness/stale-mark';
import { StatusSymbol } from '../status-symbol';
import { SiteAddress, SiteContacts } from './site-contacts';

/** The trial's record on ClinicalTrials.gov, as an item of a details panel's links. */
export function CtgovLink({ nctId }: { nctId: string }) {
  const t = useT();
  return (
    <li>
      <a href={ctgovStudyUrl(nctId)} target="_blank" rel="noopener noreferrer">
        {t('details.onCtgov', { id: nctId })}
      </a>
    </li>
  );
}

export function directionsUrl(lat: number, lon: number): string {
  return `https://www.openstreetmap.org/directions?to=${lat.toFixed(5)}%2C${lon.toFixed(5)}#map=12/${lat.toFixed(5)}/${lon.toFixed(5)}`;
}

const PLACED_BY: Record<SiteDetail['geocodeMethod'], MessageKey> = {
  source: 'details.placedSource',
  gazetteer: 'details.placedGazetteer',
  override: 'details.placedOverride',
  unresolved: 'details.placedUnresolved',
};

export function SiteDetails({ site }: { site: SiteDetail }) {
  const t = useT();
  const formats = useFormats();
  const { trial } = site;
  const place = [site.city, site.state, formats.country(site.country)].filter(Boolean).join(', ');
  return (
    <>
      <p className="details-kicker">
        {site.siteNumber && site.facility
          ? t('details.siteNumber', { number: site.siteNumber })
          : t('details.site')}
      </p>
      <h2 className="details-title" tabIndex={-1}>
        <DataText text={siteNameIn(site, t)} />
      </h2>
      <p className="details-place">
        <DataText text={place} />
      </p>
      <dl className="details-list">
        <dt>{t('details.status')}</dt>
        <dd>
          <span className="status-line">
            <StatusSymbol group={site.group} />
            {statusText(t, formats, site.status, trial)}
          </span>
          <StaleMark statusVerifiedDate={trial.statusVerifiedDate} verbose block />
          <span className="details-note">
            {t(site.inherited ? 'details.statusInherited' : 'details.statusOwn')}
          </span>
        </dd>
        <dt>{t('contact.title')}</dt>
        <dd>
          <SiteContacts site={site} trial={trial} />
        </dd>
        <dt>{t('contact.address')}</dt>
        <dd>
          <SiteAddress site={site} />
        </dd>
        <dt>{t('details.location')}</dt>
        <dd>{t(PLACED_BY[site.geocodeMethod])}</dd>
        <dt>{t('details.trial')}</dt>
        <dd>
          <button
            type="button"
            className="link-button"
            onClick={() => useAppStore.getState().selectTrial(trial.id)}
          >
            {trialName(trial)}
          </button>
          <span className="details-note">
            <DataText text={trial.title} />
          </span>
          <span className="details-note">
            {phasesText(t, trial.phases) || t('details.phaseNotGiven')} ·{' '}
            {t(STATUS_GROUP_KEYS[statusGroup(trial.overallStatus)])}
          </span>
        </dd>
      </dl>
      <ul className="details-links">
        {trial.nctId && <CtgovLink nctId={trial.nctId} />}
        {site.lat !== null && site.lon !== null && (
          <li>
            <a href={directionsUrl(site.lat, site.lon)} target="_blank" rel="noopener noreferrer">
              {t('details.directions')}
            </a>
          </li>
        )}
      </ul>
    </>
  );
}
