// "Coverage by country": sites per country and status group, sortable, with a total row.
import { useId, useState } from 'react';
import {
  defaultSortDirection,
  sortCoverage,
  type CoverageByCountry,
  type CoverageSortKey,
  type SortDirection,
} from '../../../core/coverage/by-country';
import { STATUS_GROUPS } from '../../../core/status';
import { useFormats, useT } from '../../i18n/i18n-store';
import { STATUS_GROUP_KEYS } from '../../i18n/label-keys';
import type { MessageKey } from '../../i18n/translator';

interface Column {
  key: CoverageSortKey;
  label: MessageKey;
}

const COLUMNS: Column[] = [
  { key: 'name', label: 'coverageTable.country' },
  { key: 'sites', label: 'coverageTable.sites' },
  ...STATUS_GROUPS.map((group) => ({ key: group, label: STATUS_GROUP_KEYS[group] })),
  { key: 'share', label: 'coverageTable.share' },
  { key: 'trials', label: 'coverageTable.trials' },
];

export interface CoverageTableProps {
  coverage: CoverageByCountry;
  /** Countries the filter holds now (a row's button is pressed when the filter is that country alone). */
  selectedCountries: readonly string[];
  onSelectCountry: (country: string) => void;
}

export function CoverageTable({ coverage, selectedCountries, onSelectCountry }: CoverageTableProps) {
  const [sort, setSort] = useState<{ key: CoverageSortKey; direction: SortDirection }>({
    key: 'sites',
    direction: 'descending',
  });
  const hintId = useId();
  const t = useT();
  const { count: formatCount, share: formatShare, collator } = useFormats();
  const rows = sortCoverage(coverage.rows, sort.key, sort.direction, collator);
  const { total } = coverage;

  function sortBy(key: CoverageSortKey) {
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: defaultSortDirection(key) },
    );
  }

  return (
    // Focusable so that keyboard users can scroll the table sideways on a narrow screen.
    <div className="coverage-table-scroll" role="region" aria-label={t('coverageTable.region')} tabIndex={0}>
      <table className="coverage-table" aria-describedby={hintId}>
        <caption>{t('coverageTable.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={sort.key === column.key ? sort.direction : undefined}
                className={column.key === 'name' ? undefined : 'numeric'}
              >
                <button type="button" className="coverage-sort" onClick={() => sortBy(column.key)}>
                  {t(column.label)}
                  <span aria-hidden="true" className="coverage-sort-mark">
                    {sort.key === column.key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const alone = selectedCountries.length === 1 && selectedCountries[0] === row.country;
            return (
              <tr key={row.country}>
                <th scope="row">
                  <button
                    type="button"
                    className="coverage-country"
                    aria-pressed={alone}
                    title={
                      alone ? t('coverageTable.showAll') : t('coverageTable.showOnly', { country: row.name })
                    }
                    onClick={() => onSelectCountry(row.country)}
                  >
                    {row.name}
                  </button>
                </th>
                <td className="numeric">{formatCount(row.sites)}</td>
                {STATUS_GROUPS.map((group) => (
                  <td key={group} className="numeric">
                    {formatCount(row.byGroup[group])}
                  </td>
                ))}
                <td className="numeric">
                  <span className="coverage-share">
                    <span
                      className="coverage-share-bar"
                      style={{ width: `${row.share * 100}%` }}
                      aria-hidden="true"
                    />
                    <span className="coverage-share-text">{formatShare(row.share)}</span>
                  </span>
                </td>
                <td className="numeric">{formatCount(row.trials)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('coverageTable.total', { count: total.countries })}</th>
            <td className="numeric">{formatCount(total.sites)}</td>
            {STATUS_GROUPS.map((group) => (
              <td key={group} className="numeric">
                {formatCount(total.byGroup[group])}
              </td>
            ))}
            <td className="numeric">{formatShare(total.share)}</td>
            <td className="numeric">{formatCount(total.trials)}</td>
          </tr>
        </tfoot>
      </table>
      <p id={hintId} className="coverage-caption-note">
        {t('coverageTable.hint')}
      </p>
    </div>
  );
}
