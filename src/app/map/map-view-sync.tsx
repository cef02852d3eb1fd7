// Moves the map from state and reports the person's moves back: fits the filtered sites when the filters
// change (unless the person has moved the map), follows a position set by a link, and pans to a site
// selected in the list.
import L from 'leaflet';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { useEngine } from '../state/engine-context';
import { useOverview, useResults } from '../state/results';
import { useAppStore } from '../state/store';
import { showsFitted } from './fitted-view';
import { covers } from './marker-layout';
import { prefersReducedMotion } from './motion';

const FIT_MAX_ZOOM = 9;
const FIT_PADDING = 32;
/** Between a fitted site and a button over the map. */
const COVER_GAP = 8;
/**
 * What the fit leaves room for: the buttons over the map, the legend, Search from the map centre. Not Leaflet's
 * zoom buttons, small in a corner: a band the map's width for them would cost the fit a zoom level at times.
 */
const ROOM_TAKERS = '.map-overlay > *, .map-legend, .near-map-control';

/** A fit's room at the map's top and bottom edges, in pixels. */
interface FitRoom {
  top: number;
  bottom: number;
}

/**
 * Room above and below the fitted sites for the buttons and the legend over the map, so that none hides one of
 * them: a button in the map's upper half takes room at the top (the phone's Filters button and its folded
 * legend), one in the lower half at the bottom (the legend on a wide screen, Search from the map centre). A
 * quarter of the map's height at most at the top, half at the bottom.
 */
function fitRoom(map: L.Map): FitRoom {
  const height = map.getContainer().clientHeight;
  const room = { top: FIT_PADDING, bottom: FIT_PADDING };
  for (const rect of covers(map, ROOM_TAKERS)) {
    if (rect.y + rect.height / 2 < height / 2)
      room.top = Math.max(room.top, rect.y + rect.height + COVER_GAP);
    else room.bottom = Math.max(room.bottom, height - rect.y + COVER_GAP);
  }
  return { top: Math.min(room.top, height / 4), bottom: Math.min(room.bottom, height / 2) };
}

/**
 * The fit's room, measured when the map, the buttons over it or the legend change size. Measured there, the
 * page's layout is fresh; measured when a new result is fitted, right after the filter panel and the list were
 * re-rendered, it would force a layout of the whole page first.
 */
function useFitRoom(map: L.Map): () => FitRoom {
  const room = useRef<FitRoom | null>(null);
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const container = map.getContainer();
    const observer = new ResizeObserver(() => {
      room.current = fitRoom(map);
    });
    observer.observe(container);
    for (const element of container.parentElement?.querySelectorAll(`.map-overlay, ${ROOM_TAKERS}`) ?? [])
      observer.observe(element);
    return () => {
      observer.disconnect();
      room.current = null;
    };
  }, [map]);
  return () => (room.current ??= fitRoom(map));
}

/** A site's details, over the map's right side on a wide screen and over its lower part on a phone. */
const DETAILS = '.details-panel';
/** How long after a selection the map keeps the site clear of its details as they open and grow. */
const DETAILS_WAIT_MS = 3000;

/** The map's area, in its pixels. */
const wholeArea = (map: L.Map) => L.bounds([0, 0], map.getSize());

/**
 * The part of the map the details leave free, in the map's pixels: the largest of the areas above, below, left
 * and right of them; the whole map when none are open or they leave too little.
 */
