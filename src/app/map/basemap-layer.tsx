// The embedded vector basemap (Natural Earth countries from world-atlas), drawn under the raster tiles so the
// map stays useful offline. Clicking a country toggles it in the country filter; chosen countries are
// outlined above the tiles. The world and continents are drawn from light shapes; detailed ones load when
// the map is first zoomed in. Zoomed in, only the countries in and around the view are decoded and drawn:
// Leaflet re-projects every shape on the map at each zoom change (the world's detailed borders took 60 to
// 150 ms of a filter change that zooms the map), and decoding them all and making their paths took about
// 150 ms more of the first zoom.
import L from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { useI18n, useT } from '../i18n/i18n-store';
import { useAppStore } from '../state/store';
import {
  loadCountryOutlines,
  type CountryOutline,
  type CountryShape,
  type ShapeDetail,
} from './country-shapes';
import { afterNextPaint, backgroundTask } from '../ui/after-paint';
import { useMapCredit } from './use-map-credit';

/** From this zoom on, 1:110m borders look coarse and small countries are missing: 1:50m is drawn. */
export const FINE_SHAPES_ZOOM = 5;

/**
 * How long shapes join the map in one task before the others wait for the next (a detailed shape is decoded,
 * made a path, projected and clipped as it joins): no long task on a fast or a slow device.
 */
const JOIN_BUDGET_MS = 5;

const detailAt = (zoom: number): ShapeDetail => (zoom >= FINE_SHAPES_ZOOM ? 'fine' : 'coarse');

const LAND: L.PathOptions = { fillColor: '#f2efe6', fillOpacity: 1, color: '#a8a29a', weight: 0.7 };
const CHOSEN: L.PathOptions = { fillColor: '#0b4f6c', fillOpacity: 0.1, color: '#0b4f6c', weight: 2 };
const NATURAL_EARTH = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';

/** What the renderer below overrides of Leaflet's SVG renderer. */
interface RendererSteps {
  _reset(): void;
  _onZoomEnd(): void;
  _update(): void;
  _updatePaths(): void;
}
const svgSteps = L.SVG.prototype as unknown as RendererSteps;

type ResetOnce = RendererSteps & { _resetting: boolean; _inReset: boolean };

/**
 * Leaflet's SVG renderer, doing a reset of the view once. A reset (a new zoom without animation: a filter's
 * fit, a link) first ends the zoom and the move: Leaflet's renderer re-projects every path at the zoom's end
 * and clips and simplifies each at the move's end. Then comes the reset itself, which clips every path again
 * (still at the old zoom's projection) before it projects and clips each once more. This one projects and
 * clips each path once, in the reset; any other zoom or move is Leaflet's own.
 */
const ResetOnceSVG = L.SVG.extend({
  getEvents(this: ResetOnce) {
    return {
      ...(L.SVG.prototype.getEvents?.call(this as unknown as L.SVG) ?? {}),
      viewprereset: () => (this._resetting = true),
    };
  },
  _reset(this: ResetOnce) {
    this._resetting = false;
    this._inReset = true;
    try {
      svgSteps._reset.call(this);
    } finally {
      this._inReset = false;
    }
  },
  _onZoomEnd(this: ResetOnce) {
    if (!this._resetting) svgSteps._onZoomEnd.call(this);
  },
  _update(this: ResetOnce) {
    if (!this._resetting) svgSteps._update.call(this);
  },
  _updatePaths(this: ResetOnce) {
    if (!this._inReset) svgSteps._updatePaths.call(this);
  },
}) as unknown as new (options: L.RendererOptions) => L.SVG;

/** A country of the basemap; its path is made when the map first wants it (its bounds meet the view). */
interface Drawn {
  outline: CountryOutline;
  bounds: L.LatLngBounds;
  path: L.Layer | null;
}

/** A Leaflet path for a country's shape, not yet on the map; clicks, hover and tooltips bound. */
function countryPath(outline: CountryOutline, renderer: L.Renderer): L.Layer {
  // Leaflet hands the options to each path it makes: the renderer among them (its types leave it out).
  const options: L.GeoJSONOptions & Pick<L.PathOptions, 'renderer'> = {
    pane: 'basemap',
    renderer,
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
  };
  return L.geoJSON(outline.shape(), options).getLayers()[0]!;
}

function countries(outlines: readonly CountryOutline[]): readonly Drawn[] {
  return outlines.flatMap((outline): Drawn[] => {
    if (!outline.bounds) return [];
    const [west, south, east, north] = outline.bounds;
    return [{ outline, bounds: L.latLngBounds([south, west], [north, east]), path: null }];
  });
}

