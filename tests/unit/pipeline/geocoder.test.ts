import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cityVariants, createGeocoder, type GeocodeRequest } from '../../../src/pipeline/geocoder';
import { readGeoNames } from '../../../src/pipeline/geonames';
import { readOverrides } from '../../../src/pipeline/overrides';
import { readCtgovClassicXml } from '../../../src/pipeline/readers/ctgov-classic-xml';
import { readCtgovStudyText } from '../../../src/pipeline/readers/ctgov-study-text';

// GeoNames is parsed once for this file.
const places = readGeoNames();
const geocoder = createGeocoder(places, readOverrides('data/geocode-overrides.json'));

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const radians = Math.PI / 180;
  const dLat = (b.lat - a.lat) * radians;
  const dLon = (b.lon - a.lon) * radians;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const at = (country: string, city: string, state: string | null = null, facility: string | null = null) =>
  geocoder.geocode({ country, city, state, facility } satisfies GeocodeRequest);

// Reference city centres, written by hand (GeoNames / common reference values), independent of the geocoder.
const REFERENCE: Record<string, [number, number]> = {
  'AT Graz': [47.0707, 15.4395],
  'AT Linz': [48.3069, 14.2858],
  'AT Salzburg': [47.8095, 13.055],
  'AT Vienna': [48.2082, 16.3738],
  'BE Antwerp': [51.2194, 4.4025],
  'BE Bruges': [51.2093, 3.2247],
  'BE Brussels': [50.8503, 4.3517],
  'BE Ghent': [51.0543, 3.7174],
  'BE Yvoir': [50.328, 4.88],
  'FR Angers': [47.4784, -0.5632],
  'FR Besançon': [47.2378, 6.0241],
  'FR Cergy-Pontoise': [49.05, 2.1],
  'FR Créteil': [48.7904, 2.4556],
  'FR Lyon': [45.764, 4.8357],
  'FR Nantes': [47.2184, -1.5536],
  'FR Nice': [43.7102, 7.262],
  'FR Paris': [48.8566, 2.3522],
  'FR Pessac': [44.8067, -0.6311],
  'FR Toulouse': [43.6047, 1.4442],
  'DE Berlin': [52.52, 13.405],
  'DE Dresden': [51.0504, 13.7373],
  'DE Essen': [51.4556, 7.0116],
  'DE Frankfurt': [50.1155, 8.6842],
  'DE Hamburg': [53.5511, 9.9937],
  'DE Hanover': [52.3759, 9.732],
  'DE Heidelberg': [49.3988, 8.6724],
  'DE Kiel': [54.3233, 10.1228],
  'DE Leipzig': [51.3397, 12.3731],
  'DE Munich': [48.1351, 11.582],
  'DE Münster': [51.9607, 7.6261],
  'DE Regensburg': [49.0134, 12.1016],
  'DE Rostock': [54.0924, 12.0991],
  'DE Stuttgart': [48.7758, 9.1829],
  'DE Tübingen': [48.5216, 9.0576],
  'DE Ulm': [48.4011, 9.9876],
  'DE Würzburg': [49.7913, 9.9534],
  'IT Bergamo': [45.6983, 9.6773],
  'IT Bologna': [44.4949, 11.3426],
  'IT Brescia': [45.5416, 10.2118],
  'IT Catania': [37.5079, 15.083],
  'IT Genoa': [44.4056, 8.9463],
  'IT Monza': [45.5845, 9.2744],
  'IT Napoli': [40.8518, 14.2681],
  'IT Palermo': [38.1157, 13.3615],
  'IT Rome': [41.9028, 12.4964],
  'IT Torino': [45.0703, 7.6869],
  'IT Verona': [45.4384, 10.9916],
  'NL Groningen': [53.2194, 6.5665],
  'NL Rotterdam': [51.9244, 4.4777],
  'PL Bialystok': [53.1325, 23.1688],
  'PL Gdansk': [54.352, 18.6466],
  'PL Kielce': [50.8661, 20.6286],
  'PL Lublin': [51.2465, 22.5684],
  'PL Warsaw': [52.2297, 21.0122],
  'PL Wroclaw': [51.1079, 17.0385],
  'RO Bucharest': [44.4268, 26.1025],
  'RO Cluj-Napoca': [46.7712, 23.6236],
  'RO Iași': [47.1585, 27.6014],
  'RU Moscow': [55.7558, 37.6173],
  'RU Saint Petersburg': [59.9311, 30.3609],
  'ES A Coruña': [43.3623, -8.4115],
  'ES Badalona': [41.45, 2.2474],
  'ES Barcelona': [41.3851, 2.1734],
  'ES Madrid': [40.4168, -3.7038],
  // Hospital Universitari Son Espases, on the northern edge of Palma.
  'ES Mallorca': [39.6063, 2.6441],
  'ES Salamanca': [40.9701, -5.6635],
  'ES Valencia': [39.4699, -0.3763],
  'GB Birmingham': [52.4862, -1.8904],
  'GB Bristol': [51.4545, -2.5879],
  'GB Cardiff': [51.4816, -3.1791],
  'GB London': [51.5074, -0.1278],
  'GB Nottingham': [52.9548, -1.1581],
};

