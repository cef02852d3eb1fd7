// The near-me location on the map: a pin, the radius ring, and two ways to search from the map (the "Search
// from the map centre" button, or "Search from here" after a right-click or long press on a point).
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { Circle, CircleMarker, Popup, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import { useI18n, useT } from '../i18n/i18n-store';
import { useNearLabel } from '../i18n/near-label';
import { useAppStore } from '../state/store';

/** Named in the language shown when it is chosen (the name stays with the location). */
function pointLabel(lat: number, lon: number): string {
  return useI18n.getState().t('nearMap.point', { lat: lat.toFixed(3), lon: lon.toFixed(3) });
}

function searchFrom(lat: number, lon: number) {
  useAppStore.getState().setNear({
    lat,
    lon: L.Util.wrapNum(lon, [-180, 180], true),
    label: pointLabel(lat, lon),
    kind: 'point',
  });
}

function SearchHereControl() {
  const map = useMap();
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Clicks on the button must not reach the map (where a click toggles a country).
    if (box.current) {
      L.DomEvent.disableClickPropagation(box.current);
      L.DomEvent.disableScrollPropagation(box.current);
    }
  }, []);
  return (
    <div ref={box} className="near-map-control">
      <button
        type="button"
        className="button secondary"
        onClick={() => {
          const centre = map.getCenter();
          searchFrom(centre.lat, centre.lng);
        }}
      >
        {t('nearMap.searchCentre')}
      </button>
    </div>
  );
}

/** Brings a newly chosen location (and its radius) into view; a location opened from a link keeps the link's view. */
function useFollowLocation() {
  const map = useMap();
  const near = useAppStore((s) => s.near);
  const radiusKm = useAppStore((s) => s.radiusKm);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!near || near.keepView) return;
    const centre = L.latLng(near.lat, near.lon);
    const zoom =
      radiusKm === null
        ? Math.max(map.getZoom(), 7)
        : map.getBoundsZoom(centre.toBounds(radiusKm * 2000), false);
    useAppStore.getState().showNear({ zoom, lat: near.lat, lng: near.lon });
  }, [map, near, radiusKm]);
}

export function NearMeLayer() {
  const near = useAppStore((s) => s.near);
  const nearLabel = useNearLabel();
  const radiusKm = useAppStore((s) => s.radiusKm);
  const view = useAppStore((s) => s.view);
  // An embedded map shows what its link fixed: searching from the map belongs to the full app.
  const embed = useAppStore((s) => s.embed);
  const [picked, setPicked] = useState<L.LatLng | null>(null);
  const t = useT();
  useFollowLocation();
  useMapEvents({
    contextmenu: (event) => {
      if (!embed) setPicked(event.latlng);
    },
  });
  if (view === 'coverage') return null;
  return (
    <>
      {!embed && <SearchHereControl />}
      {picked && (
        <Popup position={picked} eventHandlers={{ remove: () => setPicked(null) }}>
          <button
            type="button"
            className="button"
            onClick={() => {
              searchFrom(picked.lat, picked.lng);
              setPicked(null);
            }}
          >
            {t('nearMap.searchHere')}
          </button>
        </Popup>
      )}
      {near && (
        <>
          {radiusKm !== null && (
            <Circle
              center={[near.lat, near.lon]}
              radius={radiusKm * 1000}
              pathOptions={{ color: '#c2410c', weight: 2, dashArray: '6 6', fill: false }}
              interactive={false}
            />
          )}
          <CircleMarker
            center={[near.lat, near.lon]}
            // A ring, wider than a site's marker: a site at the same point would otherwise hide it.
            radius={15}
            pathOptions={{ color: '#c2410c', weight: 4, fillColor: '#c2410c', fillOpacity: 0.15 }}
          >
            <Tooltip>{nearLabel}</Tooltip>
          </CircleMarker>
        </>
      )}
    </>
  );
}
