// The map's key: each shade with its range of site counts in words (so it reads without colour), and the rings.
import { useId } from 'react';
import { CLASS_COLOURS, type CountClass } from '../../../core/coverage/classes';

export interface CoverageLegendProps {
  classes: readonly CountClass[];
  /** The coverage rings: their radius and how many distinct site locations they surround. */
  ringsKm: number;
  locations: number;
}

export function CoverageLegend({ classes, ringsKm, locations }: CoverageLegendProps) {
  const captionId = useId();
  return (
    <figure className="coverage-legend" aria-labelledby={captionId}>
      <figcaption id={captionId}>Map shading: sites per country</figcaption>
      <ul>
        {classes.map((c) => (
          <li key={c.min}>
            <span
              className="coverage-swatch"
              style={{ background: CLASS_COLOURS[c.shade] }}
              aria-hidden="true"
            />
            {c.label}
          </li>
        ))}
        <li>
          <span className="coverage-swatch coverage-swatch-none" aria-hidden="true" />
          No sites
        </li>
      </ul>
      <p className="coverage-rings-key">
        <span className="coverage-ring-swatch" aria-hidden="true" />
        Circles: {ringsKm} km around each of the {locations} site {locations === 1 ? 'location' : 'locations'}
      </p>
    </figure>
  );
}