export function BasemapLayer() {
  const map = useMap();
  const [fineWanted, setFineWanted] = useState(() => detailAt(map.getZoom()) === 'fine');
  const [coarse, setCoarse] = useState<readonly CountryOutline[] | null>(null);
  const [fine, setFine] = useState<readonly CountryOutline[] | null>(null);
  const chosen = useAppStore((s) => s.filters.countries);
  // One renderer for the countries' paths, kept while the map shows the basemap.
  const [renderer] = useState(() => new ResetOnceSVG({ pane: 'basemap' }));
  useEffect(() => () => void renderer.remove(), [renderer]);
  const t = useT();
  useMapCredit(coarse || fine ? t('map.bordersCredit', { source: NATURAL_EARTH }) : null);
  useMapEvents({ zoomend: () => detailAt(map.getZoom()) === 'fine' && setFineWanted(true) });

  useEffect(() => {
    let current = true;
    // Without the basemap the tiles (when reachable) and the sites still work.
    const failed = (error: unknown) => console.warn('Basemap unavailable:', error);
    // The shapes are drawn a moment after the rest of the first screen: asked for once it is painted.
    void afterNextPaint().then(() => {
      if (!current) return;
      loadCountryOutlines('coarse').then((loaded) => current && setCoarse(loaded), failed);
      if (fineWanted) loadCountryOutlines('fine').then((loaded) => current && setFine(loaded), failed);
    });
    return () => {
      current = false;
    };
  }, [fineWanted]);

  // Each level's paths are made once, when first placed below.
  const light = useMemo(() => (coarse ? countries(coarse) : []), [coarse]);
  const detailed = useMemo(() => (fine ? countries(fine) : []), [fine]);

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
    // The shapes wanted join for JOIN_BUDGET_MS at once, and the others in tasks of their own.
    // Those tasks wait for the rest of the page's work (the markers of a filter change above all).
    let waiting: Drawn[] = [];
    let cancelNext = () => {};
    const join = () => {
      const until = performance.now() + JOIN_BUDGET_MS;
      while (waiting.length > 0) {
        const drawn = waiting.shift()!;
        layer.addLayer((drawn.path ??= countryPath(drawn.outline, renderer)));
        if (performance.now() >= until) break;
      }
      if (waiting.length > 0) cancelNext = backgroundTask(join);
    };
    // The light world's first shapes join in a task after the render that brought them (a task of its own); the
    // detailed ones at once, as they take the place of light shapes already drawn.
    const joinNow = detailed.length > 0;
    const place = (adding: boolean, now = true) => {
      const zoomedIn = detailed.length > 0 && (light.length === 0 || map.getZoom() >= FINE_SHAPES_ZOOM);
      const near = map.getBounds().pad(0.25);
      const joining: Drawn[] = [];
      const show = (level: readonly Drawn[], wanted: (bounds: L.LatLngBounds) => boolean) => {
        for (const drawn of level) {
          if (!wanted(drawn.bounds)) {
            if (drawn.path) layer.removeLayer(drawn.path);
          } else if (!drawn.path || !layer.hasLayer(drawn.path)) joining.push(drawn);
        }
      };
      show(light, () => !zoomedIn);
      show(detailed, (bounds) => zoomedIn && near.intersects(bounds));
      // Those nearest the centre of the view join first: the country in view is drawn in the same task that took
      // the light shapes away, not some batches later. Of those whose bounds hold the centre, the smallest first:
      // the bounds of the United States span the globe (the Aleutians cross 180°) and hold the centre of Germany.
      const { lat, lng } = map.getCenter();
      const away = ({ bounds }: Drawn) =>
        Math.max(bounds.getWest() - lng, 0, lng - bounds.getEast()) ** 2 +
        Math.max(bounds.getSouth() - lat, 0, lat - bounds.getNorth()) ** 2;
      const size = ({ bounds }: Drawn) =>
        (bounds.getEast() - bounds.getWest()) * (bounds.getNorth() - bounds.getSouth());
      joining.sort((a, b) => away(a) - away(b) || size(a) - size(b));
      // Mid-reset, no shape joins; one that is no longer wanted leaves the queue.
      if (!adding) {
        waiting = waiting.filter((drawn) => joining.includes(drawn));
        return;
      }
      // The new view's first shapes join now, even while the last view's were still joining a batch at a time.
      waiting = joining;
      cancelNext();
      if (now) join();
      else cancelNext = backgroundTask(join);
    };
    place(true, joinNow);
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
      cancelNext();
      map.off(events as L.LeafletEventHandlerFnMap);
      layer.remove();
    };
  }, [map, light, detailed, renderer]);

  const outlined = fine ?? coarse;
  useEffect(() => {
    if (!outlined || chosen.length === 0) return;
    if (!map.getPane('chosen')) map.createPane('chosen').style.zIndex = '350';
    const wanted = new Set(chosen);
    const layer = L.geoJSON(
      outlined.filter((outline) => wanted.has(outline.code)).map((outline) => outline.shape()),
      { pane: 'chosen', style: () => CHOSEN, interactive: false },
    ).addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, outlined, chosen]);

  return null;
}
