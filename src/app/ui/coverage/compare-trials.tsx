// Compare two trials: the countries each covers, the ones they share, and sites per country side by side.
import { useId, useState } from 'react';
import type { TrialComparison } from '../../../core/coverage/compare';
import type { DatasetInfo, TrialInfo } from '../../data/site-engine';
import { labelText } from '../../../core/display-text';
import { trialName } from '../../../core/trial-words';
import { useFormats, useT } from '../../i18n/i18n-store';
import type { Translate } from '../../i18n/translator';
import { latest, useEngineLoadable, useEngineQuery } from '../../state/use-engine-query';

export interface CompareTrialsProps {
  /** The dataset's, read from the engine when the comparison is drawn. */
  info: DatasetInfo;
  /** Trials to preselect (e.g. those in the trial filter), in order. */
  initial: readonly string[];
}

function shortTitle(title: string): string {
  return labelText(title, 60);
}

/** A trial's name in a heading: its NCT ID, or its (shortened) title when it has none. */
function trialHeading(trials: readonly TrialInfo[], id: string): string {
  const trial = trials.find((candidate) => candidate.id === id);
  return trial ? shortTitle(trialName(trial)) : id;
}

function trialLabel(t: Translate, trial: TrialInfo): string {
  const label = trial.nctId ? `${trial.nctId}: ${shortTitle(trial.title)}` : shortTitle(trial.title);
  return trial.sitesListed ? label : t('compare.sitesNotListed', { label });
}

export function CompareTrials({ info, initial }: CompareTrialsProps) {
  const trials = useEngineQuery((engine) => engine.trials(0, info.trialCount), [info]);
  const t = useT();
  if (!trials)
    return (
      <p className="coverage-empty" role="status">
        {t('coverage.preparing')}
      </p>
    );
  return <TrialPair trials={trials} initial={initial} />;
}

/** The two trials' pickers and their comparison. */
function TrialPair({ trials, initial }: { trials: readonly TrialInfo[]; initial: readonly string[] }) {
  const ids = trials.map((trial) => trial.id);
  const [first, setFirst] = useState(initial[0] ?? ids[0] ?? '');
  const [second, setSecond] = useState(initial[1] ?? ids.find((id) => id !== first) ?? first);
  const [answer] = useEngineLoadable(
    (engine) => engine.compareTrials(first, second),
    [trials, first, second],
  );
  const firstId = useId();
  const secondId = useId();
  const t = useT();
  // While a new pair is compared, the last figures stay, named by their own pair.
  const comparison = latest(answer);
  if (ids.length === 0) return <p className="coverage-empty">{t('compare.noTrials')}</p>;

  const options = trials.map((trial) => (
    <option key={trial.id} value={trial.id}>
      {trialLabel(t, trial)}
    </option>
  ));
  return (
    <div className="coverage-compare">
      <div className="coverage-compare-pickers">
        <label htmlFor={firstId}>{t('compare.first')}</label>
        <select id={firstId} value={first} onChange={(event) => setFirst(event.target.value)}>
          {options}
        </select>
        <label htmlFor={secondId}>{t('compare.second')}</label>
        <select id={secondId} value={second} onChange={(event) => setSecond(event.target.value)}>
          {options}
        </select>
      </div>
      {comparison ? (
        <Comparison comparison={comparison} trials={trials} />
      ) : (
        <p className="coverage-empty" role="status">
          {t('coverage.preparing')}
        </p>
      )}
    </div>
  );
}

function Comparison({ comparison, trials }: { comparison: TrialComparison; trials: readonly TrialInfo[] }) {
  const t = useT();
  const formats = useFormats();
  const rows = comparison.rows
    .map((row) => ({ ...row, name: formats.country(row.country) }))
    .sort((a, b) => formats.collator.compare(a.name, b.name));
  const names = (codes: readonly string[]) =>
    codes.length === 0 ? t('compare.none') : codes.map(formats.country).join(', ');
  const { trialA, trialB } = comparison;
  const unlisted = [...new Set([trialA, trialB])]
    .filter((id) => trials.find((trial) => trial.id === id)?.sitesListed === false)
    .map((id) => trialHeading(trials, id));
  const [firstName, secondName] = [trialHeading(trials, trialA), trialHeading(trials, trialB)];
  return (
    <>
      <dl className="coverage-compare-summary">
        <dt>{t('compare.both')}</dt>
        <dd>{names(comparison.shared)}</dd>
        <dt>{t('compare.only', { trial: firstName })}</dt>
        <dd>{names(comparison.onlyA)}</dd>
        <dt>{t('compare.only', { trial: secondName })}</dt>
        <dd>{names(comparison.onlyB)}</dd>
      </dl>
      {unlisted.length > 0 ? (
        <p className="coverage-muted">
          {t('compare.unlisted', { trials: formats.list(unlisted), count: unlisted.length })}
        </p>
      ) : null}
      {comparison.rows.length === 0 ? (
        <p className="coverage-empty">{t('compare.neither')}</p>
      ) : (
        <table className="coverage-table">
          <caption>{t('compare.caption', { first: firstName, second: secondName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coverageTable.country')}</th>
              <th scope="col" className="numeric">
                {firstName}
              </th>
              <th scope="col" className="numeric">
                {secondName}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.country}>
                <th scope="row">{row.name}</th>
                <td className="numeric">{formats.count(row.sitesA)}</td>
                <td className="numeric">{formats.count(row.sitesB)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('compare.allSites')}</th>
              <td className="numeric">{formats.count(comparison.totalA)}</td>
              <td className="numeric">{formats.count(comparison.totalB)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </>
  );
}
