// Country shapes (Natural Earth via world-atlas) keyed by ISO alpha-2, for the basemap and the coverage
// choropleth alike, each level of detail loaded once on first use.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import coarseUrl from 'world-atlas/countries-110m.json?url';
import fineUrl from 'world-atlas/countries-50m.json?url';
import { nextTask } from '../ui/after-paint';

/**
 * Natural Earth's 1:110m shapes (38 KB gzip, 177 countries) draw the world and continents; its 1:50m ones
 * (230 KB gzip, 241 countries and territories, Malta and Andorra among them) are worth their weight only
 * when zoomed in, and wherever every country must have a shape.
 */
export type ShapeDetail = 'coarse' | 'fine';
const URLS: Record<ShapeDetail, string> = { coarse: coarseUrl, fine: fineUrl };

export interface CountryProperties {
  /** ISO 3166-1 alpha-2, or '' when the shape has none (e.g. disputed areas). */
  code: string;
  name: string;
}

export type CountryShape = Feature<Geometry, CountryProperties>;
export type CountryShapes = FeatureCollection<Geometry, CountryProperties>;

// Natural Earth gives Kosovo no numeric code; datasets use the user-assigned XK.
const CODE_BY_NAME: Record<string, string> = { Kosovo: 'XK' };

type Ring = GeoJSON.Position[];

/**
 * Leaflet draws on a plane: a ring cut at the antimeridian (Russia's Chukotka, Fiji) would be drawn as a band
 * across the whole map. Such rings continue east of 180° instead.
 */
export function unwrapRing(ring: Ring): Ring {
  let west = Infinity;
  let east = -Infinity;
  for (const [lon = 0] of ring) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  if (east - west <= 180) return ring;
  return ring.map(([lon = 0, lat = 0]) => [lon < 0 ? lon + 360 : lon, lat]);
}

function unwrap(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)) };
  }
  return geometry;
}

/** West, south, east, north. */
export type Bounds = [number, number, number, number];

/**
 * A country's name, code and bounds, read without decoding its shape: zoomed in, the basemap decodes only the
 * countries in and around the view (decoding all of the 1:50m world was about 75 ms of one task, and making its
 * Leaflet paths as much again).
 */
export interface CountryOutline {
  code: string;
  name: string;
  /** Of the shape as drawn (a ring cut at the antimeridian continuing east of 180°); null without a shape. */
  bounds: Bounds | null;
  /** The shape, decoded on first use (the same object each time). */
  shape(): CountryShape;
}

interface TopoGeometry {
  type: string | null;
  id?: string | number;
  arcs?: number[][] | number[][][];
  properties: { name: string };
}
interface Topology {
  type: 'Topology';
  arcs: number[][][];
  transform?: { scale: [number, number]; translate: [number, number] };
  objects: { countries: { type: 'GeometryCollection'; geometries: TopoGeometry[] } };
}

// Per arc: its south and north, and the least and greatest of its longitudes east and west of Greenwich.
const SOUTH = 0;
const NORTH = 1;
const EAST_MIN = 2;
const EAST_MAX = 3;
const WEST_MIN = 4;
const WEST_MAX = 5;
const PER_ARC = 6;

/** Each arc's extent (as above), its positions decoded as topojson-client decodes them. */
function arcExtents({ arcs, transform }: Topology): Float64Array {
  const extents = new Float64Array(arcs.length * PER_ARC);
  const [kx, ky] = transform?.scale ?? [1, 1];
  const [dx, dy] = transform?.translate ?? [0, 0];
  for (let i = 0; i < arcs.length; i++) {
    const arc = arcs[i]!;
    const at = i * PER_ARC;
    for (let k = 0; k < PER_ARC; k += 2) {
      extents[at + k] = Infinity;
      extents[at + k + 1] = -Infinity;
    }
    let x = 0;
    let y = 0;
    for (let j = 0; j < arc.length; j++) {
      const position = arc[j]!;
      let lon = position[0]!;
      let lat = position[1]!;
      if (transform) {
        // Quantized arcs are delta-encoded.
        lon = (x += lon) * kx + dx;
        lat = (y += lat) * ky + dy;
      }
      if (lat < extents[at + SOUTH]!) extents[at + SOUTH] = lat;
      if (lat > extents[at + NORTH]!) extents[at + NORTH] = lat;
      const side = lon < 0 ? WEST_MIN : EAST_MIN;
      if (lon < extents[at + side]!) extents[at + side] = lon;
      if (lon > extents[at + side + 1]!) extents[at + side + 1] = lon;
    }
  }
  return extents;
}

