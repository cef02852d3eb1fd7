// A site's details: name, place, status (and whether it is the trial's), its trial, and outside links.
import { countryName } from '../../../core/countries';
import { ctgovStudyUrl } from '../../../core/ctgov-links';
import { STATUS_GROUP_LABELS, statusGroup } from '../../../core/status';
import { statusInWords, trialName } from '../../../core/trial-words';
import type { SiteDetail } from '../../data/site-engine';
import { useAppStore } from '../../state/store';
import { useT } from '../../i18n/i18n-store';
import { DataText } from '../data-text';
import { PHASE_LABELS } from '../filters/filter-panel';
import { StaleMark } from '../freshness/stale-mark';
import { StatusSymbol } from '../status-symbol';
import { SiteAddress, SiteContacts } from './site-contacts';

/** The trial's record on ClinicalTrials.gov, as an item of a details panel's links. */
export function CtgovLink({ nctId }: { nctId: string }) {
  return (
    <li>
      <a href={ctgovStudyUrl(nctId)} target="_blank" rel="noopener noreferrer">
        {nctId} on ClinicalTrials.gov
      </a>
    </li>
  );
}

export function directionsUrl(lat: number, lon: number): string {
  return `https://www.openstreetmap.org/directions?to=${lat.toFixed(5)}%2C${lon.toFixed(5)}#map=12/${lat.toFixed(5)}/${lon.toFixed(5)}`;
}

const PLACED_BY: Record<SiteDetail['geocodeMethod'], string> = {
  source: 'Placed at the coordinates its source gives.',
  gazetteer: 'Placed at the centre of its city (GeoNames): distances are to the city, not the building.',
  override: 'Placed by a reviewed correction of its location.',
  unresolved: 'Its location could not be found, so it is listed but not on the map.',
};

export function SiteDetails({ site }: { site: SiteDetail }) {
  const t = useT();
  const { trial } = site;
  const place = [site.city, site.state, countryName(site.country)].filter(Boolean).join(', ');
  return (
    <>
      <p className="details-kicker">Site{site.siteNumber && site.facility ? ` ${site.siteNumber}` : ''}</p>
      <h2 className="details-title" tabIndex={-1}>
        <DataText text={site.name} />
      </h2>
      <p className="details-place">
        <DataText text={place} />
      </p>
      <dl className="details-list">
        <dt>Status</dt>
        <dd>
          <span className="status-line">
            <StatusSymbol group={site.group} />
            {statusInWords(site.status, trial)}
          </span>
          <StaleMark statusVerifiedDate={trial.statusVerifiedDate} verbose block />
          <span className="details-note">
            {site.inherited
              ? 'The source gives no status for this site: this is the trial’s overall status.'
              : 'Status reported for this site.'}
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
        <dt>Location</dt>
        <dd>{PLACED_BY[site.geocodeMethod]}</dd>
        <dt>Trial</dt>
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
            {trial.phases.map((phase) => PHASE_LABELS[phase]).join(', ') || 'Phase not given'} ·{' '}
            {STATUS_GROUP_LABELS[statusGroup(trial.overallStatus)]}
          </span>
        </dd>
      </dl>
      <ul className="details-links">
        {trial.nctId && <CtgovLink nctId={trial.nctId} />}
        {site.lat !== null && site.lon !== null && (
          <li>
            <a href={directionsUrl(site.lat, site.lon)} target="_blank" rel="noopener noreferrer">
              Directions (OpenStreetMap)
            </a>
          </li>
        )}
      </ul>
    </>
  );
}
