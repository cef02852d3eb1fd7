// The basemap draws the same country shapes as the coverage choropleth: Kosovo has its code (a click on it
// chooses XK) and a ring cut at the antimeridian continues east of 180° instead of banding across the map.
// The world is drawn from the light 1:110m shapes; the 1:50m ones load only once the map is zoomed in, and
// are drawn only in and around the view.
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

const resolve = createRequire(import.meta.url).resolve;
const fetched: string[] = [];

// The map's size, which jsdom does not lay out: Leaflet reads it from the container.
const size = { clientWidth: 800, clientHeight: 600 };

beforeAll(() => {
  for (const [name, value] of Object.entries(size))
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => value });
  vi.stubGlobal('fetch', async (url: string) => {
    const detail = /countries-(50m|110m)/.exec(String(url))?.[1];
    if (!detail) throw new Error(`unexpected fetch ${url}`);
    fetched.push(detail);
    return new Response(await readFile(resolve(`world-atlas/countries-${detail}.json`), 'utf8'));
  });
});
afterAll(() => {
  vi.unstubAllGlobals();
  for (const name of Object.keys(size)) Reflect.deleteProperty(HTMLElement.prototype, name);
});

let map: L.Map | undefined;

type DrawnShape = L.Path & { feature: CountryShape };

function shapesOn(map: L.Map): Map<string, DrawnShape> {
  const shapes = new Map<string, DrawnShape>();
  map.eachLayer((layer) => {
    const feature = (layer as { feature?: CountryShape }).feature;
    if (feature?.properties.code) shapes.set(feature.properties.code, layer as DrawnShape);
  });
  return shapes;
}

async function drawnShapes(zoom = 5, onMap?: (map: L.Map) => void): Promise<Map<string, DrawnShape>> {
  function Capture() {
    map = useMap();
    onMap?.(map);
    return null;
  }
  render(
    <MapContainer center={[45, 10]} zoom={zoom} style={{ width: 800, height: 600 }}>
      <BasemapLayer />
      <Capture />
    </MapContainer>,
  );
  let shapes = new Map<string, DrawnShape>();
  // Reading the 50m world file (750 KB) takes a few seconds on a busy machine. Zoomed in, it has Andorra. The
  // shapes join a few at a time, those nearest the centre of the view first: the tests' countries are waited for.
  await waitFor(
    () => {
      shapes = shapesOn(map!);
      if (zoom >= 5) expect(['AD', 'XK', 'RU', 'AT', 'DE'].every((code) => shapes.has(code))).toBe(true);
      else expect(shapes.size > 150 && shapes.has('DE') && shapes.has('AU')).toBe(true);
    },
    { timeout: 20_000 },
  );
  return shapes;
}

