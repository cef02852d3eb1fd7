// The filtered sites as a handful of DOM markers: supercluster clusters and points of the visible area.
// A cluster zooms in; a point with one site selects it; a point with several (same city) lists them.
import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Marker, Popup, useMap, useMapEvents } from 'react-leaflet';
import type { MapMarker, SiteSummary } from '../data/site-engine';
import { useEngine } from '../state/engine-context';
import { useResults } from '../state/results';
import { useAppStore } from '../state/store';
import { markerIcon } from './marker-icon';
import { PointList } from './point-list';

interface OpenList {
  marker: MapMarker;
  sites: SiteSummary[];
}

const LIST_LIMIT = 200;

export function ClusterLayer() {
  const map = useMap();
  const engine = useEngine();
  const generation = useResults((r) => r.generation);
  const [markers, setMarkers] = useState<MapMarker[]>([]);
  const [openList, setOpenList] = useState<OpenList | null>(null);
  const [viewKey, setViewKey] = useState(0);
  useMapEvents({ moveend: () => setViewKey((k) => k + 1) });

  useEffect(() => {
    if (generation === 0) return;
    let current = true;
    const bounds = map.getBounds();
    const bbox: [number, number, number, number] = [
      Math.max(-180, bounds.getWest()),
      Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(85, bounds.getNorth()),
    ];
    void engine.clusters(bbox, map.getZoom()).then((found) => current && setMarkers(found));
    return () => {
      current = false;
    };
  }, [engine, map, generation, viewKey]);

  const activate = useCallback(
    async (marker: MapMarker) => {
      if (marker.siteId) {
        useAppStore.getState().selectSite(marker.siteId, 'map');
        return;
      }
      const zoom = await engine.expansionZoom(marker.id);
      if (marker.kind === 'cluster' && zoom <= map.getMaxZoom()) {
        map.flyTo([marker.lat, marker.lon], zoom, { duration: 0.4 });
        return;
      }
      setOpenList({ marker, sites: await engine.leaves(marker.id, LIST_LIMIT) });
    },
    [engine, map],
  );

  return (
    <>
      {markers.map((marker) => (
        <ClusterMarker key={`${generation}:${marker.id}`} marker={marker} onActivate={activate} />
      ))}
      {openList && (
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
      )}
    </>
  );
}

function ClusterMarker({ marker, onActivate }: { marker: MapMarker; onActivate: (m: MapMarker) => void }) {
  const selected = useAppStore((s) => marker.siteId !== null && s.selectedSiteId === marker.siteId);
  // The icon is built once per marker; selection only toggles a class, so the element (and the keyboard
  // focus on it) survives selecting and closing.
  const icon = useMemo(() => markerIcon(marker, false), [marker]);
  const ref = useRef<LeafletMarker>(null);
  useEffect(() => {
    ref.current?.getElement()?.firstElementChild?.classList.toggle('selected', selected);
    ref.current?.setZIndexOffset(selected ? 1000 : marker.count);
  }, [selected, marker.count]);
  return (
    <Marker
      ref={ref}
      position={[marker.lat, marker.lon]}
      icon={icon}
      keyboard
      zIndexOffset={marker.count}
      eventHandlers={{
        click: () => onActivate(marker),
        keydown: (event: LeafletKeyboardEvent) => {
          if (event.originalEvent.key === 'Enter' || event.originalEvent.key === ' ') {
            event.originalEvent.preventDefault();
            onActivate(marker);
          }
        },
      }}
    />
  );
}
