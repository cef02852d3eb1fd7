// The embedded vector basemap (Natural Earth countries from world-atlas), drawn under the raster tiles so the
// map stays useful offline. Clicking a country toggles it in the country filter; chosen countries are
// outlined above the tiles. The world and continents are drawn from light shapes; detailed ones load when
// the map is first zoomed in, and stay.
import L from 'leaflet';
import { useEffect, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { useI18n, useT } from '../i18n/i18n-store';
import { useAppStore } from '../state/store';
import { loadCountryShapes, type CountryShapes, type CountryShape, type ShapeDetail } from './country-shapes';
import { useMapCredit } from './use-map-credit';

/** From this zoom on, 1:110m borders look coarse and small countries are missing: 1:50m is drawn. */
export const FINE_SHAPES_ZOOM = 5;

const detailAt = (zoom: number): ShapeDetail => (zoom >= FINE_SHAPES_ZOOM ? 'fine' : 'coarse');

const LAND: L.PathOptions = { fillColor: '#f2efe6', fillOpacity: 1, color: '#a8a29a', weight: 0.7 };
const CHOSEN: L.PathOptions = { fillColor: '#0b4f6c', fillOpacity: 0.1, color: '#0b4f6c', weight: 2 };
const NATURAL_EARTH = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';

export function BasemapLayer() {
  const map = useMap();
  const [detail, setDetail] = useState<ShapeDetail>(() => detailAt(map.getZoom()));
  const [shapes, setShapes] = useState<CountryShapes | null>(null);
  const chosen = useAppStore((s) => s.filters.countries);
  const t = useT();
  useMapCredit(shapes ? t('map.bordersCredit', { source: NATURAL_EARTH }) : null);
  // Once drawn, the detailed shapes stay at every zoom: swapping the 241 countries back and forth would cost
  // more at each crossing than drawing the detailed ones zoomed out.
  useMapEvents({ zoomend: () => detailAt(map.getZoom()) === 'fine' && setDetail('fine') });

  useEffect(() => {
    let current = true;
    // The shapes drawn stay until the other level of detail has loaded.
    loadCountryShapes(detail).then(
      (loaded) => current && setShapes(loaded),
      // Without the basemap the tiles (when reachable) and the sites still work.
      (error: unknown) => console.warn('Basemap unavailable:', error),
    );
    return () => {
      current = false;
    };
  }, [detail]);

  useEffect(() => {
    if (!shapes) return;
    if (!map.getPane('basemap')) map.createPane('basemap').style.zIndex = '150';
    const layer = L.geoJSON(shapes, {
      pane: 'basemap',
      style: () => LAND,
      onEachFeature: (feature: CountryShape, path) => {
        const code = feature.properties.code;
        if (!code) return;
        path.on('click', () => useAppStore.getState().toggleCountry(code));
        path.on('mouseover', () => (path as L.Path).setStyle({ fillColor: '#e6e0d0' }));
        path.on('mouseout', () => (path as L.Path).setStyle(LAND));
        // A tooltip names the country before the click (text only, via textContent), in the language shown
        // when it opens.
        const label = document.createElement('span');
        const named = () => {
          label.textContent = useI18n.getState().formats.country(code);
          return label;
        };
        path.bindTooltip(named, { sticky: true, direction: 'top', className: 'country-tooltip' });
      },
    }).addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, shapes]);

  useEffect(() => {
    if (!shapes || chosen.length === 0) return;
    if (!map.getPane('chosen')) map.createPane('chosen').style.zIndex = '350';
    const wanted = new Set(chosen);
    const layer = L.geoJSON(
      shapes.features.filter((feature) => wanted.has(feature.properties.code)),
      { pane: 'chosen', style: () => CHOSEN, interactive: false },
    ).addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, shapes, chosen]);

  return null;
}
