// Coverage rings: a circle of the chosen radius around each distinct point of the filtered sites. All rings are
// one canvas path, filled and stroked once: a Leaflet layer per ring held the main thread for most of a second
// at 100,000 sites. Their union is filled evenly, so overlapping rings read as one covered area.
import L from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { CoverageSummary } from '../data/site-engine';

export interface CoverageRingsProps {
  /** The distinct points of the filtered sites. */
  points: CoverageSummary['points'];
  radiusKm: number;
}

const RING_STYLE: L.PathOptions = {
  interactive: false,
  color: '#0b4f6c',
  weight: 1.5,
  opacity: 0.85,
  fillColor: '#2a9d8f',
  fillOpacity: 0.12,
  // Every ring is drawn in the same direction: with nonzero, overlaps stay filled (evenodd would punch holes).
  fillRule: 'nonzero',
};

/** The metres around the equator; Web Mercator stretches a metre by 1 / cos(latitude). */
const EQUATOR_M = 40_075_016.686;
const RADIANS = Math.PI / 180;

/** What the rings use of Leaflet's canvas renderer, which draws a path by calling its _updatePath. */
interface CanvasInternals {
  _ctx: CanvasRenderingContext2D | undefined;
  _bounds: L.Bounds;
  /** True while the renderer redraws its layers, which it does after clearing what they cover. */
  _drawing: boolean | undefined;
  _fillStroke(ctx: CanvasRenderingContext2D, layer: L.Path): void;
}

interface RingSetState {
  _map: L.Map | undefined;
  _renderer: CanvasInternals;
  _pxBounds: L.Bounds | undefined;
  options: L.PathOptions;
  lat: Float64Array;
  lon: Float64Array;
  radiusM: number;
  /** Pixel centres (x, y pairs) and radii in the map's layer coordinates at its zoom. */
  centres: Float64Array;
  radii: Float64Array;
}

/** Rings in the map's layer pixels: x, y pairs and radii. */
export interface PixelRings {
  centres: Float64Array;
  radii: Float64Array;
}

/**
 * The rings to draw at a zoom: each point's centre in layer pixels (`toPixel`) and its radius, `equatorRadius`
 * pixels stretched by Web Mercator at its latitude. A point in the pixel of one before it would draw the same ring
 * again, to within half a pixel, and is left out: a registry's 93,000 points are far fewer pixels in a world
 * view, and a path of that many curves took the canvas seconds to rasterize.
 */
export function ringsInPixels(
  lat: Float64Array,
  lon: Float64Array,
  equatorRadius: number,
  toPixel: (lat: number, lon: number) => L.Point,
): PixelRings {
  const centres = new Float64Array(lat.length * 2);
  const radii = new Float64Array(lat.length);
  const pixels = new Set<string>();
  let count = 0;
  for (let i = 0; i < lat.length; i++) {
    const point = toPixel(lat[i]!, lon[i]!);
    const pixel = `${Math.round(point.x)} ${Math.round(point.y)}`;
    if (pixels.has(pixel)) continue;
    pixels.add(pixel);
    centres[2 * count] = point.x;
    centres[2 * count + 1] = point.y;
    radii[count++] = equatorRadius / Math.max(Math.cos(lat[i]! * RADIANS), 1e-6);
  }
  return { centres: centres.subarray(0, 2 * count), radii: radii.subarray(0, count) };
}

// A Path, so the canvas renderer clears, redraws and re-projects it on pan and zoom as it does its circles.
const RingSet = L.Path.extend({
  initialize(this: RingSetState, lat: Float64Array, lon: Float64Array, radiusKm: number) {
    L.setOptions(this, RING_STYLE);
    Object.assign(this, {
      lat,
      lon,
      radiusM: radiusKm * 1000,
      centres: new Float64Array(0),
      radii: new Float64Array(0),
    });
  },
  _project(this: RingSetState) {
    const map = this._map;
    if (!map) return;
    const pixelsPerMetre = map.options.crs!.scale(map.getZoom()) / EQUATOR_M;
    const rings = ringsInPixels(this.lat, this.lon, this.radiusM * pixelsPerMetre, (lat, lon) =>
      map.latLngToLayerPoint([lat, lon]),
    );
    let [west, north, east, south] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < rings.radii.length; i++) {
      const [x, y, radius] = [rings.centres[2 * i]!, rings.centres[2 * i + 1]!, rings.radii[i]!];
      west = Math.min(west, x - radius);
      east = Math.max(east, x + radius);
      north = Math.min(north, y - radius);
      south = Math.max(south, y + radius);
    }
    Object.assign(this, rings);
    this._pxBounds = rings.radii.length > 0 ? L.bounds([west, north], [east, south]) : undefined;
  },
  _update(this: RingSetState & { _updatePath(): void }) {
    if (this._map) this._updatePath();
  },
  _updatePath(this: RingSetState) {
    const renderer = this._renderer;
    const context = renderer._ctx;
    // Drawn only in the renderer's redraw, as Leaflet's own paths are: a draw as the rings are added or the view
    // resets would be drawn again by the redraw that follows it, over a registry's rings twice the canvas work.
    if (!context || !renderer._drawing || this.radii.length === 0) return;
    const { min, max } = renderer._bounds;
    context.beginPath();
    for (let i = 0; i < this.radii.length; i++) {
      const [x, y, r] = [this.centres[2 * i]!, this.centres[2 * i + 1]!, this.radii[i]!];
      if (x + r < min!.x || x - r > max!.x || y + r < min!.y || y - r > max!.y) continue; // off screen
      context.moveTo(x + r, y);
      context.arc(x, y, r, 0, 2 * Math.PI);
    }
    renderer._fillStroke(context, this as unknown as L.Path);
  },
  _empty(this: RingSetState) {
    return !this._pxBounds || !this._renderer._bounds.intersects(this._pxBounds);
  },
  _containsPoint() {
    return false;
  },
}) as unknown as new (lat: Float64Array, lon: Float64Array, radiusKm: number) => L.Path;

export function CoverageRings({ points, radiusKm }: CoverageRingsProps) {
  const map = useMap();
  const renderer = useMemo(() => L.canvas({ padding: 0.2 }), []);

  useEffect(() => {
    const rings = new RingSet(points.lat, points.lon, radiusKm);
    rings.options.renderer = renderer;
    rings.addTo(map);
    return () => {
      rings.remove();
    };
  }, [map, points, radiusKm, renderer]);

  return null;
}
