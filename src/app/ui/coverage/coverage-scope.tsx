// What the report covers, in words: the filters behind every figure, so a printed page explains itself.
import { countryName } from '../../../core/countries';
import type { SiteTable } from '../../../core/site-table';
import { STATUS_GROUP_LABELS } from '../../../core/status';
import { trialName } from '../../../core/trial-words';
import type { Filters } from '../../../core/view-state';
import { formatCount } from './coverage-format';

export interface CoverageScopeProps {
  table: SiteTable;
  filters: Filters;
  /** Filtered sites. */
  sites: number;
}

function list(values: readonly string[], none: string): string {
  return values.length === 0 ? none : values.join(', ');
}

export function CoverageScope({ table, filters, sites }: CoverageScopeProps) {
  const trials = filters.trials.map((id) => {
    const trial = table.trials.find((t) => t.id === id);
    if (!trial) return id;
    const alias = trial.nctId && trial.orgStudyIds[0];
    return alias ? `${trial.nctId} (${alias})` : trialName(trial);
  });
  const items: [string, string][] = [
    ['Trials', list(trials, `all ${formatCount(table.trials.length)}`)],
    ['Countries', list(filters.countries.map(countryName), 'all')],
    [
      'Status',
      list(
        filters.statuses.map((group) => STATUS_GROUP_LABELS[group]),
        'any',
      ),
    ],
  ];
  if (filters.phases.length > 0) items.push(['Phase', filters.phases.join(', ')]);
  if (filters.q) items.push(['Search', `“${filters.q}”`]);
  return (
    <dl className="coverage-scope" aria-label="Scope of this report">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      <div>
        <dt>Sites</dt>
        <dd>
          {formatCount(sites)} of {formatCount(table.size)}
        </dd>
      </div>
    </dl>
  );
}
