import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cityVariants, createGeocoder, type GeocodeRequest } from '../../../src/pipeline/geocoder';
import { readGeoNames } from '../../../src/pipeline/geonames';
import { locateSite } from '../../../src/pipeline/locate-site';
import { readOverrides } from '../../../src/pipeline/overrides';
import { readCtgovClassicXml } from '../../../src/pipeline/readers/ctgov-classic-xml';
import { readCtgovStudyText } from '../../../src/pipeline/readers/ctgov-study-text';
import { REFERENCE } from './mt103-203-reference';

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

  // Real ClinicalTrials.gov sites (city, state as recorded) and the GeoNames place ClinicalTrials.gov's
  // own geoPoint lies at.
  it.each([
    ['DE', 'Harburg', 'Hamburg', 'Harburg', 53.461, 9.984],
    ['CN', 'Taizhou', 'Zhejiang', 'Taizhou', 28.663, 121.433],
    ['AR', 'Pilar', 'B', 'Pilar', -34.459, -58.914],
    ['AU', 'Camperdown', 'New South Wales', 'Camperdown', -33.89, 151.176],
    ['AU', 'St Leonards', 'New South Wales', 'St Leonards', -33.823, 151.198],
    ['JP', 'Nagoya-shi', 'Aichi', 'Nagoya', 35.181, 136.906],
    ['JP', 'Kashiwa City', 'Chiba', 'Kashiwa', 35.862, 139.977],
    ['JP', 'Chuo-ku', 'Tokyo', 'Tokyo', 35.69, 139.692],
    ['JP', 'Chuo-ku, Tokyo', null, 'Tokyo', 35.69, 139.692],
    ['CZ', 'Praha 2', null, 'Prague', 50.088, 14.421],
    ['IE', 'Dublin 9', null, 'Dublin', 53.333, -6.249],
    ['AR', 'CABA', null, 'Buenos Aires', -34.613, -58.377],
    ['AR', 'Ciudad Autónoma de Buenos Aires', null, 'Buenos Aires', -34.613, -58.377],
    ['TW', 'Taipei City', null, 'Taipei', 25.048, 121.532],
    ['TW', 'New Taipei City', null, 'Banqiao', 25.014, 121.467],
    ['DK', 'Aarhus N', null, 'Århus', 56.157, 10.211],
    ['IT', 'S. Giovanni Rotondo', null, 'San Giovanni Rotondo', 41.706, 15.728],
  ])('%s %s (%s): the state anywhere, and municipal forms', (country, city, state, name, lat, lon) => {
    const result = at(country, city, state);
    expect(result.geocode.placeName).toBe(name);
    expect(distanceKm({ lat: result.lat ?? 0, lon: result.lon ?? 0 }, { lat, lon })).toBeLessThan(5);
  });

  it('places a province given as the city at its capital, and says so', () => {
    expect(at('KR', 'Gyeonggi-do').geocode).toMatchObject({
      placeName: 'Suwon',
      note: '"Gyeonggi-do" is a province: placed at its capital',
    });
    expect(at('JP', 'Hokkaido').geocode.placeName).toBe('Sapporo');
  });

  it("prefers a place's own name over another place's alternate name", () => {
    // Milan lists "Mirano" (a Japanese romanisation); Copiague lists "Great Neck".
    expect(at('IT', 'Mirano').geocode.placeName).toBe('Mirano');
    expect(at('US', 'Great Neck', 'New York').geocode.placeName).toBe('Great Neck');
    // A town's own name without its qualifier still counts as its own.
    expect(at('DE', 'Halle').geocode.placeName).toBe('Halle (Saale)');
    expect(at('GB', 'Newcastle').geocode.placeName).toBe('Newcastle upon Tyne');
  });

  it('places a site of a country that no longer exists in the successor its city lies in', () => {
    const site = {
      siteNumber: null,
      facility: 'Clinical Center of Serbia',
      city: 'Belgrade',
      state: null,
      zip: null,
      country: 'ZZ',
      countryText: 'Former Serbia and Montenegro',
      status: 'COMPLETED' as const,
      statusSource: 'trial' as const,
      sourceLine: 1,
      geoPoint: null,
      contacts: [],
    };
    expect(locateSite(site, geocoder)).toMatchObject({
      country: 'RS',
      geocode: { placeName: 'Belgrade', note: 'country given as "Former Serbia and Montenegro"' },
    });
    expect(locateSite({ ...site, city: 'Podgorica' }, geocoder).country).toBe('ME');
    expect(locateSite({ ...site, countryText: 'Narnia' }, geocoder)).toMatchObject({
      country: 'ZZ',
      lat: null,
      geocode: { method: 'unresolved', note: 'country not recognised: "Narnia"' },
    });
  });

  it('spells out St. and drops CEDEX and parentheses', () => {
    expect(cityVariants('St. Gallen')).toEqual(['st gallen', 'saint gallen', 'sankt gallen']);
    expect(cityVariants('Lyon Cedex 03')).toContain('lyon');
    expect(cityVariants('Frankfurt (Main)')).toContain('frankfurt');
  });
});
