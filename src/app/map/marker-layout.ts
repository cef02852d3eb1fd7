// Lays the markers out on screen: apart from one another, and hidden where one of the map's buttons covers
// them. Runs after each marker update and whenever a button over the map appears, changes size or goes.
import type L from 'leaflet';
import type { Rect } from '../../core/spread-targets';
import type { MarkerSet } from './marker-set';

/** The map's own controls and the buttons drawn over it (Filters, Show all results, the legend, …). */
const COVERS = '.leaflet-control, .map-overlay > *, .near-map-control';
/** Menus that open over the map from outside it (the phone's Share menu). */
const MENUS = '.header-menu .toolbar.open';

/** The buttons over the map, in the map container's pixels. */
export function covers(map: L.Map): Rect[] {
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  const area = container.parentElement ?? container;
  const half = (origin.width * origin.height) / 2;
  const menus = container.ownerDocument.querySelectorAll(MENUS);
  return [...area.querySelectorAll(COVERS), ...menus].flatMap((element) => {
    const box = element.getBoundingClientRect();
    // Hidden, or not a button over the map but most of it (a legend opened on a tiny map): no marker hides.
    if (box.width === 0 || box.height === 0 || box.width * box.height >= half) return [];
    return [{ x: box.left - origin.left, y: box.top - origin.top, width: box.width, height: box.height }];
  });
}

export function layOutMarkers(map: L.Map, markers: MarkerSet): void {
  markers.spread((lat, lon) => map.latLngToContainerPoint([lat, lon]), covers(map));
}

/** Lays the markers out again when the buttons over the map change; returns the function that stops it. */
export function followCovers(map: L.Map, markers: MarkerSet): () => void {
  const area = map.getContainer().parentElement;
  if (!area || typeof ResizeObserver === 'undefined') return () => {};
  // Buttons change in bursts (a panel's content arriving, a menu opening): lay out once per frame.
  let frame = 0;
  const relayout = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      layOutMarkers(map, markers);
    });
  };
  const sizes = new ResizeObserver(relayout);
  const watch = () => {
    sizes.disconnect();
    for (const element of area.querySelectorAll(COVERS)) sizes.observe(element);
  };
  // Buttons come and go with the state (Show all results, the Search from here control).
  const changes = new MutationObserver(() => {
    watch();
    relayout();
  });
  for (const root of area.querySelectorAll('.map-overlay, .leaflet-control-container'))
    changes.observe(root, { childList: true, subtree: true });
  changes.observe(map.getContainer(), { childList: true });
  const header = area.ownerDocument.querySelector('.header-menu');
  if (header) changes.observe(header, { attributes: true, subtree: true, attributeFilter: ['class'] });
  watch();
  return () => {
    cancelAnimationFrame(frame);
    sizes.disconnect();
    changes.disconnect();
  };
}
