// A trial's details: identifiers, phase, status, sponsor, enrollment, dates, eligibility, interventions,
// its source document and how many of its sites are on the map.
import type { Trial } from '../../../core/schema';
import type { TrialDetail } from '../../data/site-engine';
import type { Formats } from '../../i18n/formats';
import { useFormats, useT } from '../../i18n/i18n-store';
import type { MessageKey, Translate } from '../../i18n/translator';
import { phasesText, sourceText, statusText } from '../../i18n/trial-words';
import { useAppStore } from '../../state/store';
import { DataText } from '../data-text';
import { DataAsOf } from '../freshness/data-as-of';
import { StaleMark } from '../freshness/stale-mark';
import { whoCanJoinText } from '../who-can-join';
import { CtgovLink } from './site-details';

const ENROLLMENT_KEYS: Record<NonNullable<Trial['enrollment']>['type'], MessageKey> = {
  ACTUAL: 'trial.enrollmentActual',
  ESTIMATED: 'trial.enrollmentEstimated',
  UNKNOWN: 'trial.enrollment',
};

function dates(t: Translate, formats: Formats, trial: Trial): string {
  const { startDate: start, completionDate: completion } = trial;
  if (start && completion)
    return t('trial.datesBoth', { start: formats.date(start), completion: formats.date(completion) });
  if (start) return t('trial.datesStart', { start: formats.date(start) });
  if (completion) return t('trial.datesCompletion', { completion: formats.date(completion) });
  return '';
}

function Row({ term, value }: { term: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}

export function TrialDetails({ detail }: { detail: TrialDetail }) {
  const t = useT();
  const formats = useFormats();
  const { trial, siteCount, mappedCount, countryCount } = detail;
  const ids = [trial.nctId, ...trial.orgStudyIds.filter((id) => id !== trial.nctId)]
    .filter(Boolean)
    .join(', ');
  const enrollment =
    trial.enrollment && t(ENROLLMENT_KEYS[trial.enrollment.type], { count: trial.enrollment.count });
  const sites = !trial.sitesListed
    ? t('filters.sitesNotListed')
    : t('trial.sites', { count: siteCount, countries: countryCount, mapped: mappedCount });
  return (
    <>
      <p className="details-kicker">{t('details.trial')}</p>
      <h2 className="details-title" tabIndex={-1}>
        <DataText text={trial.title} />
      </h2>
      <dl className="details-list">
        <Row term={t('trial.identifiers')} value={ids} />
        <Row term={t('filters.phase')} value={phasesText(t, trial.phases) || t('trial.notGiven')} />
        <dt>{t('details.status')}</dt>
        <dd>
          {statusText(t, formats, trial.overallStatus, trial)}
          <StaleMark statusVerifiedDate={trial.statusVerifiedDate} verbose block />
        </dd>
        <Row
          term={t('trial.sponsor')}
          value={[trial.sponsor, ...trial.collaborators].filter(Boolean).join('; ')}
        />
        <Row term={t('trial.enrollmentTerm')} value={enrollment} />
        <Row term={t('trial.dates')} value={dates(t, formats, trial)} />
        <Row term={t('filters.who')} value={whoCanJoinText(t, trial)} />
        <Row term={t('trial.conditions')} value={trial.conditions.join('; ')} />
        <Row
          term={t('trial.interventions')}
          value={trial.interventions
            .map((i) => (i.otherNames.length > 0 ? `${i.name} (${i.otherNames.join(', ')})` : i.name))
            .join('; ')}
        />
        <Row term={t('scope.sites')} value={sites} />
        <Row term={t('trial.source')} value={sourceText(t, trial.source.kind)} />
      </dl>
      <DataAsOf />
      {trial.summary && <p className="details-summary">{trial.summary}</p>}
      <ul className="details-links">
        {trial.nctId && <CtgovLink nctId={trial.nctId} />}
        {trial.sitesListed && siteCount > 0 && (
          <li>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                const { setFilters, selectTrial } = useAppStore.getState();
                setFilters({ trials: [trial.id] });
                selectTrial(null);
              }}
            >
              {t('trial.showOnlyItsSites')}
            </button>
          </li>
        )}
      </ul>
    </>
  );
}