describe('the basemap', () => {
  it('draws the world from the light shapes, and the detailed ones in and around the view once zoomed in', async () => {
    fetched.length = 0;
    let map: L.Map | undefined;
    const world = await drawnShapes(3, (m) => (map = m));
    expect(fetched).toEqual(['110m']);
    // 1:110m has no Andorra; 1:50m has.
    expect([world.has('DE'), world.has('AU'), world.has('AD')]).toEqual([true, true, false]);
    map!.setZoom(6, { animate: false });
    await waitFor(() => expect(shapesOn(map!).has('AD')).toBe(true), { timeout: 20_000 });
    expect(fetched).toEqual(['110m', '50m']);
    const near = (...codes: string[]) => codes.map((code) => shapesOn(map!).has(code));
    // Around Italy: its neighbours (they join a few milliseconds' worth at a time, so Andorra may come before
    // Kosovo on a busy machine), not the far side of the world.
    await waitFor(() => expect(near('IT', 'AT', 'XK')).toEqual([true, true, true]), { timeout: 20_000 });
    expect(near('AU', 'BR', 'CA')).toEqual([false, false, false]);
    // Dragged east (a move without a reset of the view), the countries coming into view are drawn.
    expect(near('GE')).toEqual([false]);
    map!.panBy([1500, 0], { animate: false });
    await waitFor(() => expect(near('GE')).toEqual([true]));
    // A jump across the world: Australia is drawn and Italy is no longer.
    map!.setView([-25, 134], 6, { animate: false });
    expect(near('IT')).toEqual([false]);
    await waitFor(() => expect(near('AU')).toEqual([true]));
    // And back to Austria, among a dozen neighbours: it is at the centre of the view, so it is drawn at once, in
    // the first few milliseconds' worth of shapes (a clock that moves 1 ms at each reading).
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
    map!.setView([47.6, 14.1], 6, { animate: false });
    now.mockRestore();
    expect(near('AT', 'AU')).toEqual([true, false]);
    await waitFor(() => expect(near('IT', 'DE', 'CH')).toEqual([true, true, true]));
    // The same across the world and back to Germany, whose bounds share the centre of the view with those of the
    // United States (the Aleutians cross 180°, so they span the globe).
    map!.setView([-25, 134], 6, { animate: false });
    await waitFor(() => expect(near('DE')).toEqual([false]));
    // A clock that moves the whole budget at each reading: one shape joins at once.
    clock = 0;
    const again = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5));
    map!.setView([51.2, 10.4], 6, { animate: false });
    again.mockRestore();
    expect(near('DE')).toEqual([true]);
    // Zoomed out again, the light world: every country, Andorra not among them.
    // They join a few milliseconds' worth at a time, each in a task of its own: no one long task draws the world.
    // The clock that moves 1 ms at each reading makes that budget the same on a fast machine and a slow one.
    clock = 0;
    const tick = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
    map!.setZoom(3, { animate: false });
    const joinedAtOnce = shapesOn(map!).size;
    tick.mockRestore();
    expect(joinedAtOnce).toBeGreaterThan(0);
    expect(joinedAtOnce).toBeLessThan(20);
    await waitFor(() => expect(shapesOn(map!).size).toBeGreaterThan(150));
    await waitFor(() => expect(near('AU', 'IT', 'AD')).toEqual([true, true, false]));
  });

  it('projects and clips each country once when the view is reset to a new zoom, and follows later moves', async () => {
    let map: L.Map | undefined;
    const world = await drawnShapes(3, (m) => (map = m));
    // Leaflet's own, internal steps of a path: projecting its points, then clipping and simplifying them.
    const germany = world.get('DE')! as unknown as { _project(): void; _update(): void };
    const projected = vi.spyOn(germany, '_project');
    const clipped = vi.spyOn(germany, '_update');
    // A reset: a new zoom without animation, as a filter's fit or a link makes (Leaflet's own renderer
    // projects each path twice and clips it three times, once with the old zoom's projection).
    map!.setZoom(4, { animate: false });
    expect(projected).toHaveBeenCalledTimes(1);
    expect(clipped).toHaveBeenCalledTimes(1);
    // A move after it is Leaflet's own again: the paths are clipped to the new view.
    clipped.mockClear();
    map!.panBy([200, 0], { animate: false });
    expect(clipped).toHaveBeenCalled();
    const path = world.get('DE')!.getElement()!.getAttribute('d');
    expect(path).toMatch(/^M-?\d/);
  });

  it('chooses Kosovo (XK) when it is clicked, as the choropleth names it', async () => {
    resetAppState();
    const shapes = await drawnShapes();
    shapes.get('XK')!.fire('click');
    expect(useAppStore.getState().filters.countries).toEqual(['XK']);
  });

  it('credits Natural Earth once, not once per country (each credit redraws the credit line)', async () => {
    let map: L.Map | undefined;
    const added: string[] = [];
    await drawnShapes(5, (m) => {
      if (map) return;
      map = m;
      const control = m.attributionControl;
      const add = control.addAttribution.bind(control);
      control.addAttribution = (text: string) => {
        added.push(text);
        return add(text);
      };
    });
    expect(added.filter((text) => String(text).includes('Natural Earth'))).toHaveLength(1);
    expect(map!.attributionControl.getContainer()!.textContent).toContain('Natural Earth');
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
