// Gaps: the largest cities of the covered countries that no filtered site is near, with the nearest site.
import { useId, useState } from 'react';
import type { CoverageGapSummary } from '../../data/site-engine';
import { useFormats, useT } from '../../i18n/i18n-store';

const FIRST_SHOWN = 12;

export interface GapsListProps {
  gaps: readonly CoverageGapSummary[];
  radiusKm: number;
  minPopulation: number;
}

export function GapsList({ gaps, radiusKm, minPopulation }: GapsListProps) {
  const [showAll, setShowAll] = useState(false);
  const [country, setCountry] = useState('');
  const countryId = useId();
  const t = useT();
  const formats = useFormats();
  const radius = formats.distance(radiusKm, 'km');
  const countries = [...new Set(gaps.map((gap) => gap.country))].sort((a, b) =>
    formats.collator.compare(formats.country(a), formats.country(b)),
  );
  // A country chosen earlier may have no gaps left at a wider radius: then all are shown.
  const chosen = countries.includes(country) ? country : '';
  const inCountry = chosen ? gaps.filter((gap) => gap.country === chosen) : gaps;
  const shown = showAll ? inCountry : inCountry.slice(0, FIRST_SHOWN);
  const title = chosen
    ? t('gaps.captionIn', { min: minPopulation, country: formats.country(chosen), radius })
    : t('gaps.caption', { min: minPopulation, radius });
  if (gaps.length === 0) {
    return <p className="coverage-empty">{t('gaps.none', { min: minPopulation, radius })}</p>;
  }
  return (
    <>
      <div className="coverage-gap-country">
        <label htmlFor={countryId}>{t('gaps.showIn')}</label>
        <select id={countryId} value={chosen} onChange={(event) => setCountry(event.target.value)}>
          <option value="">{t('gaps.allCountries', { count: gaps.length })}</option>
          {countries.map((code) => (
            <option key={code} value={code}>
              {formats.country(code)} ({formats.count(gaps.filter((gap) => gap.country === code).length)})
            </option>
          ))}
        </select>
      </div>
      <table className="coverage-table coverage-gaps">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('gaps.city')}</th>
            <th scope="col">{t('coverageTable.country')}</th>
            <th scope="col" className="numeric">
              {t('gaps.population')}
            </th>
            <th scope="col" className="numeric">
              {t('gaps.nearest')}
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
              <td>{formats.country(gap.country)}</td>
              <td className="numeric">{formats.count(gap.population)}</td>
              <td className="numeric">
                {gap.nearestKm === null ? t('gaps.noMappedSite') : formats.distance(gap.nearestKm, 'km')}
                {gap.nearest ? (
                  <span className="coverage-muted coverage-nearest">
                    {' '}
                    ({gap.nearest.city}, {formats.country(gap.nearest.country)})
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
            ? t('gaps.showFirst', { count: FIRST_SHOWN })
            : t('gaps.showAll', { count: inCountry.length })}
        </button>
      ) : null}
    </>
  );
}
