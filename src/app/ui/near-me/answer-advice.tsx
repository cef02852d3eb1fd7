// "What you can do" when no site in reach is enrolling: the rules are core/near-advice.ts; this words them.
import type { ReactNode } from 'react';
import { ctgovStudyUrl } from '../../../core/ctgov-links';
import { NOT_YET_CAP } from '../../../core/near-limits';
import { nearAdvice, type AdviceStep } from '../../../core/near-advice';
import type { DistanceUnit } from '../../../core/units';
import type { NearestResult } from '../../data/site-engine';
import { useFormats, useT } from '../../i18n/i18n-store';
import { keyedParts } from '../../i18n/keyed-parts';
import { STATUS_KEYS } from '../../i18n/trial-words';
import { useAppStore } from '../../state/store';
import { useEngineQuery } from '../../state/use-engine-query';

/** Trials whose ending the card reports: those of the sites it lists. */
const LISTED = 4;

/** Which of the registry search's link texts fits what is known. */
function searchWording(step: Extract<AdviceStep, { kind: 'search-registry' }>): string {
  if (step.condition && step.place) return 'both';
  return step.condition ? 'condition' : step.place ? 'place' : 'neither';
}

function Step({ step, units }: { step: AdviceStep; units: DistanceUnit }) {
  const t = useT();
  const formats = useFormats();
  const store = useAppStore.getState;
  switch (step.kind) {
    case 'widen':
      return (
        <li>
          {t('advice.widen', { distance: formats.distance(step.enrollingKm, units) })}{' '}
          <button type="button" className="link-button" onClick={() => store().setRadiusKm(null)}>
            {t('advice.anyDistance')}
          </button>
        </li>
      );
    case 'include-not-yet':
      return (
        <li>
          {step.count > NOT_YET_CAP
            ? t('advice.notYetMany', { cap: NOT_YET_CAP })
            : t('advice.notYet', { count: step.count })}{' '}
          {step.hidden && (
            <button type="button" className="link-button" onClick={() => store().toggleStatus('not-yet')}>
              {t('advice.includeNotYet', { status: t('status.group.notYet') })}
            </button>
          )}
        </li>
      );
    case 'ask-contact':
      return (
        <li>
          {step.nctId
            ? keyedParts(
                t.rich<ReactNode>('advice.askContactSee', {
                  trial: step.trial,
                  id: step.nctId,
                  link: (chunks) => (
                    <a href={ctgovStudyUrl(step.nctId!)} target="_blank" rel="noopener noreferrer">
                      {chunks}
                    </a>
                  ),
                }),
              )
            : t('advice.askContact', { trial: step.trial })}
        </li>
      );
    case 'search-registry':
      return (
        <li>
          <a href={step.url} target="_blank" rel="noopener noreferrer">
            {t('advice.searchRegistry', {
              which: searchWording(step),
              condition: step.condition ?? '',
              place: step.place ?? '',
            })}
          </a>
          {!step.place && ` ${t('advice.addTown')}`}
        </li>
      );
  }
}

export function AnswerAdvice({ answer, units }: { answer: NearestResult; units: DistanceUnit }) {
  const t = useT();
  const formats = useFormats();
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
          {fact.date
            ? t('advice.endedOn', {
                trial: fact.trial,
                status: t(STATUS_KEYS[fact.status]),
                date: formats.date(fact.date),
              })
            : t('advice.ended', { trial: fact.trial, status: t(STATUS_KEYS[fact.status]) })}
        </p>
      ))}
      {advice.steps.length > 0 && (
        <>
          <p className="answer-sub">{t('advice.title')}</p>
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
