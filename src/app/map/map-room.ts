// What covers the map, and the room it leaves: the buttons and the legend over the map, for which a fit of the
// sites keeps room, and a site's details, beside which a selected site is shown.
import L from 'leaflet';
import { covers } from './marker-layout';

/** Around the fitted sites, in pixels. */
export const FIT_PADDING = 32;
/** Between a fitted site and a button over the map. */
const COVER_GAP = 8;
/**
 * What the fit leaves room for: the buttons over the map, the legend, Search from the map centre. Not Leaflet's
 * zoom buttons, small in a corner: a band the map's width for them would cost the fit a zoom level at times.
 */
export const ROOM_TAKERS = '.map-overlay > *, .map-legend, .near-map-control';

/** A fit's room at the map's top and bottom edges, in pixels. */
export interface FitRoom {
  top: number;
  bottom: number;
}

/**
 * Room above and below the fitted sites for the buttons and the legend over the map, so that none hides one of
 * them: a button in the map's upper half takes room at the top (the phone's Filters button and its folded
 * legend), one in the lower half at the bottom (the legend on a wide screen, Search from the map centre). A
 * quarter of the map's height at most at the top, half at the bottom.
 */
export function fitRoom(map: L.Map): FitRoom {
  const height = map.getContainer().clientHeight;
  const room = { top: FIT_PADDING, bottom: FIT_PADDING };
  for (const rect of covers(map, ROOM_TAKERS)) {
    if (rect.y + rect.height / 2 < height / 2)
      room.top = Math.max(room.top, rect.y + rect.height + COVER_GAP);
    else room.bottom = Math.max(room.bottom, height - rect.y + COVER_GAP);
  }
  return { top: Math.min(room.top, height / 4), bottom: Math.min(room.bottom, height / 2) };
}

/** A site's details, over the map's right side on a wide screen and over its lower part on a phone. */
const DETAILS = '.details-panel';
/** How long after a selection the map keeps the site clear of its details as they open and grow. */
export const DETAILS_WAIT_MS = 5000;

/** The map's area, in its pixels. */
export const wholeArea = (map: L.Map) => L.bounds([0, 0], map.getSize());

/**
 * The part of the map the details leave free, in the map's pixels: the largest of the areas above, below, left
 * and right of them; the whole map when none are open or they leave too little.
 */
export function freeArea(map: L.Map): L.Bounds {
  const size = map.getSize();
  const whole = wholeArea(map);
  const container = map.getContainer();
  const panel = container.ownerDocument.querySelector(DETAILS);
  if (!panel) return whole;
  const origin = container.getBoundingClientRect();
  const box = panel.getBoundingClientRect();
  const [left, right] = [box.left - origin.left, box.right - origin.left];
  let [top, bottom] = [box.top - origin.top, box.bottom - origin.top];
  // The details grow as their text comes in, up to their greatest height: down from their top edge, or up from
  // their bottom on a phone, where they stand on the tabs.
  const style = getComputedStyle(panel);
  const most = parseFloat(style.maxHeight);
  if (most > box.height) {
    if (style.top === 'auto') top = bottom - most;
    else bottom = top + most;
  }
  const clamp = (value: number, most: number) => Math.min(Math.max(value, 0), most);
  const areas = [
    L.bounds([0, 0], [size.x, clamp(top, size.y)]),
    L.bounds([0, clamp(bottom, size.y)], [size.x, size.y]),
    L.bounds([0, 0], [clamp(left, size.x), size.y]),
    L.bounds([clamp(right, size.x), 0], [size.x, size.y]),
  ];
  const extent = (area: L.Bounds) => (area.max!.x - area.min!.x) * (area.max!.y - area.min!.y);
  const largest = areas.reduce((best, area) => (extent(area) > extent(best) ? area : best));
  return extent(largest) >= extent(whole) / 5 ? largest : whole;
}

/** Whether a point lies inside an area less a tenth of its size on each side. */
export function inside(point: L.Point, area: L.Bounds): boolean {
  const { min, max } = area as Required<L.Bounds>;
  const [marginX, marginY] = [(max.x - min.x) / 10, (max.y - min.y) / 10];
  return (
    point.x >= min.x + marginX &&
    point.x <= max.x - marginX &&
    point.y >= min.y + marginY &&
    point.y <= max.y - marginY
  );
}

/**
 * Calls `changed` when the details enter the page and as they change size (their text comes in); returns how to
 * stop watching.
 */
export function watchDetails(document: Document, changed: () => void): () => void {
  if (typeof MutationObserver === 'undefined' || typeof ResizeObserver === 'undefined') return () => {};
  const sizes = new ResizeObserver(() => changed());
  let watched: Element | null = null;
  const follow = () => {
    const panel = document.querySelector(DETAILS);
    if (panel === watched) return;
    if (watched) sizes.unobserve(watched);
    watched = panel;
    // Observing reports the size at once.
    if (panel) sizes.observe(panel);
  };
  const entries = new MutationObserver(follow);
  entries.observe(document.body, { childList: true, subtree: true });
  follow();
  return () => {
    entries.disconnect();
    sizes.disconnect();
  };
}