/**
 * The bounds of rings given as arc indexes (~i for an arc read backwards), as drawn: a ring spanning over 180°
 * is moved east by unwrapRing, its western longitudes 360° on.
 */
function ringsBounds(rings: number[][], extents: Float64Array): Bounds {
  const all: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    const of = [Infinity, -Infinity, Infinity, -Infinity, Infinity, -Infinity];
    for (const index of ring) {
      const at = (index < 0 ? ~index : index) * PER_ARC;
      for (let k = 0; k < PER_ARC; k += 2) {
        of[k] = Math.min(of[k]!, extents[at + k]!);
        of[k + 1] = Math.max(of[k + 1]!, extents[at + k + 1]!);
      }
    }
    let west = Math.min(of[WEST_MIN]!, of[EAST_MIN]!);
    let east = Math.max(of[WEST_MAX]!, of[EAST_MAX]!);
    if (east - west > 180) {
      west = Math.min(of[EAST_MIN]!, of[WEST_MIN]! + 360);
      east = Math.max(of[EAST_MAX]!, of[WEST_MAX]! + 360);
    }
    all[0] = Math.min(all[0], west);
    all[1] = Math.min(all[1], of[SOUTH]!);
    all[2] = Math.max(all[2], east);
    all[3] = Math.max(all[3], of[NORTH]!);
  }
  return all;
}

async function fetchOutlines(detail: ShapeDetail): Promise<CountryOutline[]> {
  const [topology, topojson, isoCountries] = await Promise.all([
    fetch(URLS[detail]).then((response) => response.json() as Promise<Topology>),
    import('topojson-client'),
    import('i18n-iso-countries'),
  ]);
  // Reading the file, starting the modules and reading the bounds are tasks of their own (together, a long one).
  await nextTask();
  const extents = arcExtents(topology);
  await nextTask();
  return topology.objects.countries.geometries.map((geometry): CountryOutline => {
    const { name } = geometry.properties;
    // world-atlas ids are ISO 3166-1 numeric codes.
    const code =
      (geometry.id !== undefined ? isoCountries.numericToAlpha2(String(geometry.id)) : undefined) ??
      CODE_BY_NAME[name] ??
      '';
    let shape: CountryShape | undefined;
    const decode = (): CountryShape => {
      if (shape) return shape;
      const country = topojson.feature(
        topology as never,
        geometry as never,
      ) as unknown as Feature<Geometry | null>;
      shape = {
        ...country,
        geometry: (country.geometry ? unwrap(country.geometry) : country.geometry) as Geometry,
        properties: { name, code },
      };
      return shape;
    };
    const rings =
      geometry.type === 'Polygon'
        ? (geometry.arcs as number[][])
        : geometry.type === 'MultiPolygon'
          ? (geometry.arcs as number[][][]).flat()
          : null;
    const bounds = rings && rings.length > 0 ? ringsBounds(rings, extents) : null;
    return { code, name, bounds, shape: decode };
  });
}

const outlinesLoaded = new Map<ShapeDetail, Promise<CountryOutline[]>>();
const shapesLoaded = new Map<ShapeDetail, Promise<CountryShapes>>();

/** Loads once; a failed load is tried again on the next use. */
function once<T>(
  cache: Map<ShapeDetail, Promise<T>>,
  detail: ShapeDetail,
  load: () => Promise<T>,
): Promise<T> {
  let loading = cache.get(detail);
  if (!loading) {
    loading = load();
    cache.set(detail, loading);
    loading.catch(() => cache.delete(detail));
  }
  return loading;
}

/** Every country's outline at this detail, its shape decoded when asked for. */
export function loadCountryOutlines(detail: ShapeDetail): Promise<CountryOutline[]> {
  return once(outlinesLoaded, detail, () => fetchOutlines(detail));
}

/** Every country's shape at this detail (the choropleth shades them all). */
export function loadCountryShapes(detail: ShapeDetail = 'fine'): Promise<CountryShapes> {
  return once(shapesLoaded, detail, async () => ({
    type: 'FeatureCollection',
    features: (await loadCountryOutlines(detail)).map((outline) => outline.shape()),
  }));
}