function freeArea(map: L.Map): L.Bounds {
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
function inside(point: L.Point, area: L.Bounds): boolean {
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
 * Calls `changed` when the details enter the page and as they change size (their text comes in), for `ms`;
 * returns how to stop watching.
 */
function watchDetails(document: Document, ms: number, changed: () => void): () => void {
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
  const stop = () => {
    clearTimeout(timer);
    entries.disconnect();
    sizes.disconnect();
  };
  const timer = setTimeout(stop, ms);
  return stop;
}

export function MapViewSync() {
  const map = useMap();
  const engine = useEngine();
  // A moveend is the person's when they have touched, clicked, scrolled or pressed a key on the map since the
  // app last moved it. The app's own moves are never taken for theirs, however late one ends (a busy page can
  // hold an animated move's end for seconds) and however many overlap (a fit that cuts short an animated pan
  // ends both).
  const theirs = useRef(false);
  // Before the sites are in, the overview's bounds: the same as the unfiltered sites', so no second fit.
  const overview = useOverview();
  const summaryBounds = useResults((r) => r.summary?.bounds);
  const bounds = overview ? overview.bounds : summaryBounds;
  const generation = useResults((r) => r.generation);
  const ready = useResults((r) => r.load.status === 'ready');
  const shownBounds = useRef(bounds);
  useEffect(() => {
    shownBounds.current = bounds;
  });
  const view = useAppStore((s) => s.view);
  const position = useAppStore((s) => s.map);
  const mapMoved = useAppStore((s) => s.mapMoved);
  const selectedSiteId = useAppStore((s) => s.selectedSiteId);
  const origin = useAppStore((s) => s.selectionOrigin);

  const room = useFitRoom(map);

  const move = (action: () => void) => {
    theirs.current = false;
    action();
  };
  useEffect(() => {
    const container = map.getContainer();
    const input = () => {
      theirs.current = true;
    };
    const inputs = ['pointerdown', 'mousedown', 'touchstart', 'wheel', 'keydown', 'dblclick'] as const;
    for (const type of inputs) container.addEventListener(type, input, { capture: true, passive: true });
    return () => {
      for (const type of inputs) container.removeEventListener(type, input, { capture: true });
    };
  }, [map]);

  useMapEvents({
    moveend: () => {
      const byPerson = theirs.current;
      const center = map.getCenter();
      // A resize re-centres the map by a fraction of a pixel: that is nobody's move, and it must not
      // rewrite the position a link asked for.
      const stored = useAppStore.getState().map;
      if (stored && stored.zoom === map.getZoom()) {
        const drift = map
          .latLngToContainerPoint(center)
          .distanceTo(map.latLngToContainerPoint([stored.lat, stored.lng]));
        if (drift < 2) return;
      }
      const round = (value: number) => Math.round(value * 1e5) / 1e5;
      useAppStore
        .getState()
        .setMapPosition({ zoom: map.getZoom(), lat: round(center.lat), lng: round(center.lng) }, byPerson);
    },
  });

  // Fit the filtered sites on each new result, unless the person (or a link) has placed the map; no waiting on
  // the markers, frames or timers. The same bounds fitted last time, or bounds already shown as a fit would
  // show them, leave the map where it is.
  const lastFit = useRef<string | null>(null);
  const fit = (box: [number, number, number, number]) => {
    const [west, south, east, north] = box;
    const bounds = L.latLngBounds([south, west], [north, east]);
    const { top, bottom } = room();
    const options = {
      paddingTopLeft: L.point(FIT_PADDING, top),
      paddingBottomRight: L.point(FIT_PADDING, bottom),
      maxZoom: FIT_MAX_ZOOM,
    };
    // A result already shown as the fit would show it (a status toggled on a map of the world) leaves the map
    // still.
    if (showsFitted(map, bounds, options)) return;
    move(() => map.fitBounds(bounds, { ...options, animate: false }));
  };
  // A layout effect: the map is placed, and asks for its markers (cluster-layer), before the list asks for its
  // rows, so the engine answers the map first.
  useLayoutEffect(() => {
    if (mapMoved) {
      lastFit.current = null;
      return;
    }
    if (!bounds || (generation === 0 && !overview)) return;
    const key = bounds.join(',');
    if (key === lastFit.current) return;
    lastFit.current = key;
    fit(bounds);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, generation, overview, mapMoved]);

  // The map's pane changes width (a panel widens for the coverage report, a window is resized, the phone's map
  // tab is shown): Leaflet measures it again, and the sites are fitted to the new pane unless the person has
  // placed the map or a site is being shown. A change of height alone (a header line appearing) is left to
  // Leaflet: measuring it would end a move under way, whose own end would then pass for the person's.
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const container = map.getContainer();
    let width = container.clientWidth;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const now = container.clientWidth;
        if (Math.abs(now - width) < 2 || container.clientHeight === 0) return;
        width = now;
        move(() => map.invalidateSize({ pan: false }));
        const { mapMoved, selectedSiteId } = useAppStore.getState();
        if (!mapMoved && !selectedSiteId && shownBounds.current) fit(shownBounds.current);
      });
    });
    observer.observe(container);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map]);

  // A position from a link or from history: go there when it differs from where the map is.
  useEffect(() => {
    if (!position || !mapMoved) return;
    const center = map.getCenter();
    const same =
      Math.abs(center.lat - position.lat) < 1e-4 &&
      Math.abs(center.lng - position.lng) < 1e-4 &&
      map.getZoom() === position.zoom;
    if (!same) move(() => map.setView([position.lat, position.lng], position.zoom, { animate: false }));
  }, [map, position, mapMoved]);

  // A site chosen in the list (or a link) is brought into view.
  useEffect(() => {
    if (!ready || !selectedSiteId || origin === 'map') return;
    let current = true;
    let stopWaiting = () => {};
    engine.site(selectedSiteId).then(
      (site) => {
        if (!current || !site || site.lat === null || site.lon === null) return;
        const target = L.latLng(site.lat, site.lon);
        // A link that places the map keeps its view when the site is on it, under the details or not.
        const keepLinkView = origin === 'link' && useAppStore.getState().mapMoved;
        // One move at a time: Leaflet drops a move asked for while it animates a zoom.
        let moving = false;
        let again = false;
        const reveal = () => {
          if (!current) return;
          if (moving) {
            again = true;
            return;
          }
          const free = keepLinkView ? wholeArea(map) : freeArea(map);
          if (inside(map.latLngToContainerPoint(target), free) && map.getZoom() >= 6) return;
          // The site at the middle of the free part of the map, not under the details.
          const zoom = Math.max(map.getZoom(), 7);
          const shift = map.getSize().divideBy(2).subtract(free.getCenter());
          const centre = map.unproject(map.project(target, zoom).add(shift), zoom);
          moving = true;
          map.once('moveend', () => {
            moving = false;
            if (!again) return;
            again = false;
            reveal();
          });
          move(() => map.setView(centre, zoom, { animate: !prefersReducedMotion() }));
        };
        reveal();
        // The details open beside the map (over its lower part on a phone) as the site is selected, and grow as
        // their text comes in: the site is kept clear of them.
        stopWaiting = watchDetails(map.getContainer().ownerDocument, DETAILS_WAIT_MS, () => {
          // Not once the person has taken the map.
          if (!theirs.current) reveal();
        });
      },
      // The sites' text could not be downloaded: the map stays where it is, and the list says why.
      () => {},
    );
    return () => {
      current = false;
      stopWaiting();
    };
  }, [map, engine, ready, selectedSiteId, origin]);

  // The map was hidden (phone list view): Leaflet must measure its container again.
  useEffect(() => {
    move(() => map.invalidateSize());
  }, [map, view]);

  return null;
}
