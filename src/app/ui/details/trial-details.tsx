// A trial's details: identifiers, phase, status, sponsor, enrollment, dates, eligibility, interventions,
// its source document and how many of its sites are on the map.
import { sourceInWords, statusInWords } from '../../../core/trial-words';
import type { Trial } from '../../../core/schema';
import type { TrialDetail } from '../../data/site-engine';
import { useAppStore } from '../../state/store';
import { DataText } from '../data-text';
import { PHASE_LABELS } from '../filters/filter-panel';
import { DataAsOf } from '../freshness/data-as-of';
import { StaleMark } from '../freshness/stale-mark';
import { CtgovLink } from './site-details';

const SEX: Record<NonNullable<Trial['sex']>, string> = { ALL: 'All', FEMALE: 'Female', MALE: 'Male' };

function eligibility(trial: Trial): string | null {
  const { minimumAge: min, maximumAge: max } = trial;
  const ages = min && max ? `${min} to ${max}` : min ? `${min} and older` : max ? `up to ${max}` : null;
  const parts = [ages && `Ages ${ages}`, trial.sex && `Sex: ${SEX[trial.sex]}`].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : null;
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
  const { trial, siteCount, mappedCount, countryCount } = detail;
  const ids = [trial.nctId, ...trial.orgStudyIds.filter((id) => id !== trial.nctId)]
    .filter(Boolean)
    .join(', ');
  const enrollment = trial.enrollment
    ? `${trial.enrollment.count.toLocaleString('en')} participants${
        trial.enrollment.type === 'UNKNOWN' ? '' : ` (${trial.enrollment.type.toLowerCase()})`
      }`
    : null;
  const dates = [
    trial.startDate && `Started ${trial.startDate}`,
    trial.completionDate && `completion ${trial.completionDate}`,
  ]
    .filter(Boolean)
    .join(', ');
  const sites = !trial.sitesListed
    ? 'Sites not listed in source'
    : `${siteCount} ${siteCount === 1 ? 'site' : 'sites'} in ${countryCount} ${countryCount === 1 ? 'country' : 'countries'}, ${mappedCount} on the map`;
  return (
    <>
      <p className="details-kicker">Trial</p>
      <h2 className="details-title" tabIndex={-1}>
        <DataText text={trial.title} />
      </h2>
      <dl className="details-list">
        <Row term="Identifiers" value={ids} />
        <Row
          term="Phase"
          value={trial.phases.map((phase) => PHASE_LABELS[phase]).join(', ') || 'Not given'}
        />
        <dt>Status</dt>
        <dd>
          {statusInWords(trial.overallStatus, trial)}
          <StaleMark statusVerifiedDate={trial.statusVerifiedDate} verbose block />
        </dd>
        <Row term="Sponsor" value={[trial.sponsor, ...trial.collaborators].filter(Boolean).join('; ')} />
        <Row term="Enrollment" value={enrollment} />
        <Row term="Dates" value={dates} />
        <Row term="Eligibility" value={eligibility(trial)} />
        <Row term="Conditions" value={trial.conditions.join('; ')} />
        <Row
          term="Interventions"
          value={trial.interventions
            .map((i) => (i.otherNames.length > 0 ? `${i.name} (${i.otherNames.join(', ')})` : i.name))
            .join('; ')}
        />
        <Row term="Sites" value={sites} />
        <Row term="Source" value={sourceInWords(trial.source.kind)} />
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
              Show only this trial’s sites
            </button>
          </li>
        )}
      </ul>
    </>
  );
}
