// What the report covers, in words: the filters behind every figure, so a printed page explains itself.
import type { SiteTable } from '../../../core/site-table';
import { trialName } from '../../../core/trial-words';
import type { Filters } from '../../../core/view-state';
import { useFormats, useT } from '../../i18n/i18n-store';
import { STATUS_GROUP_KEYS } from '../../i18n/label-keys';

export interface CoverageScopeProps {
  table: SiteTable;
  filters: Filters;
  /** Filtered sites. */
  sites: number;
}

export function CoverageScope({ table, filters, sites }: CoverageScopeProps) {
  const t = useT();
  const formats = useFormats();
  const list = (values: readonly string[], none: string) => (values.length === 0 ? none : values.join(', '));
  const trials = filters.trials.map((id) => {
    const trial = table.trials.find((candidate) => candidate.id === id);
    if (!trial) return id;
    const alias = trial.nctId && trial.orgStudyIds[0];
    return alias ? `${trial.nctId} (${alias})` : trialName(trial);
  });
  const items: [string, string][] = [
    [t('scope.trials'), list(trials, t('scope.allTrials', { count: table.trials.length }))],
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
        <dd>{t('scope.sitesOf', { count: sites, total: table.size })}</dd>
      </div>
    </dl>
  );
}
