// Whether fitting the map to a result would change what it shows, on a real Leaflet map (800×600 in jsdom).
import L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { showsFitted } from '../../src/app/map/fitted-view';
import { withLayout } from './support/render-app';

withLayout(800, 600);

const options = { paddingTopLeft: L.point(32, 32), paddingBottomRight: L.point(32, 120), maxZoom: 9 };

describe('showsFitted', () => {
  let map: L.Map;
  beforeEach(() => {
    const container = document.createElement('div');
    document.body.append(container);
    map = L.map(container, { zoomAnimation: false, fadeAnimation: false }).setView([48, 10], 5);
  });
  afterEach(() => {
    map.remove();
    document.body.replaceChildren();
  });

  /** The box between two points of the map's container, in pixels. */
  const box = (left: number, top: number, right: number, bottom: number) =>
    L.latLngBounds(map.containerPointToLatLng([left, bottom]), map.containerPointToLatLng([right, top]));

  it('is true when the result fills the padded view at the zoom a fit would choose, and a fit would not move', () => {
    const bounds = box(60, 50, 740, 460);
    expect(showsFitted(map, bounds, options)).toBe(true);
    // What fitBounds itself would do there: the zoom stays.
    const center = map.getCenter();
    map.fitBounds(bounds, { ...options, animate: false });
    expect(map.getZoom()).toBe(5);
    expect(map.distance(center, map.getCenter())).toBeLessThan(200_000);
  });

  it('is false when part of the result is out of view or under the padding, and a fit would move it farther', () => {
    expect(showsFitted(map, box(120, 50, 830, 460), options)).toBe(false);
    expect(showsFitted(map, box(60, 50, 740, 560), options)).toBe(false);
    expect(showsFitted(map, box(-300, 50, 400, 460), options)).toBe(false);
  });

  it('is false when a fit would zoom in (a smaller result) or out (a wider one)', () => {
    expect(showsFitted(map, box(300, 200, 400, 260), options)).toBe(false);
    expect(showsFitted(map, box(-400, -300, 1200, 900), options)).toBe(false);
  });

  it('is true for a result wider than the map at its widest, where a fit would only shift it a little', () => {
    map.setMinZoom(2).setView([10, 0], 2);
    const world = L.latLngBounds([-55, -179], [72, 179]);
    const shifted = L.latLngBounds([-55, -171], [71, 179]);
    // The world is 1,024 px wide at zoom 2: wider than the map, so no fit shows it whole.
    expect(map.getBoundsZoom(world, false, L.point(64, 152))).toBe(2);
    map.fitBounds(world, { ...options, animate: false });
    expect(showsFitted(map, world, options)).toBe(true);
    expect(showsFitted(map, shifted, options)).toBe(true);
    // Another part of the world at the same zoom is a move worth making.
    expect(showsFitted(map, L.latLngBounds([-55, 60], [72, 179]), options)).toBe(false);
  });

  it('is true for one place in view once the map is at the closest zoom a fit goes to', () => {
    const place = L.latLngBounds([48.1, 11.6], [48.1, 11.6]);
    expect(showsFitted(map, place, options)).toBe(false);
    map.setView([48.1, 11.6], 9);
    expect(showsFitted(map, place, options)).toBe(true);
  });
});
