// Lays the markers out on screen: apart from one another, and hidden where one of the map's buttons covers
// them. Runs after each marker update and whenever a button over the map appears, changes size or goes,
// once per frame.
import type L from 'leaflet';
import type { Rect } from '../../core/spread-targets';
import type { MarkerSet } from './marker-set';
import { oncePerFrame } from './once-per-frame';

/** The map's own controls and the buttons drawn over it (Filters, Show all results, the legend, …). */
const COVERS = '.leaflet-control, .map-overlay > *, .near-map-control';
/** Menus that open over the map from outside it (the phone's Share menu). */
const MENUS = '.header-menu .toolbar.open';

/** The buttons over the map (or those `selector` names), in the map container's pixels. */
export function covers(map: L.Map, selector = COVERS): Rect[] {
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  const area = container.parentElement ?? container;
  const half = (origin.width * origin.height) / 2;
  const menus = selector === COVERS ? container.ownerDocument.querySelectorAll(MENUS) : [];
  return [...area.querySelectorAll(selector), ...menus].flatMap((element) => {
    const box = element.getBoundingClientRect();
    // Hidden, or not a button over the map but most of it (a legend opened on a tiny map): no marker hides.
    if (box.width === 0 || box.height === 0 || box.width * box.height >= half) return [];
    return [{ x: box.left - origin.left, y: box.top - origin.top, width: box.width, height: box.height }];
  });
}

export function layOutMarkers(map: L.Map, markers: MarkerSet): void {
  markers.spread((lat, lon) => map.latLngToContainerPoint([lat, lon]), covers(map));
}

export interface MarkerLayout {
  /** Lays the markers out before the next frame is drawn, once however often it is asked in between. */
  request: () => void;
  stop: () => void;
}

/**
 * Lays the markers out after each marker update and again when the buttons over the map change. The layout
 * runs in the frame's animation callback: reading the buttons' boxes there costs the page one layout, the
 * one the frame needs anyway, where reading them right after a change (a filter panel re-rendered) would
 * force an extra one each time.
 */
export function followCovers(map: L.Map, markers: MarkerSet): MarkerLayout {
  const { request, cancel } = oncePerFrame(() => layOutMarkers(map, markers));
  let stopWatching = () => {};
  const area = map.getContainer().parentElement;
  if (area && typeof ResizeObserver !== 'undefined') {
    const sizes = new ResizeObserver(request);
    // The buttons watched for size, kept in step with the page. A button newly watched reports its size at
    // once (a layout follows); one gone asks for a layout here. A change inside a button that leaves the set
    // as it was (the Filters button's count, hidden on a wide screen) asks for nothing: its size, if it
    // changes, is reported.
    let watched = new Set<Element>();
    const watch = (): boolean => {
      const now = new Set(area.querySelectorAll(COVERS));
      let gone = false;
      for (const element of watched) {
        if (now.has(element)) continue;
        sizes.unobserve(element);
        gone = true;
      }
      for (const element of now) if (!watched.has(element)) sizes.observe(element);
      watched = now;
      return gone;
    };
    // Buttons come and go with the state (Show all results, the Search from here control).
    const changes = new MutationObserver(() => {
      if (watch()) request();
    });
    for (const root of area.querySelectorAll('.map-overlay, .leaflet-control-container'))
      changes.observe(root, { childList: true, subtree: true });
    changes.observe(map.getContainer(), { childList: true });
    // A menu opening over the map from the header (the phone's Share menu).
    const menus = new MutationObserver(request);
    const header = area.ownerDocument.querySelector('.header-menu');
    if (header) menus.observe(header, { attributes: true, subtree: true, attributeFilter: ['class'] });
    watch();
    stopWatching = () => {
      sizes.disconnect();
      changes.disconnect();
      menus.disconnect();
    };
  }
  return {
    request,
    stop: () => {
      cancel();
      stopWatching();
    },
  };
}
