// What the report covers, in words: the filters behind every figure, so a printed page explains itself.
import type { Trial } from '../../../core/schema';
import { trialName } from '../../../core/trial-words';
import type { Filters } from '../../../core/view-state';
import { useFormats, useT } from '../../i18n/i18n-store';
import { STATUS_GROUP_KEYS } from '../../i18n/label-keys';
import type { DatasetInfo } from '../../data/site-engine';
import { useResults } from '../../state/results';
import { useEngineQuery } from '../../state/use-engine-query';

export interface CoverageScopeProps {
  info: DatasetInfo;
  filters: Filters;
  /** Filtered sites. */
  sites: number;
}

/** "NCT01207388 (MT103-203)" when the trial has an id of its sponsor's too, else its name. */
function scopeName(trial: Trial): string {
  const alias = trial.nctId && trial.orgStudyIds[0];
  return alias ? `${trial.nctId} (${alias})` : trialName(trial);
}

export function CoverageScope({ info, filters, sites }: CoverageScopeProps) {
  const t = useT();
  const formats = useFormats();
  const list = (values: readonly string[], none: string) => (values.length === 0 ? none : values.join(', '));
  // The chosen trials' details (their sponsors' ids), from the engine; their names (the Trial filter's options
  // hold the chosen trials) until those arrive.
  const options = useResults((r) => r.summary?.trials);
  const details = useEngineQuery(
    (engine) => Promise.all(filters.trials.map((id) => engine.trial(id))),
    [filters.trials, info],
  );
  const trials = filters.trials.map((id, index) => {
    const detail = details?.[index];
    if (detail) return scopeName(detail.trial);
    const trial = options?.find((candidate) => candidate.id === id);
    return trial ? trialName(trial) : id;
  });
  const items: [string, string][] = [
    [t('scope.trials'), list(trials, t('scope.allTrials', { count: info.trialCount }))],
    [t('scope.countries'), list(filters.countries.map(formats.country), t('scope.allCountries'))],
    [
      t('scope.status'),
      list(
        filters.statuses.map((group) => t(STATUS_GROUP_KEYS[group])),
        t('scope.anyStatus'),
      ),
    ],
  ];
  if (filters.phases.length > 0) items.push([t('scope.phase'), filters.phases.join(', ')]);
  if (filters.q) items.push([t('scope.search'), t('scope.searchText', { query: filters.q })]);
  return (
    <dl className="coverage-scope" aria-label={t('scope.region')}>
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      <div>
        <dt>{t('scope.sites')}</dt>
        <dd>{t('scope.sitesOf', { count: sites, total: info.siteCount })}</dd>
      </div>
    </dl>
  );
}
