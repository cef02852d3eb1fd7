// The choropleth's legend: each shade with its range of site counts in words, so it reads without colour.
import { CLASS_COLOURS, type CountClass } from '../../../core/coverage-classes';

export interface CoverageLegendProps {
  classes: readonly CountClass[];
}

export function CoverageLegend({ classes }: CoverageLegendProps) {
  return (
    <figure className="coverage-legend">
      <figcaption>Map shading: sites per country</figcaption>
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
    </figure>
  );
}
