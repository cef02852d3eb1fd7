// Compare two trials: the countries each covers, the ones they share, and sites per country side by side.
import { useId, useState } from 'react';
import type { TrialComparison } from '../../../core/coverage/compare';
import type { DatasetInfo, TrialInfo, TrialMatches } from '../../data/site-engine';
import { labelText } from '../../../core/display-text';
import { queryWords } from '../../../core/search';
import { trialName } from '../../../core/trial-words';
import { useFormats, useT } from '../../i18n/i18n-store';
import type { Translate } from '../../i18n/translator';
import { latest, useEngineLoadable, useEngineQuery } from '../../state/use-engine-query';

/**
 * The most trials a picker lists. A registry has 100,000, and two lists of them all took seconds to draw; with
 * more trials than this, each picker has a search that finds the others.
 */
export const PICKER_TRIALS = 50;

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
function trialHeading(trial: TrialInfo | undefined, id: string): string {
  return trial ? shortTitle(trialName(trial)) : id;
}

function trialLabel(t: Translate, trial: TrialInfo): string {
  const label = trial.nctId ? `${trial.nctId}: ${shortTitle(trial.title)}` : shortTitle(trial.title);
  return trial.sitesListed ? label : t('compare.sitesNotListed', { label });
}

export function CompareTrials({ info, initial }: CompareTrialsProps) {
  const found = useEngineQuery((engine) => engine.findTrials('', PICKER_TRIALS, initial), [info, initial]);
  const t = useT();
  if (!found)
    return (
      <p className="coverage-empty" role="status">
        {t('coverage.preparing')}
      </p>
    );
  if (found.trials.length === 0) return <p className="coverage-empty">{t('compare.noTrials')}</p>;
  return <TrialPair found={found} initial={initial} total={info.trialCount} />;
}

interface PairProps {
  /** The trials listed before any search, with those of `initial` the dataset has. */
  found: TrialMatches;
  initial: readonly string[];
  /** The dataset's trials: with more than a picker lists, each picker has a search. */
  total: number;
}

/** The two trials' pickers and their comparison. */
function TrialPair({ found, initial, total }: PairProps) {
  const known = (id: string | undefined) => found.trials.find((trial) => trial.id === id);
  const [first, setFirst] = useState(() => known(initial[0]) ?? found.trials[0]!);
  const [second, setSecond] = useState(
    () => known(initial[1]) ?? found.trials.find((trial) => trial.id !== first.id) ?? first,
  );
  // Every trial chosen so far, for the headings of a comparison still shown while the next one comes.
  const [chosen, setChosen] = useState(() => new Map([first, second].map((trial) => [trial.id, trial])));
  const choose = (set: (trial: TrialInfo) => void) => (trial: TrialInfo) => {
    setChosen((named) => new Map(named).set(trial.id, trial));
    set(trial);
  };
  const [answer] = useEngineLoadable(
    (engine) => engine.compareTrials(first.id, second.id),
    [first.id, second.id],
  );
  const t = useT();
  // While a new pair is compared, the last figures stay, named by their own pair.
  const comparison = latest(answer);
  const picker = { found, total };
  return (
    <div className="coverage-compare">
      <div className="coverage-compare-pickers">
        <TrialPicker
          {...picker}
          label={t('compare.first')}
          searchLabel={t('compare.searchFirst')}
          value={first}
          onChange={choose(setFirst)}
        />
        <TrialPicker
          {...picker}
          label={t('compare.second')}
          searchLabel={t('compare.searchSecond')}
          value={second}
          onChange={choose(setSecond)}
        />
      </div>
      {comparison ? (
        <Comparison comparison={comparison} trial={(id) => chosen.get(id)} />
      ) : (
        <p className="coverage-empty" role="status">
          {t('coverage.preparing')}
        </p>
      )}
    </div>
  );
}

/** What a picker lists: the trials with the most sites, all those that match its search, or some of them. */
function foundText(t: Translate, query: string, matching: number, total: number): string {
  const shown = Math.min(matching, PICKER_TRIALS);
  if (queryWords(query).length === 0) return t('compare.topTrials', { shown, total });
  if (matching === 0) return t('compare.noMatch', { query: query.trim() });
  if (matching > shown) return t('compare.matchesTop', { total: matching, shown });
  return t('compare.matchesAll', { count: matching });
}

interface PickerProps {
  found: TrialMatches;
  total: number;
  label: string;
  searchLabel: string;
  value: TrialInfo;
  onChange: (trial: TrialInfo) => void;
}

/** A trial's picker: the trials with the most sites, or with a search those that match it. */
function TrialPicker({ found, total, label, searchLabel, value, onChange }: PickerProps) {
  const searchable = total > PICKER_TRIALS;
  const [query, setQuery] = useState('');
  const [answer] = useEngineLoadable(
    searchable ? (engine) => engine.findTrials(query, PICKER_TRIALS, [value.id]) : null,
    [query, value.id, searchable],
  );
  const listed = (searchable && latest(answer)) || found;
  // The chosen trial is always an option, first when the search does not find it.
  const trials = listed.trials.some((trial) => trial.id === value.id)
    ? listed.trials
    : [value, ...listed.trials];
  const selectId = useId();
  const statusId = useId();
  const t = useT();
  return (
    <>
      <label htmlFor={selectId}>{label}</label>
      <div className="coverage-compare-picker">
        {searchable ? (
          <input
            type="search"
            aria-label={searchLabel}
            aria-describedby={statusId}
            placeholder={t('compare.searchPlaceholder')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        ) : null}
        <select
          id={selectId}
          value={value.id}
          onChange={(event) => {
            const trial = trials.find((candidate) => candidate.id === event.target.value);
            if (trial) onChange(trial);
          }}
        >
          {trials.map((trial) => (
            <option key={trial.id} value={trial.id}>
              {trialLabel(t, trial)}
            </option>
          ))}
        </select>
        {searchable ? (
          <p id={statusId} className="coverage-muted coverage-compare-found" role="status">
            {foundText(t, query, listed.matching, total)}
          </p>
        ) : null}
      </div>
    </>
  );
}

interface ComparisonProps {
  comparison: TrialComparison;
  /** A chosen trial, by id. */
  trial: (id: string) => TrialInfo | undefined;
}

function Comparison({ comparison, trial }: ComparisonProps) {
  const t = useT();
  const formats = useFormats();
  const rows = comparison.rows
    .map((row) => ({ ...row, name: formats.country(row.country) }))
    .sort((a, b) => formats.collator.compare(a.name, b.name));
  const names = (codes: readonly string[]) =>
    codes.length === 0 ? t('compare.none') : codes.map(formats.country).join(', ');
  const { trialA, trialB } = comparison;
  const unlisted = [...new Set([trialA, trialB])]
    .filter((id) => trial(id)?.sitesListed === false)
    .map((id) => trialHeading(trial(id), id));
  const [firstName, secondName] = [trialHeading(trial(trialA), trialA), trialHeading(trial(trialB), trialB)];
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
