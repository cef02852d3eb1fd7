// The Trial group: one checkbox per trial with its count, a button for its details, and trials whose
// sources list no sites marked as such.
import { SiteCount } from './site-count';
import { useId } from 'react';
import type { TrialInfo } from '../../data/site-engine';
import { useResults } from '../../state/results';
import { useAppStore } from '../../state/store';

/** What names a trial in short: its NCT ID, or its title when it has none. */
export function trialShortName(trial: Pick<TrialInfo, 'nctId' | 'title'>): string {
  return trial.nctId ?? trial.title;
}

export function TrialFilter() {
  const id = useId();
  const trials = useResults((r) => r.info?.trials ?? []);
  const counts = useResults((r) => r.summary?.facets.trials);
  const selected = useAppStore((s) => s.filters.trials);
  const { toggleTrial, selectTrial } = useAppStore.getState();
  if (trials.length === 0) return null;
  return (
    <fieldset className="facet-group">
      <legend>Trial</legend>
      <ul className="facet-options">
        {trials.map((trial, i) => {
          const count = counts?.[i] ?? 0;
          const checked = selected.includes(trial.id);
          return (
            <li
              key={trial.id}
              className={count === 0 && !checked ? 'facet-option trial empty' : 'facet-option trial'}
            >
              <input
                type="checkbox"
                id={`${id}-${i}`}
                checked={checked}
                onChange={() => toggleTrial(trial.id)}
                aria-describedby={`${id}-${i}-count`}
              />
              <label htmlFor={`${id}-${i}`}>
                <span className="facet-label">
                  {trialShortName(trial)}
                  {trial.nctId && <span className="facet-note">{trial.title}</span>}
                  {!trial.sitesListed && <span className="facet-note badge">Sites not listed in source</span>}
                </span>
              </label>
              <SiteCount id={`${id}-${i}-count`} count={count} />
              <button
                type="button"
                className="link-button trial-about"
                onClick={() => selectTrial(trial.id)}
                aria-label={`About ${trialShortName(trial)}`}
              >
                About
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
