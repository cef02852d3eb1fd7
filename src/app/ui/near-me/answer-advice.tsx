// "What you can do" when no site in reach is enrolling: the rules are core/near-advice.ts; this words them.
import { ctgovStudyUrl } from '../../../core/ctgov-links';
import { NOT_YET_CAP } from '../../../core/near-limits';
import { nearAdvice, type AdviceStep } from '../../../core/near-advice';
import { formatDistance, type DistanceUnit } from '../../../core/units';
import type { NearestResult } from '../../data/site-engine';
import { useAppStore } from '../../state/store';
import { useEngineQuery } from '../../state/use-engine-query';

/** Trials whose ending the card reports: those of the sites it lists. */
const LISTED = 4;

function notYetCount(count: number): string {
  return count > NOT_YET_CAP ? `More than ${NOT_YET_CAP}` : String(count);
}

function Step({ step, units }: { step: AdviceStep; units: DistanceUnit }) {
  const store = useAppStore.getState;
  switch (step.kind) {
    case 'widen':
      return (
        <li>
          Widen the distance: the nearest enrolling site is {formatDistance(step.enrollingKm, units)} away.{' '}
          <button type="button" className="link-button" onClick={() => store().setRadiusKm(null)}>
            Search at any distance
          </button>
        </li>
      );
    case 'include-not-yet':
      return (
        <li>
          {notYetCount(step.count)} {step.count === 1 ? 'site' : 'sites'} within reach{' '}
          {step.count === 1 ? 'is' : 'are'} not yet recruiting: {step.count === 1 ? 'it' : 'they'} may open
          soon.{' '}
          {step.hidden && (
            <button type="button" className="link-button" onClick={() => store().toggleStatus('not-yet')}>
              Include &ldquo;Not yet recruiting&rdquo; sites
            </button>
          )}
        </li>
      );
    case 'ask-contact':
      return (
        <li>
          Ask the contact of {step.trial} whether a site is opening near you
          {step.nctId && (
            <>
              {' '}
              (see{' '}
              <a href={ctgovStudyUrl(step.nctId)} target="_blank" rel="noopener noreferrer">
                {step.nctId} on ClinicalTrials.gov
              </a>
              )
            </>
          )}
          .
        </li>
      );
    case 'search-registry':
      return (
        <li>
          <a href={step.url} target="_blank" rel="noopener noreferrer">
            Recruiting trials{step.condition ? ` for ${step.condition}` : ''}
            {step.place ? ` near ${step.place}` : ''} on ClinicalTrials.gov
          </a>
          {!step.place && ' (add your town there: your location stays here)'}
        </li>
      );
  }
}

export function AnswerAdvice({ answer, units }: { answer: NearestResult; units: DistanceUnit }) {
  const radiusKm = useAppStore((s) => s.radiusKm);
  const place = useAppStore((s) => s.near?.place ?? null);
  const statuses = useAppStore((s) => s.filters.statuses);
  const listed = answer.others.length > 0 ? answer.others.slice(0, LISTED) : [answer.nearestBeyond];
  const trialIds = [...new Set(listed.flatMap((site) => (site ? [site.trialId] : [])))];
  const key = trialIds.join(' ');
  const trials = useEngineQuery((engine) => Promise.all(trialIds.map((id) => engine.trial(id))), [key]);
  if (!trials) return null;
  const advice = nearAdvice({
    trials: trials.flatMap((detail) => (detail ? [detail.trial] : [])),
    radiusKm,
    enrollingBeyondKm: answer.enrollingBeyond?.distanceKm ?? null,
    notYetWithin: answer.notYetWithin,
    notYetHidden: statuses.length > 0 && !statuses.includes('not-yet'),
    place,
  });
  return (
    <>
      {advice.facts.map((fact) => (
        <p key={fact.trial} className="answer-sub">
          {fact.trial} has ended: {fact.status}
          {fact.date ? ` ${fact.date}` : ''}. Its sites no longer take patients.
        </p>
      ))}
      {advice.steps.length > 0 && (
        <>
          <p className="answer-sub">What you can do:</p>
          <ul className="answer-steps">
            {advice.steps.map((step) => (
              <Step key={step.kind} step={step} units={units} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
