// Population within reach: the radius choice, the headline figure, the definition beside it, and per country.
import type { ReactNode } from 'react';
import { RADIUS_CHOICES_KM, type PopulationReach } from '../../../core/coverage/reach';
import { useFormats, useT } from '../../i18n/i18n-store';
import { keyedParts } from '../../i18n/keyed-parts';

export interface RadiusChoiceProps {
  radiusKm: number;
  onRadiusChange: (radiusKm: number) => void;
}

export function RadiusChoice({ radiusKm, onRadiusChange }: RadiusChoiceProps) {
  const t = useT();
  const formats = useFormats();
  return (
    <fieldset className="coverage-radius">
      <legend>{t('reach.radius')}</legend>
      {RADIUS_CHOICES_KM.map((km) => (
        <label key={km}>
          <input
            type="radio"
            name="coverage-radius"
            value={km}
            checked={radiusKm === km}
            onChange={() => onRadiusChange(km)}
          />
          {formats.distance(km, 'km')}
        </label>
      ))}
    </fieldset>
  );
}

export interface ReachPanelProps {
  reach: PopulationReach;
  /** The gazetteer's credit line (GeoNames, CC BY 4.0). */
  attribution: string;
}

export function ReachPanel({ reach, attribution }: ReachPanelProps) {
  const t = useT();
  const formats = useFormats();
  const { total } = reach;
  const radius = formats.distance(reach.radiusKm, 'km');
  const countries = reach.countries
    .map((country) => ({ ...country, name: formats.country(country.country) }))
    .sort((a, b) => formats.collator.compare(a.name, b.name));
  const headline = t.rich<ReactNode>('reach.headline', {
    population: formats.population(total.populationWithinReach),
    radius,
    share: formats.share(total.share),
    count: reach.countries.length,
    big: (chunks) => <strong className="coverage-big-number">{chunks}</strong>,
    strong: (chunks) => <strong>{chunks}</strong>,
  });
  return (
    <div className="coverage-reach">
      <p className="coverage-headline" aria-live="polite">
        {keyedParts(headline)}
      </p>
      <aside className="coverage-definition" aria-label={t('reach.definitionRegion')}>
        <h4>{t('reach.definitionTitle')}</h4>
        <p>{t('reach.definition')}</p>
        <p className="coverage-source">{t('reach.source', { attribution })}</p>
      </aside>
      <table className="coverage-table coverage-reach-table">
        <caption>{t('reach.caption', { radius })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coverageTable.country')}</th>
            <th scope="col" className="numeric">
              {t('reach.within', { radius })}
            </th>
            <th scope="col" className="numeric">
              {t('reach.listed')}
            </th>
            <th scope="col" className="numeric">
              {t('reach.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {countries.map((country) => (
            <tr key={country.country}>
              <th scope="row">{country.name}</th>
              <td className="numeric">{formats.count(country.populationWithinReach)}</td>
              <td className="numeric">
                {country.listedPlaces === 0 ? t('reach.notListed') : formats.count(country.listedPopulation)}
              </td>
              <td className="numeric">{formats.share(country.share)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('reach.total')}</th>
            <td className="numeric">{formats.count(total.populationWithinReach)}</td>
            <td className="numeric">{formats.count(total.listedPopulation)}</td>
            <td className="numeric">{formats.share(total.share)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