const STUDY_PAGE = 'seeds/004_e87ec184d23465ba.txt';
const seedSites = readCtgovStudyText(readFileSync(STUDY_PAGE, 'utf8'), STUDY_PAGE)[0]!.sites;

describe('geocoding the 75 MT103-203 sites', () => {
  it('places every site within 25 km of its true city', () => {
    expect(seedSites).toHaveLength(75);
    const misplaced: string[] = [];
    for (const site of seedSites) {
      const reference = REFERENCE[`${site.country} ${site.city}`];
      const result = geocoder.geocode(site);
      if (!reference || result.lat === null || result.lon === null) {
        misplaced.push(`${site.siteNumber} ${site.city}: ${result.geocode.note ?? 'no reference'}`);
        continue;
      }
      const km = distanceKm({ lat: result.lat, lon: result.lon }, { lat: reference[0], lon: reference[1] });
      if (km > 25) misplaced.push(`${site.siteNumber} ${site.city}: ${km.toFixed(1)} km off`);
    }
    expect(misplaced).toEqual([]);
  });

  it('resolves the classic XML spellings of the same sites to the same places', () => {
    const xmlSites = readCtgovClassicXml(
      readFileSync('tests/fixtures/ctgov/NCT01207388.xml', 'utf8'),
      'x.xml',
    )[0]!.sites;
    expect(xmlSites).toHaveLength(75);
    const spellings: string[] = [];
    for (const xmlSite of xmlSites) {
      const seedSite = seedSites.find((site) => site.siteNumber === xmlSite.siteNumber);
      expect(seedSite, `site ${xmlSite.siteNumber}`).toBeDefined();
      if (seedSite && seedSite.city !== xmlSite.city) spellings.push(`${seedSite.city}/${xmlSite.city}`);
      expect(geocoder.geocode(xmlSite).geocode.geonameId).toBe(geocoder.geocode(seedSite!).geocode.geonameId);
    }
    // The two sources really do spell these cities differently.
    expect(spellings.sort()).toEqual(
      [
        'A Coruña/La Coruña',
        'Antwerp/Antwerpen',
        'Bruges/Brügge',
        'Cergy-Pontoise/Cergy Pontoise',
        'Ghent/Gent',
        'Hanover/Hannover',
        'Iași/Iasi',
        'Saint Petersburg/St. Petersburg',
        'Wroclaw/Wrocław',
      ].sort(),
    );
  });
});

