// The filtered sites as a handful of DOM markers: supercluster clusters and points of the visible area.
// A cluster zooms in; a point with one site selects it; a point with several (same city) lists them.
import L from 'leaflet';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Popup, useMap } from 'react-leaflet';
import type { MapMarker, SiteSummary } from '../data/site-engine';
import { useT } from '../i18n/i18n-store';
import { useEngine } from '../state/engine-context';
import { overviewMarkers } from '../../core/overview/format';
import { reportMapError, useOverview, useResults } from '../state/results';
import { useAppStore } from '../state/store';
import { markerLabels } from './marker-icon';
import { MarkerSet } from './marker-set';
import { PointList } from './point-list';
import { prefersReducedMotion } from './motion';
import { followCovers, type MarkerLayout } from './marker-layout';

interface OpenList {
  marker: MapMarker;
  sites: SiteSummary[];
}

const LIST_LIMIT = 200;

/** Resolves once the sites are in and filtered (a marker of the overview was clicked before). */
function sitesFiltered(): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe = useResults.subscribe((results) => {
      if (results.generation > 0 && results.load.status === 'ready') {
        unsubscribe();
        resolve();
      }
    });
  });
}

/** The longitude of the world copy nearest the view's centre, so markers across the antimeridian show. */
const nearestCopy = (lon: number, centre: number) => lon + 360 * Math.round((centre - lon) / 360);

