// The Trial group: one checkbox per trial with its count, a button for its details, and trials whose
// sources list no sites marked as such.
import { SiteCount } from './site-count';
import { memo, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { labelText } from '../../../core/display-text';
import { trialName } from '../../../core/trial-words';
import { topByCount } from '../../../core/top-by-count';
import { TRIAL_OPTIONS, type TrialOption } from '../../data/site-engine';
import { useResults } from '../../state/results';
import { useT } from '../../i18n/i18n-store';
import { useAppStore } from '../../state/store';
import { DataText } from '../data-text';

/**
 * Trials drawn at first, and added by each "Show more": a registry-sized dataset has 100,000 trials, and every
 * row drawn is written again at each filter change (at a million sites, 100 rows made a status change 35–61
 * ms slower than 20).
 */
export const TRIALS_STEP = 20;
/** The most trials drawn at once (all the engine offers); search finds the others. */
export const MAX_SHOWN_TRIALS = TRIAL_OPTIONS;

/** Positions in `options` to draw: the chosen ones and the `limit` with the most sites (core/top-by-count). */
function shownTrials(options: readonly TrialOption[], total: number, selected: string[], limit: number) {
  const chosen = new Set(selected);
  const keep: number[] = [];
  if (chosen.size > 0) options.forEach((trial, i) => chosen.has(trial.id) && keep.push(i));
  const counts = options.map((trial) => trial.count);
  return topByCount(options.length, counts, keep, limit, total);
}

const NO_TRIALS: readonly TrialOption[] = [];
const onToggle = (trialId: string) => useAppStore.getState().toggleTrial(trialId);
const onAbout = (trialId: string) => useAppStore.getState().selectTrial(trialId);

export function TrialFilter() {
  const id = useId();
  // The engine's options for the current filters (a registry's 100,000 trials stay with it); until the first
  // filter summary, those of the dataset, so that the group is there when the rest of the panel is.
  const trials = useResults((r) => r.summary?.trials ?? r.info?.trials ?? NO_TRIALS);
  const total = useResults((r) => r.info?.trialCount ?? 0);
  const selected = useAppStore((s) => s.filters.trials);
  const [limit, setLimit] = useState(TRIALS_STEP);
  const shown = useMemo(() => shownTrials(trials, total, selected, limit), [trials, total, selected, limit]);
  const t = useT();
  // After "Show more", the keyboard moves on to the first trial it added (the button may be gone).
  const list = useRef<HTMLUListElement>(null);
  const focusRow = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (focusRow.current === null) return;
    list.current?.querySelectorAll('input')[focusRow.current]?.focus();
    focusRow.current = null;
  }, [shown]);
  if (trials.length === 0) return null;
  const more = Math.min(TRIALS_STEP, MAX_SHOWN_TRIALS - limit, total - limit);
  const showMore = () => {
    focusRow.current = shown.length;
    setLimit(limit + more);
  };
  return (
    <fieldset className="facet-group">
      <legend>{t('filters.trial')}</legend>
      {shown.length < total && (
        <p className="facet-note">{t('filters.topTrials', { shown: limit, total })}</p>
      )}
      <ul className="facet-options" ref={list}>
        {shown.map((i) => {
          const trial = trials[i]!;
          return (
            <TrialRow
              key={trial.id}
              id={`${id}-${i}`}
              trialId={trial.id}
              name={trialName(trial)}
              title={trial.nctId ? trial.title : null}
              sitesListed={trial.sitesListed}
              count={trial.count}
              checked={selected.includes(trial.id)}
            />
          );
        })}
      </ul>
      {more > 0 && (
        <button type="button" className="link-button facet-more" onClick={showMore}>
          {t('filters.moreTrials', { count: more })}
        </button>
      )}
    </fieldset>
  );
}

interface RowProps {
  id: string;
  trialId: string;
  /** Its NCT ID, or its title when it has none. */
  name: string;
  /** The title under an NCT ID. */
  title: string | null;
  sitesListed: boolean;
  count: number;
  checked: boolean;
}

/**
 * One trial; re-rendered only when its count or its checkbox changes (each summary brings new options, so the
 * row takes their values, not the objects).
 */
const TrialRow = memo(function TrialRow({ id, trialId, name, title, sitesListed, count, checked }: RowProps) {
  const t = useT();
  return (
    <li className={count === 0 && !checked ? 'facet-option trial empty' : 'facet-option trial'}>
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={() => onToggle(trialId)}
        aria-describedby={`${id}-count`}
      />
      <label htmlFor={id}>
        <span className="facet-label">
          {labelText(name)}
          {title !== null && (
            <span className="facet-note">
              <DataText text={title} label />
            </span>
          )}
          {!sitesListed && <span className="facet-note badge">{t('filters.sitesNotListed')}</span>}
        </span>
      </label>
      <SiteCount id={`${id}-count`} count={count} />
      <button
        type="button"
        className="link-button trial-about"
        onClick={() => onAbout(trialId)}
        aria-label={t('filters.aboutTrial', { trial: name })}
      >
        {t('filters.about')}
      </button>
    </li>
  );
});
