// The map: created once; layers are small components that read the store and the engine.
import 'leaflet/dist/leaflet.css';
import { memo, useEffect } from 'react';
import { MapContainer, useMap } from 'react-leaflet';
import { useT } from '../i18n/i18n-store';
import { activeFilterCount } from '../state/filters-slice';
import { useResults } from '../state/results';
import { useAppStore } from '../state/store';
import { MAP_ID } from '../ui/skip-links';
import { BasemapLayer } from './basemap-layer';
import { ClusterLayer } from './cluster-layer';
import { MapLegend } from './map-legend';
import { MapViewSync } from './map-view-sync';
import { prefersReducedMotion } from './motion';
import { SelectedSiteMarker } from './selected-site-marker';
import { MAX_ZOOM, StreetTiles } from './street-tiles';

/** Names the map region for assistive technology (Leaflet makes the container focusable for panning). */
function MapAccessibility() {
  const map = useMap();
  const t = useT();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', t('map.region'));
  }, [map, t]);
  return null;
}

/**
 * On a phone's map, where the list's explanation is a tab away, a filtered result with no site says so and
 * offers to clear the filters (hidden on wide screens, whose side panel explains it beside the map).
 */
function EmptyMapNote() {
  const t = useT();
  const empty = useResults((r) => r.summary !== null && r.summary.count === 0);
  const filtered = useAppStore((s) => activeFilterCount(s.filters) > 0);
  if (!empty || !filtered) return null;
  return (
    <div className="map-empty" role="status">
      <p>{t('map.empty')}</p>
      <button
        type="button"
        className="button secondary"
        onClick={() => useAppStore.getState().clearFilters()}
      >
        {t('empty.clearAll')}
      </button>
    </div>
  );
}

// Memoised: the shell re-renders on every new result count, and this part need not follow it.
export const SiteMap = memo(function SiteMap({
  children,
  controls,
}: {
  children?: React.ReactNode;
  /** Buttons drawn over the map's top edge (the phone's Filters button). */
  controls?: React.ReactNode;
}) {
  const mapMoved = useAppStore((s) => s.mapMoved);
  const mapError = useResults((r) => r.mapError);
  // While the sites download, the map shows the overview, the search from its centre and the legend: the marker
  // of a site chosen by a link and the buttons over the map that act on the sites wait for them.
  const ready = useResults((r) => r.load.status === 'ready');
  const streetMapOffline = useResults((r) => r.streetMapOffline);
  const t = useT();
  return (
    <div className="map-area">
      <MapContainer
        className="site-map"
        id={MAP_ID}
        center={[48, 10]}
        zoom={4}
        minZoom={2}
        maxZoom={MAX_ZOOM}
        worldCopyJump
        zoomSnap={1}
        // Read once: Leaflet fixes its animations when the map is created.
        zoomAnimation={!prefersReducedMotion()}
        fadeAnimation={!prefersReducedMotion()}
        markerZoomAnimation={!prefersReducedMotion()}
      >
        <MapAccessibility />
        <BasemapLayer />
        <StreetTiles />
        {ready && <SelectedSiteMarker />}
        {/* Before the markers: a new result moves the map first, so the markers are asked for once, for the
            view the person will see. */}
        <MapViewSync />
        <ClusterLayer />
        {children}
      </MapContainer>
      {mapError && (
        <div className="map-error" role="alert">
          <p>{t('map.drawFailed')}</p>
          <p className="app-message-detail">{mapError}</p>
        </div>
      )}
      {/* One row that wraps rather than letting its buttons and the legend overlap on a narrow map. */}
      <div className="map-overlay">
        {ready && controls}
        {ready && mapMoved && (
          <button
            type="button"
            className="map-fit button secondary"
            onClick={() => useAppStore.getState().fitToResults()}
          >
            {t('map.showAll')}
          </button>
        )}
        {ready && <EmptyMapNote />}
        <MapLegend />
        {/* In the row of buttons, which wraps, so the note never sits over a button or the credits. */}
        {streetMapOffline && (
          <p className="map-offline-note" role="status">
            {t('map.streetMapOffline')}
          </p>
        )}
      </div>
    </div>
  );
});
