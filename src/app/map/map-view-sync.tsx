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
import {
  DETAILS_WAIT_MS,
  FIT_PADDING,
  fitRoom,
  freeArea,
  inside,
  ROOM_TAKERS,
  watchDetails,
  wholeArea,
  type FitRoom,
} from './map-room';
import { prefersReducedMotion } from './motion';

const FIT_MAX_ZOOM = 9;
/** Moves at most to bring a selected site clear of its details (one may be dropped by an animation). */
const MOST_REVEAL_MOVES = 4;

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
        let moves = 0;
        const reveal = () => {
          if (!current) return;
          const free = keepLinkView ? wholeArea(map) : freeArea(map);
          if (inside(map.latLngToContainerPoint(target), free) && map.getZoom() >= 6) return;
          if (moves === MOST_REVEAL_MOVES) return;
          moves++;
          // The site at the middle of the free part of the map, not under the details.
          const zoom = Math.max(map.getZoom(), 7);
          const shift = map.getSize().divideBy(2).subtract(free.getCenter());
          const centre = map.unproject(map.project(target, zoom).add(shift), zoom);
          move(() => map.setView(centre, zoom, { animate: !prefersReducedMotion() }));
        };
        reveal();
        // The details open beside the map (over its lower part on a phone) as the site is selected, and grow as
        // their text comes in: the site is kept clear of them. A move asked for while Leaflet animates a zoom is
        // dropped: the end of each move asks again. Not once the person has taken the map.
        const again = () => {
          if (!theirs.current) reveal();
        };
        map.on('moveend', again);
        const stopWatching = watchDetails(map.getContainer().ownerDocument, again);
        const stop = () => {
          clearTimeout(timer);
          stopWatching();
          map.off('moveend', again);
        };
        const timer = setTimeout(stop, DETAILS_WAIT_MS);
        stopWaiting = stop;
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
