import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import { styleFor } from '../../src/app/map/coverage-choropleth';
import type { CountryProperties } from '../../src/app/map/country-shapes';
import { CLASS_COLOURS, siteCountClasses } from '../../src/core/coverage/classes';

function country(code: string): Feature<Geometry, CountryProperties> {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { code, name: code },
  };
}

describe('choropleth style', () => {
  // MT103-203's spread: Germany 17, Russia 2; classes 1, 2–4, 5–9, 10–17 take shades 0, 1, 3, 4.
  const counts = new Map([
    ['DE', 17],
    ['RU', 2],
  ]);
  const style = styleFor(counts, siteCountClasses(17));

  it('shades a country by its class', () => {
    expect(style(country('DE'))).toMatchObject({ fillColor: CLASS_COLOURS[4], fillOpacity: 0.8 });
    expect(style(country('RU'))).toMatchObject({ fillColor: CLASS_COLOURS[1] });
  });

  it('leaves countries without sites, and shapes without a code, to the basemap', () => {
    expect(style(country('FR'))).toMatchObject({ fillOpacity: 0, opacity: 0 });
    expect(style(country(''))).toMatchObject({ fillOpacity: 0 });
    expect(style(undefined)).toMatchObject({ fillOpacity: 0 });
  });
});
