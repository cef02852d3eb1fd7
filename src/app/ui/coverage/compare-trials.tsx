// Compare two trials: the countries each covers, the ones they share, and sites per country side by side.
import { useId, useMemo, useState } from 'react';
import { countryName } from '../../../core/countries';
import { labelText } from '../../../core/display-text';
import { compareTrials } from '../../../core/coverage/compare';
import type { SiteTable } from '../../../core/site-table';
import { trialName } from '../../../core/trial-words';
import { formatCount } from './coverage-format';

export interface CompareTrialsProps {
  table: SiteTable;
  /** Trials to preselect (e.g. those in the trial filter), in order. */
  initial: readonly string[];
}

function shortTitle(title: string): string {
  return labelText(title, 60);
}

/** A trial's name in a heading: its NCT ID, or its (shortened) title when it has none. */
function trialHeading(table: SiteTable, id: string): string {
  const trial = table.trials.find((t) => t.id === id);
  return trial ? shortTitle(trialName(trial)) : id;
}

function trialLabel(table: SiteTable, id: string): string {
  const trial = table.trials.find((t) => t.id === id);
  if (!trial) return id;
  const name = trial.nctId ? `${trial.nctId}: ${shortTitle(trial.title)}` : shortTitle(trial.title);
  return `${name}${trial.sitesListed ? '' : ' (sites not listed in source)'}`;
}

function names(codes: readonly string[]): string {
  return codes.length === 0 ? 'none' : codes.map(countryName).join(', ');
}

export function CompareTrials({ table, initial }: CompareTrialsProps) {
  const ids = table.trials.map((trial) => trial.id);
  const [first, setFirst] = useState(initial[0] ?? ids[0] ?? '');
  const [second, setSecond] = useState(initial[1] ?? ids.find((id) => id !== first) ?? first);
  const comparison = useMemo(() => compareTrials(table, first, second), [table, first, second]);
  const firstId = useId();
  const secondId = useId();

  const unlisted = [...new Set([first, second])]
    .filter((id) => table.trials.find((trial) => trial.id === id)?.sitesListed === false)
    .map((id) => trialHeading(table, id));
  const [firstName, secondName] = [trialHeading(table, first), trialHeading(table, second)];
  if (ids.length === 0) return <p className="coverage-empty">The dataset has no trials to compare.</p>;

  const options = ids.map((id) => (
    <option key={id} value={id}>
      {trialLabel(table, id)}
    </option>
  ));
  return (
    <div className="coverage-compare">
      <div className="coverage-compare-pickers">
        <label htmlFor={firstId}>First trial</label>
        <select id={firstId} value={first} onChange={(event) => setFirst(event.target.value)}>
          {options}
        </select>
        <label htmlFor={secondId}>Second trial</label>
        <select id={secondId} value={second} onChange={(event) => setSecond(event.target.value)}>
          {options}
        </select>
      </div>
      <dl className="coverage-compare-summary">
        <dt>Both trials</dt>
        <dd>{names(comparison.shared)}</dd>
        <dt>Only {firstName}</dt>
        <dd>{names(comparison.onlyA)}</dd>
        <dt>Only {secondName}</dt>
        <dd>{names(comparison.onlyB)}</dd>
      </dl>
      {unlisted.length > 0 ? (
        <p className="coverage-muted">
          {unlisted.join(' and ')}: {unlisted.length === 1 ? 'its source lists' : 'their sources list'} no
          sites, so
          {unlisted.length === 1 ? ' it covers' : ' they cover'} no country here.
        </p>
      ) : null}
      {comparison.rows.length === 0 ? (
        <p className="coverage-empty">Neither trial lists any sites.</p>
      ) : (
        <table className="coverage-table">
          <caption>
            Sites per country: {firstName} and {secondName}
          </caption>
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col" className="numeric">
                {firstName}
              </th>
              <th scope="col" className="numeric">
                {secondName}
              </th>
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((row) => (
              <tr key={row.country}>
                <th scope="row">{row.name}</th>
                <td className="numeric">{formatCount(row.sitesA)}</td>
                <td className="numeric">{formatCount(row.sitesB)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All sites</th>
              <td className="numeric">{formatCount(comparison.totalA)}</td>
              <td className="numeric">{formatCount(comparison.totalB)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </div>
  );
}
