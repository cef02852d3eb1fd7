// Country shapes (Natural Earth via world-atlas) keyed by ISO alpha-2, for the basemap and the coverage
// choropleth alike, loaded once on first use.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countriesUrl from 'world-atlas/countries-50m.json?url';

export interface CountryProperties {
  /** ISO 3166-1 alpha-2, or '' when the shape has none (e.g. disputed areas). */
  code: string;
  name: string;
}

export type CountryShape = Feature<Geometry, CountryProperties>;
export type CountryShapes = FeatureCollection<Geometry, CountryProperties>;

// Natural Earth gives Kosovo no numeric code; datasets use the user-assigned XK.
const CODE_BY_NAME: Record<string, string> = { Kosovo: 'XK' };

let shapes: Promise<CountryShapes> | null = null;

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

async function fetchShapes(): Promise<CountryShapes> {
  const [topology, topojson, isoCountries] = await Promise.all([
    fetch(countriesUrl).then((response) => response.json()),
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

export function loadCountryShapes(): Promise<CountryShapes> {
  shapes ??= fetchShapes();
  shapes.catch(() => (shapes = null));
  return shapes;
}
