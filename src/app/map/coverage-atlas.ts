// Country shapes for the coverage choropleth (the basemap's Natural Earth file, so they line up), keyed by ISO
// alpha-2, loaded on first use.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countriesUrl from 'world-atlas/countries-50m.json?url';

export interface CountryProperties {
  /** ISO 3166-1 alpha-2, or '' when the shape has none (e.g. disputed areas). */
  code: string;
  name: string;
}

export type CountryShapes = FeatureCollection<Geometry, CountryProperties>;

// Natural Earth gives Kosovo no numeric code; datasets use the user-assigned XK.
const CODE_BY_NAME: Record<string, string> = { Kosovo: 'XK' };

let shapes: Promise<CountryShapes> | null = null;

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
  const features = collection.features.map((country): Feature<Geometry, CountryProperties> => ({
    ...country,
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