export function ClusterLayer() {
  const map = useMap();
  const engine = useEngine();
  // Until the sites are in and filtered, the markers come from the dataset's overview, when there is one.
  const generation = useResults((r) => (r.load.status === 'ready' ? r.generation : 0));
  const overview = useOverview();
  // One Leaflet layer for the whole life of the map; React only hands it the markers.
  const [markerSet] = useState(() => new MarkerSet(L.layerGroup()));
  // The view and result last asked for (a filter change and the map's fit to it ask once, not twice), and
  // the latest request, whose answer alone is shown.
  const requests = useRef({ asked: '', ticket: 0 });
  // Run once the next set of markers is in place (focus after a cluster opened from the keyboard).
  const afterUpdate = useRef<(() => void) | null>(null);
  const layout = useRef<MarkerLayout | null>(null);
  const [openList, setOpenList] = useState<OpenList | null>(null);
  const [viewKey, setViewKey] = useState(0);
  // One handler for the layer's life, attached in a layout effect: a new one per render would be taken off and
  // put back at each commit, and the map's fit to a new result (map-view-sync, whose effects run first) would
  // move the map in between; attached in an effect, it missed a link's position, set in map-view-sync's
  // effect, and the overview's markers of the first view stayed.
  useLayoutEffect(() => {
    const moved = () => setViewKey((k) => k + 1);
    map.on('moveend', moved);
    return () => {
      map.off('moveend', moved);
    };
  }, [map]);

  const activate = useCallback(
    async (marker: MapMarker, byKeyboard: boolean) => {
      if (marker.siteId) {
        useAppStore.getState().selectSite(marker.siteId, 'map');
        return;
      }
      // An overview's cluster knows where it splits; a place with several sites lists them once they are in.
      const early = useResults.getState().overview?.expansion.get(marker.id);
      if (early === undefined && useResults.getState().generation === 0) await sitesFiltered();
      const zoom = early ?? (await engine.expansionZoom(marker.id));
      if (marker.kind === 'cluster' && zoom <= map.getMaxZoom()) {
        // From the keyboard, focus stays on the map: on the first of the markers the cluster opens into.
        if (byKeyboard)
          map.once('moveend', () => {
            afterUpdate.current = () => markerSet.focusFirst();
          });
        map.flyTo([marker.lat, marker.lon], zoom, { duration: 0.4, animate: !prefersReducedMotion() });
        return;
      }
      // Without the sites' text (its download failed: the list says so) the place opens no list.
      const sites = await engine.leaves(marker.id, LIST_LIMIT).catch(() => null);
      if (sites) setOpenList({ marker, sites });
    },
    [engine, map, markerSet],
  );

  // Layout effects, as the requests below: a marker drawn is named and answers from its first frame.
  useLayoutEffect(() => {
    markerSet.setActivate((marker, byKeyboard) => void activate(marker, byKeyboard));
  }, [markerSet, activate]);

  const t = useT();
  useLayoutEffect(() => markerSet.setNames(markerLabels(t)), [markerSet, t]);

  // Before the request below: the layer is on the map and its layout followed when the first answer comes.
  useLayoutEffect(() => {
    const pending = requests.current;
    markerSet.group.addTo(map);
    const following = followCovers(map, markerSet);
    layout.current = following;
    markerSet.select(useAppStore.getState().selectedSiteId);
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.selectedSiteId !== previous.selectedSiteId) markerSet.select(state.selectedSiteId);
    });
    return () => {
      unsubscribe();
      following.stop();
      layout.current = null;
      markerSet.clear();
      markerSet.group.remove();
      pending.asked = '';
      pending.ticket++;
    };
  }, [map, markerSet]);

  // A layout effect, after map-view-sync's fit: the markers are asked for before the list asks for its rows.
  useLayoutEffect(() => {
    const pending = requests.current;
    if (generation === 0 && !overview) {
      // Nothing to draw until the sites are in: an overview's markers shown before a filter or a radius was
      // chosen go, and an answer still on its way is dropped.
      if (pending.asked !== '') {
        pending.asked = '';
        pending.ticket++;
        markerSet.update([]);
        layout.current?.request();
      }
      return;
    }
    const bounds = map.getBounds();
    // West and east stay as Leaflet gives them (past ±180 when the view crosses the antimeridian).
    const bbox: [number, number, number, number] = [
      bounds.getWest(),
      Math.max(-85, bounds.getSouth()),
      bounds.getEast(),
      Math.min(85, bounds.getNorth()),
    ];
    const zoom = map.getZoom();
    const key = `${generation}|${zoom}|${bbox.join(',')}`;
    if (key === pending.asked) return;
    pending.asked = key;
    const mine = ++pending.ticket;
    const centre = map.getCenter().lng;
    const show = (found: MapMarker[]) => {
      markerSet.update(found.map((marker) => ({ ...marker, lon: nearestCopy(marker.lon, centre) })));
      layout.current?.request();
      const next = afterUpdate.current;
      afterUpdate.current = null;
      next?.();
      reportMapError(null);
    };
    // A filter change that leaves the view where it was: its summary brought this view's markers.
    const brought = generation > 0 ? useResults.getState().summary?.view : null;
    if (brought && brought.zoom === zoom && brought.bbox.every((value, i) => value === bbox[i])) {
      show(brought.markers);
      return;
    }
    const asked =
      generation === 0 && overview
        ? // Past the overview's deepest zoom, no markers until the sites are in.
          Promise.resolve(overviewMarkers(overview, bbox, zoom) ?? [])
        : engine.clusters(bbox, zoom);
    asked.then(
      (found) => {
        if (mine !== pending.ticket) return;
        show(found);
      },
      (error: unknown) => {
        if (mine !== pending.ticket) return;
        pending.asked = ''; // the next move asks again
        reportMapError(error);
      },
    );
  }, [engine, map, markerSet, generation, overview, viewKey]);

  // The popup, its position and its list are made once per opened list. A popup re-rendered with new children
  // or a new position updates itself and pans the map into view again; that pan moves the view, which
  // re-renders this layer.
  const listPopup = useMemo(
    () =>
      openList && (
        <Popup
          position={[openList.marker.lat, openList.marker.lon]}
          eventHandlers={{ remove: () => setOpenList(null) }}
          maxHeight={320}
          minWidth={240}
        >
          <PointList
            sites={openList.sites}
            total={openList.marker.count}
            onPick={(id) => {
              useAppStore.getState().selectSite(id, 'map');
              map.closePopup();
            }}
          />
        </Popup>
      ),
    [openList, map],
  );

  return listPopup;
}
