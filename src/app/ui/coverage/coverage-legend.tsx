// The map's key: each shade with its range of site counts in words (so it reads without colour), and the rings.
import { useId } from 'react';
import { CLASS_COLOURS, type CountClass } from '../../../core/coverage/classes';
import { useFormats, useT } from '../../i18n/i18n-store';

export interface CoverageLegendProps {
  classes: readonly CountClass[];
  /** The coverage rings: their radius and how many distinct site locations they surround. */
  ringsKm: number;
  locations: number;
}

export function CoverageLegend({ classes, ringsKm, locations }: CoverageLegendProps) {
  const captionId = useId();
  const t = useT();
  const formats = useFormats();
  return (
    <figure className="coverage-legend" aria-labelledby={captionId}>
      <figcaption id={captionId}>{t('coverageLegend.caption')}</figcaption>
      <ul>
        {classes.map((c) => (
          <li key={c.min}>
            <span
              className="coverage-swatch"
              style={{ background: CLASS_COLOURS[c.shade] }}
              aria-hidden="true"
            />
            {c.min === c.max
              ? t('results.sites', { count: c.min })
              : t('coverageLegend.range', { min: c.min, max: c.max })}
          </li>
        ))}
        <li>
          <span className="coverage-swatch coverage-swatch-none" aria-hidden="true" />
          {t('coverageLegend.none')}
        </li>
      </ul>
      <p className="coverage-rings-key">
        <span className="coverage-ring-swatch" aria-hidden="true" />
        {t('coverageLegend.rings', { radius: formats.distance(ringsKm, 'km'), count: locations })}
      </p>
    </figure>
  );
}
