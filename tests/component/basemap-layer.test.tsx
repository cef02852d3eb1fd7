// The basemap draws the same country shapes as the coverage choropleth: Kosovo has its code (a click on it
// chooses XK) and a ring cut at the antimeridian continues east of 180° instead of banding across the map.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { act, render, waitFor } from '@testing-library/react';
import type L from 'leaflet';
import { MapContainer, useMap } from 'react-leaflet';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadLanguage } from '../../src/app/i18n/i18n-store';
import { BasemapLayer } from '../../src/app/map/basemap-layer';
import type { CountryShape } from '../../src/app/map/country-shapes';
import { resetAppState, useAppStore } from '../../src/app/state/store';

vi.setConfig({ testTimeout: 60_000 });

const worldAtlas = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');

beforeAll(() => {
  vi.stubGlobal('fetch', async (url: string) => {
    if (!String(url).includes('countries-50m')) throw new Error(`unexpected fetch ${url}`);
    return new Response(await readFile(worldAtlas, 'utf8'));
  });
});
afterAll(() => vi.unstubAllGlobals());

let map: L.Map | undefined;

async function drawnShapes(): Promise<Map<string, L.Path & { feature: CountryShape }>> {
  function Capture() {
    map = useMap();
    return null;
  }
  render(
    <MapContainer center={[45, 10]} zoom={4} style={{ width: 800, height: 600 }}>
      <BasemapLayer />
      <Capture />
    </MapContainer>,
  );
  const shapes = new Map<string, L.Path & { feature: CountryShape }>();
  // Reading the 50m world file (750 KB) takes a few seconds on a busy machine.
  await waitFor(
    () => {
      map!.eachLayer((layer) => {
        const feature = (layer as { feature?: CountryShape }).feature;
        if (feature?.properties.code)
          shapes.set(feature.properties.code, layer as L.Path & { feature: CountryShape });
      });
      expect(shapes.size).toBeGreaterThan(200);
    },
    { timeout: 20_000 },
  );
  return shapes;
}

describe('the basemap', () => {
  it('chooses Kosovo (XK) when it is clicked, as the choropleth names it', async () => {
    resetAppState();
    const shapes = await drawnShapes();
    shapes.get('XK')!.fire('click');
    expect(useAppStore.getState().filters.countries).toEqual(['XK']);
  });

  it('draws Russia east of 180° rather than across the map', async () => {
    const shapes = await drawnShapes();
    const geometry = shapes.get('RU')!.feature.geometry;
    if (geometry.type !== 'MultiPolygon') throw new Error('Russia is a MultiPolygon');
    for (const polygon of geometry.coordinates) {
      const lons = polygon[0]!.map(([lon = 0]) => lon);
      expect(Math.max(...lons) - Math.min(...lons)).toBeLessThanOrEqual(180);
    }
  });

  it('names the country under the pointer and credits the borders in the language shown', async () => {
    const shapes = await drawnShapes();
    const austria = shapes.get('AT')!;
    const credit = () => map!.attributionControl.getContainer()!.textContent;
    try {
      await act(() => loadLanguage('de'));
      await waitFor(() => expect(credit()).toContain('Grenzen: Natural Earth'));
      austria.openTooltip();
      expect(austria.getTooltip()!.getElement()!.textContent).toBe('Österreich');
      austria.closeTooltip();
      await act(() => loadLanguage('pl'));
      await waitFor(() => expect(credit()).toContain('Granice: Natural Earth'));
      expect(credit()).not.toContain('Grenzen');
      austria.openTooltip();
      expect(austria.getTooltip()!.getElement()!.textContent).toBe('Austria');
      shapes.get('DE')!.openTooltip();
      expect(shapes.get('DE')!.getTooltip()!.getElement()!.textContent).toBe('Niemcy');
    } finally {
      await act(() => loadLanguage('en'));
    }
  });
});
