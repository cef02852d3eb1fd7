// The embedded vector basemap (Natural Earth countries from world-atlas), drawn under the raster tiles so the
// map stays useful offline. Clicking a country toggles it in the country filter; chosen countries are
// outlined above the tiles. The world and continents are drawn from light shapes; detailed ones load when
// the map is first zoomed in. Zoomed in, only the countries in and around the view are drawn: Leaflet
// re-projects every shape on the map at each zoom change, and the world's detailed borders took 60 to 150 ms
// of a filter change that zooms the map.
import L from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { useI18n, useT } from '../i18n/i18n-store';
import { useAppStore } from '../state/store';
import { loadCountryShapes, type CountryShapes, type CountryShape, type ShapeDetail } from './country-shapes';
import { useMapCredit } from './use-map-credit';

/** From this zoom on, 1:110m borders look coarse and small countries are missing: 1:50m is drawn. */
export const FINE_SHAPES_ZOOM = 5;

/** Shapes joining the map per task: a few milliseconds each on a phone for the light world's countries. */
const SHAPES_PER_TASK = 40;

const detailAt = (zoom: number): ShapeDetail => (zoom >= FINE_SHAPES_ZOOM ? 'fine' : 'coarse');

const LAND: L.PathOptions = { fillColor: '#f2efe6', fillOpacity: 1, color: '#a8a29a', weight: 0.7 };
const CHOSEN: L.PathOptions = { fillColor: '#0b4f6c', fillOpacity: 0.1, color: '#0b4f6c', weight: 2 };
const NATURAL_EARTH = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';

type Drawn = readonly (readonly [L.Layer, L.LatLngBounds])[];

/** The shapes as Leaflet paths, not yet on the map, each with its bounds; clicks, hover and tooltips bound. */
function countryPaths(shapes: CountryShapes): Drawn {
  const group = L.geoJSON(shapes, {
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
  });
  return group.getLayers().map((path) => [path, (path as L.Polygon).getBounds()] as const);
}

export function BasemapLayer() {
  const map = useMap();
  const [fineWanted, setFineWanted] = useState(() => detailAt(map.getZoom()) === 'fine');
  const [coarse, setCoarse] = useState<CountryShapes | null>(null);
  const [fine, setFine] = useState<CountryShapes | null>(null);
  const chosen = useAppStore((s) => s.filters.countries);
  const t = useT();
  useMapCredit(coarse || fine ? t('map.bordersCredit', { source: NATURAL_EARTH }) : null);
  useMapEvents({ zoomend: () => detailAt(map.getZoom()) === 'fine' && setFineWanted(true) });

  useEffect(() => {
    let current = true;
    // Without the basemap the tiles (when reachable) and the sites still work.
    const failed = (error: unknown) => console.warn('Basemap unavailable:', error);
    loadCountryShapes('coarse').then((loaded) => current && setCoarse(loaded), failed);
    if (fineWanted) loadCountryShapes('fine').then((loaded) => current && setFine(loaded), failed);
    return () => {
      current = false;
    };
  }, [fineWanted]);

  // Each level's paths are made once, when it loads (not on the map until placed below).
  const light = useMemo(() => (coarse ? countryPaths(coarse) : []), [coarse]);
  const detailed = useMemo(() => (fine ? countryPaths(fine) : []), [fine]);

  useEffect(() => {
    if (light.length === 0 && detailed.length === 0) return;
    if (!map.getPane('basemap')) map.createPane('basemap').style.zIndex = '150';
    const layer = L.layerGroup().addTo(map);
    // Zoomed out, the light world (every shape: the view is most of it, and they are few points); zoomed in,
    // the detailed shapes whose bounds meet the view or a quarter of a view around it. Shapes leave on each move,
    // before Leaflet projects those on the map for a new zoom. In a reset of the view (a filter's fit, a link),
    // Leaflet projects every shape on the map two or three times; the shapes that come into view join after
    // that, and are projected once.
    let resetting = false;
    // A shape joining the map is projected, simplified and clipped: the whole world at once is one long task.
    // The shapes wanted join SHAPES_PER_TASK at a time, one batch at once and the others in tasks of their own.
    let waiting: L.Layer[] = [];
    let next: ReturnType<typeof setTimeout> | undefined;
    const join = () => {
      next = undefined;
      for (const path of waiting.splice(0, SHAPES_PER_TASK)) layer.addLayer(path);
      if (waiting.length > 0) next = setTimeout(join, 0);
    };
    const place = (adding: boolean) => {
      const zoomedIn = detailed.length > 0 && (light.length === 0 || map.getZoom() >= FINE_SHAPES_ZOOM);
      const near = map.getBounds().pad(0.25);
      const joining: L.Layer[] = [];
      const show = (drawn: Drawn, wanted: (bounds: L.LatLngBounds) => boolean) => {
        for (const [path, bounds] of drawn) {
          if (!wanted(bounds)) layer.removeLayer(path);
          else if (!layer.hasLayer(path)) joining.push(path);
        }
      };
      show(light, () => !zoomedIn);
      show(detailed, (bounds) => zoomedIn && near.intersects(bounds));
      // Mid-reset, no shape joins; one that is no longer wanted leaves the queue.
      if (!adding) {
        waiting = waiting.filter((path) => joining.includes(path));
        return;
      }
      waiting = joining;
      if (next === undefined) join();
    };
    place(true);
    const events = {
      move: () => place(!resetting),
      viewprereset: () => (resetting = true),
      viewreset: () => {
        resetting = false;
        place(true);
      },
    };
    map.on(events as L.LeafletEventHandlerFnMap);
    return () => {
      clearTimeout(next);
      map.off(events as L.LeafletEventHandlerFnMap);
      layer.remove();
    };
  }, [map, light, detailed]);

  const outlined = fine ?? coarse;
  useEffect(() => {
    if (!outlined || chosen.length === 0) return;
    if (!map.getPane('chosen')) map.createPane('chosen').style.zIndex = '350';
    const wanted = new Set(chosen);
    const layer = L.geoJSON(
      outlined.features.filter((feature) => wanted.has(feature.properties.code)),
      { pane: 'chosen', style: () => CHOSEN, interactive: false },
    ).addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, outlined, chosen]);

  return null;
}
