import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Geometry } from 'geojson';
import * as topojson from 'topojson-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCountryOutlines, loadCountryShapes, unwrapRing } from '../../src/app/map/country-shapes';

// The real decoder, watched: how many shapes are decoded before they are asked for.
vi.mock('topojson-client', async (original) => {
  const real = await original<typeof import('topojson-client')>();
  return { ...real, feature: vi.fn(real.feature) };
});

describe('unwrapRing', () => {
  it('continues a ring cut at the antimeridian east of 180°, so Leaflet does not draw a band across the map', () => {
    const chukotka = [
      [178, 65],
      [180, 66],
      [-178, 66],
      [-175, 65],
      [178, 65],
    ];
    expect(unwrapRing(chukotka)).toEqual([
      [178, 65],
      [180, 66],
      [182, 66],
      [185, 65],
      [178, 65],
    ]);
  });

  it('leaves ordinary rings alone', () => {
    const germany = [
      [6, 47],
      [15, 47],
      [15, 55],
      [6, 47],
    ];
    expect(unwrapRing(germany)).toBe(germany);
  });
});

describe('country outlines', () => {
  const resolve = createRequire(import.meta.url).resolve;
  beforeAll(() => {
    vi.stubGlobal('fetch', async (url: string) => {
      const detail = /countries-(50m|110m)/.exec(String(url))?.[1];
      if (!detail) throw new Error(`unexpected fetch ${url}`);
      return new Response(await readFile(resolve(`world-atlas/countries-${detail}.json`), 'utf8'));
    });
  });
  afterAll(() => vi.unstubAllGlobals());

  /** The box around a decoded shape's coordinates, as Leaflet would draw them. */
  function boxOf(geometry: Geometry): number[] {
    const positions =
      geometry.type === 'Polygon'
        ? geometry.coordinates.flat()
        : geometry.type === 'MultiPolygon'
          ? geometry.coordinates.flat(2)
          : [];
    const lons = positions.map(([lon = 0]) => lon);
    const lats = positions.map(([, lat = 0]) => lat);
    return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
  }

  it.each(['coarse', 'fine'] as const)(
    'give each %s country the bounds of its shape as drawn, without decoding it first',
    async (detail) => {
      const decoded = vi.mocked(topojson.feature);
      decoded.mockClear();
      const outlines = await loadCountryOutlines(detail);
      // Read from the arcs: no shape is decoded, Russia and Fiji (cut at the antimeridian) included.
      expect(decoded).not.toHaveBeenCalled();
      expect(outlines.length).toBeGreaterThan(detail === 'fine' ? 240 : 170);
      for (const outline of outlines) {
        const shape = outline.shape();
        expect(outline.shape()).toBe(shape);
        expect(shape.properties).toEqual({ code: outline.code, name: outline.name });
        if (outline.bounds) expect(outline.bounds).toEqual(boxOf(shape.geometry));
      }
      const russia = outlines.find((outline) => outline.code === 'RU')!;
      // East of 180° (Chukotka), not across the whole map.
      expect(russia.bounds![2]).toBeGreaterThan(180);
      expect(russia.bounds![0]).toBeGreaterThan(0);
      const andorra = outlines.find((outline) => outline.code === 'AD');
      expect(Boolean(andorra)).toBe(detail === 'fine');
    },
  );

  it('give the choropleth every shape, as decoded by topojson-client', async () => {
    const shapes = await loadCountryShapes('fine');
    expect(shapes.features.map((feature) => feature.properties.code)).toContain('XK');
    expect(await loadCountryShapes('fine')).toBe(shapes);
  });
});
