// The markers' elements on a real Leaflet map (jsdom): in keyboard order (west to east) after each update,
// with only the elements out of order moved.
import L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MapMarker } from '../../src/app/data/site-engine';
import { MarkerSet } from '../../src/app/map/marker-set';
import { withLayout } from './support/render-app';

withLayout(800, 600);

const marker = (id: number, lon: number, count = 5): MapMarker => ({
  id,
  kind: 'cluster',
  lat: 48,
  lon,
  count,
  groups: [count, 0, 0, 0, 0],
  siteId: null,
  city: null,
});

describe('MarkerSet', () => {
  let map: L.Map;
  let markers: MarkerSet;
  beforeEach(() => {
    const container = document.createElement('div');
    document.body.append(container);
    map = L.map(container, { zoomAnimation: false, fadeAnimation: false }).setView([48, 10], 4);
    markers = new MarkerSet(L.layerGroup());
    markers.setNames((m) => `marker ${m.id}`);
    markers.group.addTo(map);
  });
  afterEach(() => {
    map.remove();
    document.body.replaceChildren();
  });

  const pane = () => map.getPane('markerPane')!;
  /** The markers' names in the order of their elements in the page. */
  const inPage = () => [...pane().children].map((host) => host.getAttribute('aria-label'));

  it('puts the elements west to east, moving only those out of order', () => {
    markers.update([marker(1, 0), marker(2, 5), marker(3, 10), marker(4, 15)]);
    expect(inPage()).toEqual(['marker 1', 'marker 2', 'marker 3', 'marker 4']);

    const moved: Node[] = [];
    const watch = new MutationObserver((records) => records.forEach((r) => moved.push(...r.addedNodes)));
    watch.observe(pane(), { childList: true });
    // Marker 1 moves east of all the others, a new marker comes between 2 and 3, and 4 goes.
    markers.update([marker(1, 20), marker(2, 5), marker(3, 10), marker(5, 7)]);
    const records = watch.takeRecords();
    watch.disconnect();
    records.forEach((r) => moved.push(...r.addedNodes));

    expect(inPage()).toEqual(['marker 2', 'marker 5', 'marker 3', 'marker 1']);
    // Marker 5 joined (Leaflet appends it, then it moves into place) and marker 1 moved: 2 and 3 stayed.
    const names = moved.map((node) => (node as Element).getAttribute('aria-label'));
    expect(new Set(names)).toEqual(new Set(['marker 5', 'marker 1']));
  });

  it('keeps the keyboard focus on a marker that moves', () => {
    markers.update([marker(1, 0), marker(2, 5)]);
    const first = pane().firstElementChild as HTMLElement;
    first.focus();
    markers.update([marker(1, 20), marker(2, 5)]);
    expect(inPage()).toEqual(['marker 2', 'marker 1']);
    expect(document.activeElement).toBe(first);
  });
});
