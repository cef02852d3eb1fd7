// Gaps: the largest cities of the covered countries that no filtered site is near, with the nearest site.
import { useState } from 'react';
import { countryName } from '../../../core/countries';
import type { CoverageGap } from '../../../core/coverage-reach';
import type { SiteTable } from '../../../core/site-table';
import { formatCount, formatKm } from './coverage-format';

const FIRST_SHOWN = 12;

export interface GapsListProps {
  gaps: readonly CoverageGap[];
  table: SiteTable;
  radiusKm: number;
  minPopulation: number;
}

function nearestPlace(table: SiteTable, row: number | null): string {
  if (row === null) return '';
  const city = table.cities[table.city[row] ?? 0] ?? '';
  return `${city}, ${countryName(table.countries[table.country[row] ?? 0] ?? '')}`;
}

export function GapsList({ gaps, table, radiusKm, minPopulation }: GapsListProps) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? gaps : gaps.slice(0, FIRST_SHOWN);
  const title = `Cities over ${formatCount(minPopulation)} people farther than ${radiusKm} km from every site`;
  if (gaps.length === 0) {
    return (
      <p className="coverage-empty">
        No gaps: every city over {formatCount(minPopulation)} people in the covered countries is within{' '}
        {radiusKm} km of a site.
      </p>
    );
  }
  return (
    <>
      <table className="coverage-table coverage-gaps">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">City</th>
            <th scope="col">Country</th>
            <th scope="col" className="numeric">
              Population
            </th>
            <th scope="col" className="numeric">
              Nearest site
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((gap) => (
            <tr key={gap.geonameId}>
              <th scope="row">
                {gap.name}
                {gap.admin1 && gap.admin1 !== gap.name ? (
                  <span className="coverage-muted">, {gap.admin1}</span>
                ) : null}
              </th>
              <td>{countryName(gap.country)}</td>
              <td className="numeric">{formatCount(gap.population)}</td>
              <td className="numeric">
                {formatKm(gap.nearestKm)}
                {gap.nearestRow !== null ? (
                  <span className="coverage-muted coverage-nearest">
                    {' '}
                    ({nearestPlace(table, gap.nearestRow)})
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {gaps.length > FIRST_SHOWN ? (
        <button type="button" className="coverage-link-button" onClick={() => setShowAll((all) => !all)}>
          {showAll
            ? `Show the largest ${FIRST_SHOWN} only`
            : `Show all ${formatCount(gaps.length)} gap cities`}
        </button>
      ) : null}
    </>
  );
}
