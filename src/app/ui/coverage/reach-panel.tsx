// Population within reach: the radius choice, the headline figure, the definition beside it, and per country.
import {
  POPULATION_WITHIN_REACH_DEFINITION,
  RADIUS_CHOICES_KM,
  type PopulationReach,
} from '../../../core/coverage/reach';
import { formatCount, formatPopulation, formatShare } from './coverage-format';

export interface RadiusChoiceProps {
  radiusKm: number;
  onRadiusChange: (radiusKm: number) => void;
}

export function RadiusChoice({ radiusKm, onRadiusChange }: RadiusChoiceProps) {
  return (
    <fieldset className="coverage-radius">
      <legend>Coverage radius</legend>
      {RADIUS_CHOICES_KM.map((km) => (
        <label key={km}>
          <input
            type="radio"
            name="coverage-radius"
            value={km}
            checked={radiusKm === km}
            onChange={() => onRadiusChange(km)}
          />
          {km} km
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
  const { total, radiusKm } = reach;
  const countries = reach.countries.length;
  return (
    <div className="coverage-reach">
      <p className="coverage-headline" aria-live="polite">
        <strong className="coverage-big-number">{formatPopulation(total.populationWithinReach)}</strong>{' '}
        people live in listed cities and towns within {radiusKm} km of a site:{' '}
        <strong>{formatShare(total.share)}</strong> of the listed city population of the{' '}
        {formatCount(countries)} covered {countries === 1 ? 'country' : 'countries'}.
      </p>
      <aside className="coverage-definition" aria-label="How population within reach is counted">
        <h4>How this is counted</h4>
        <p>{POPULATION_WITHIN_REACH_DEFINITION}</p>
        <p className="coverage-source">Populations: {attribution}</p>
      </aside>
      <table className="coverage-table coverage-reach-table">
        <caption>Population within {radiusKm} km of a site, by country</caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col" className="numeric">
              Within {radiusKm} km
            </th>
            <th scope="col" className="numeric">
              Listed city population
            </th>
            <th scope="col" className="numeric">
              Share
            </th>
          </tr>
        </thead>
        <tbody>
          {reach.countries.map((country) => (
            <tr key={country.country}>
              <th scope="row">{country.name}</th>
              <td className="numeric">{formatCount(country.populationWithinReach)}</td>
              <td className="numeric">
                {country.listedPlaces === 0 ? 'not in the gazetteer' : formatCount(country.listedPopulation)}
              </td>
              <td className="numeric">{formatShare(country.share)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="numeric">{formatCount(total.populationWithinReach)}</td>
            <td className="numeric">{formatCount(total.listedPopulation)}</td>
            <td className="numeric">{formatShare(total.share)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