describe('geocoder hard cases', () => {
  it.each([
    ['IT', 'Napoli', 'Naples'],
    ['IT', 'Torino', 'Turin'],
    ['DE', 'Hanover', 'Hannover'],
    ['BE', 'Antwerp', 'Antwerpen'],
    ['BE', 'Bruges', 'Brugge'],
    ['BE', 'Ghent', 'Gent'],
    ['PL', 'Bialystok', 'Białystok'],
    ['RO', 'Iași', 'Iasi'],
    ['RU', 'Saint Petersburg', 'St. Petersburg'],
    ['ES', 'La Coruña', 'A Coruña'],
    ['FR', 'Cergy-Pontoise', 'Cergy Pontoise'],
  ])('%s: %s and %s are the same place', (country, one, other) => {
    const first = at(country, one);
    expect(first.geocode.method).toBe('gazetteer');
    expect(at(country, other).geocode.geonameId).toBe(first.geocode.geonameId);
  });

  it.each([
    ['DE', 'Frankfurt', 50.1155, 8.6842],
    ['DE', 'Essen', 51.4556, 7.0116],
    ['DE', 'Münster', 51.9607, 7.6261],
    ['ES', 'Salamanca', 40.9701, -5.6635],
  ])('%s %s: picks the most populous place of that name', (country, city, lat, lon) => {
    const result = at(country, city);
    expect(distanceKm({ lat: result.lat ?? 0, lon: result.lon ?? 0 }, { lat, lon })).toBeLessThan(10);
  });

  it('uses the state when the source gives one', () => {
    const maine = at('US', 'Portland', 'Maine');
    const oregon = at('US', 'Portland', 'Oregon');
    expect(
      distanceKm({ lat: maine.lat ?? 0, lon: maine.lon ?? 0 }, { lat: 43.6591, lon: -70.2568 }),
    ).toBeLessThan(10);
    expect(
      distanceKm({ lat: oregon.lat ?? 0, lon: oregon.lon ?? 0 }, { lat: 45.5152, lon: -122.6784 }),
    ).toBeLessThan(10);
    const springfield = at('US', 'Springfield', 'IL');
    expect(
      distanceKm({ lat: springfield.lat ?? 0, lon: springfield.lon ?? 0 }, { lat: 39.7817, lon: -89.6501 }),
    ).toBeLessThan(10);
    expect(at('CA', 'London', 'Ontario').lon).toBeLessThan(-80);
  });

  it('leaves a place it cannot find unresolved, with a note, rather than guessing across states', () => {
    expect(at('DE', 'Atlantis')).toEqual({
      lat: null,
      lon: null,
      geocode: {
        method: 'unresolved',
        placeName: null,
        geonameId: null,
        note: 'no place named "Atlantis" in Germany',
      },
    });
    expect(at('US', 'Anchorage', 'Texas').geocode).toMatchObject({
      method: 'unresolved',
      note: 'no place named "Anchorage" in Texas, United States',
    });
  });

  it('applies a curated override with its reason, taking coordinates from the gazetteer', () => {
    const palma = places.find((place) => place.geonameId === 2512989)!;
    const result = at('ES', 'Mallorca', null, 'Hospital Universitari Son Espases');
    expect(result).toEqual({
      lat: palma.lat,
      lon: palma.lon,
      geocode: {
        method: 'override',
        placeName: 'Palma',
        geonameId: 2512989,
        note: 'Mallorca is an island, not a town; Hospital Universitari Son Espases is in Palma.',
      },
    });
    // Only for that facility: the island is not a town for anyone else.
    expect(at('ES', 'Mallorca', null, 'Another Clinic').geocode.method).toBe('unresolved');
  });

  it('rejects an override whose GeoNames id is unknown or in another country', () => {
    const override = { country: 'ES', city: 'X', geonameId: 1, reason: 'test' };
    expect(() => createGeocoder(places, [override])).toThrow('GeoNames id 1 not found');
    expect(() => createGeocoder(places, [{ ...override, geonameId: 2925533 }])).toThrow(
      'Frankfurt am Main is not in ES',
    );
  });

  it('spells out St. and drops CEDEX and parentheses', () => {
    expect(cityVariants('St. Gallen')).toEqual(['st gallen', 'saint gallen', 'sankt gallen']);
    expect(cityVariants('Lyon Cedex 03')).toContain('lyon');
    expect(cityVariants('Frankfurt (Main)')).toContain('frankfurt');
  });
});
