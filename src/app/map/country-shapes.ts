// Country shapes (Natural Earth via world-atlas) keyed by ISO alpha-2, for the basemap and the coverage
// choropleth alike, each level of detail loaded once on first use.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import coarseUrl from 'world-atlas/countries-110m.json?url';
import fineUrl from 'world-atlas/countries-50m.json?url';

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

const loaded = new Map<ShapeDetail, Promise<CountryShapes>>();

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

async function fetchShapes(detail: ShapeDetail): Promise<CountryShapes> {
  const [topology, topojson, isoCountries] = await Promise.all([
    fetch(URLS[detail]).then((response) => response.json()),
    import('topojson-client'),
    import('i18n-iso-countries'),
  ]);
  const collection = topojson.feature(topology, topology.objects.countries) as unknown as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const features = collection.features.map((country): CountryShape => ({
    ...country,
    geometry: country.geometry ? unwrap(country.geometry) : country.geometry,
    properties: {
      name: country.properties.name,
      // world-atlas ids are ISO 3166-1 numeric codes.
      code:
        (country.id !== undefined ? isoCountries.numericToAlpha2(String(country.id)) : undefined) ??
        CODE_BY_NAME[country.properties.name] ??
        '',
    },
  }));
  return { type: 'FeatureCollection', features };
}

export function loadCountryShapes(detail: ShapeDetail = 'fine'): Promise<CountryShapes> {
  let shapes = loaded.get(detail);
  if (!shapes) {
    shapes = fetchShapes(detail);
    loaded.set(detail, shapes);
    // A failed load is tried again on the next use.
    shapes.catch(() => loaded.delete(detail));
  }
  return shapes;
}
