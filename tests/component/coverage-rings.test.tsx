import { render, waitFor } from '@testing-library/react';
import L from 'leaflet';
import { MapContainer, useMap } from 'react-leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CoverageRings, ringsInPixels } from '../../src/app/map/coverage-rings';

const crs = L.CRS.EPSG3857;
const atZoom = (zoom: number) => (lat: number, lon: number) => crs.latLngToPoint(L.latLng(lat, lon), zoom);

describe('coverage rings in pixels', () => {
  it('draws one ring for the points that fall in one pixel, and every ring apart', () => {
    // Two sites at Berlin's centroid (as ClinicalTrials.gov places them), one 300 m away, and Munich: the three
    // in Berlin share a pixel at zoom 2; at zoom 9 the one 300 m away has a pixel of its own.
    const lat = Float64Array.from([52.52, 52.52, 52.5205, 48.1374]);
    const lon = Float64Array.from([13.405, 13.405, 13.409, 11.5755]);
    const world = ringsInPixels(lat, lon, 10, atZoom(2));
    expect(world.radii).toHaveLength(2);
    // The first point of a pixel is drawn where it is, not moved to the pixel's centre.
    const berlin = atZoom(2)(52.52, 13.405);
    const munich = atZoom(2)(48.1374, 11.5755);
    expect([...world.centres]).toEqual([berlin.x, berlin.y, munich.x, munich.y]);
    expect(ringsInPixels(lat, lon, 10, atZoom(9)).radii).toHaveLength(3);
  });

  it('stretches each ring by Web Mercator at its latitude', () => {
    const lat = Float64Array.from([0, 60, -60]);
    const lon = Float64Array.from([0, 0, 90]);
    const { radii } = ringsInPixels(lat, lon, 10, atZoom(3));
    expect(radii[0]).toBeCloseTo(10);
    expect(radii[1]).toBeCloseTo(20);
    expect(radii[2]).toBeCloseTo(20);
  });

  it('draws nothing for no points', () => {
    const none = ringsInPixels(new Float64Array(0), new Float64Array(0), 10, atZoom(2));
    expect([none.centres.length, none.radii.length]).toEqual([0, 0]);
  });
});

describe('coverage rings on the map', () => {
  // The map's size, which jsdom does not lay out, and a canvas that counts the rings' circles.
  const size = { clientWidth: 800, clientHeight: 600 };
  let arcs = 0;
  beforeEach(() => {
    arcs = 0;
    for (const [name, value] of Object.entries(size))
      Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => value });
    const context = new Proxy(
      { arc: () => arcs++ },
      { get: (target, key) => (key in target ? target[key as 'arc'] : () => {}), set: () => true },
    );
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
      context as unknown as CanvasRenderingContext2D,
    );
  });
  afterEach(() => {
    vi.restoreAllMocks();
    for (const name of Object.keys(size)) Reflect.deleteProperty(HTMLElement.prototype, name);
  });

  it('draws each ring once when added and once when the view changes, in the canvas redraw', async () => {
    let map: L.Map | undefined;
    function Grab() {
      map = useMap();
      return null;
    }
    const points = {
      lat: Float64Array.from([52.52, 48.1374, 50.11]),
      lon: Float64Array.from([13.405, 11.5755, 8.68]),
    };
    render(
      <MapContainer center={[50, 10]} zoom={5} style={{ height: 600 }}>
        <Grab />
        <CoverageRings points={points} radiusKm={100} />
      </MapContainer>,
    );
    await waitFor(() => expect(arcs).toBe(3));
    map!.setZoom(6, { animate: false });
    await waitFor(() => expect(arcs).toBe(6));
    // Nothing more is drawn once the redraws are done.
    await new Promise((done) => setTimeout(done, 100));
    expect(arcs).toBe(6);
  });
});
