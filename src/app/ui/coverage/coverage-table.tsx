// "Coverage by country": sites per country and status group, sortable, with a total row.
import { useId, useState } from 'react';
import {
  defaultSortDirection,
  sortCoverage,
  type CoverageByCountry,
  type CoverageSortKey,
  type SortDirection,
} from '../../../core/coverage/by-country';
import { STATUS_GROUP_LABELS, STATUS_GROUPS } from '../../../core/status';
import { formatCount, formatShare } from './coverage-format';

interface Column {
  key: CoverageSortKey;
  label: string;
}

const COLUMNS: Column[] = [
  { key: 'name', label: 'Country' },
  { key: 'sites', label: 'Sites' },
  ...STATUS_GROUPS.map((group) => ({ key: group, label: STATUS_GROUP_LABELS[group] })),
  { key: 'share', label: 'Share of sites' },
  { key: 'trials', label: 'Trials' },
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
  const rows = sortCoverage(coverage.rows, sort.key, sort.direction);
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
    <div className="coverage-table-scroll" role="region" aria-label="Coverage by country table" tabIndex={0}>
      <table className="coverage-table" aria-describedby={hintId}>
        <caption>Coverage by country</caption>
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
                  {column.label}
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
                    title={alone ? 'Show all countries again' : `Show only ${row.name} on the map`}
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
            <th scope="row">
              Total ({formatCount(total.countries)} {total.countries === 1 ? 'country' : 'countries'})
            </th>
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
        Choose a column heading to sort; choose a country to show only its sites on the map.
      </p>
    </div>
  );
}
