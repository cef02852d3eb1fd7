// Gaps: the largest cities of the covered countries that no filtered site is near, with the nearest site.
import { useId, useState } from 'react';
import { countryName } from '../../../core/countries';
import type { CoverageGap } from '../../../core/coverage/reach';
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
  const [country, setCountry] = useState('');
  const countryId = useId();
  const countries = [...new Set(gaps.map((gap) => gap.country))].sort((a, b) =>
    countryName(a).localeCompare(countryName(b), 'en'),
  );
  // A country chosen earlier may have no gaps left at a wider radius: then all are shown.
  const chosen = countries.includes(country) ? country : '';
  const inCountry = chosen ? gaps.filter((gap) => gap.country === chosen) : gaps;
  const shown = showAll ? inCountry : inCountry.slice(0, FIRST_SHOWN);
  const where = chosen ? ` in ${countryName(chosen)}` : '';
  const title = `Cities over ${formatCount(minPopulation)} people${where} farther than ${radiusKm} km from every site`;
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
      <div className="coverage-gap-country">
        <label htmlFor={countryId}>Show gaps in</label>
        <select id={countryId} value={chosen} onChange={(event) => setCountry(event.target.value)}>
          <option value="">all covered countries ({formatCount(gaps.length)})</option>
          {countries.map((code) => (
            <option key={code} value={code}>
              {countryName(code)} ({formatCount(gaps.filter((gap) => gap.country === code).length)})
            </option>
          ))}
        </select>
      </div>
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
      {inCountry.length > FIRST_SHOWN ? (
        <button type="button" className="coverage-link-button" onClick={() => setShowAll((all) => !all)}>
          {showAll
            ? `Show the largest ${FIRST_SHOWN} only`
            : `Show all ${formatCount(inCountry.length)} gap cities`}
        </button>
      ) : null}
    </>
  );
}
