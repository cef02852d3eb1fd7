import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cityVariants, createGeocoder, type GeocodeRequest } from '../../../src/pipeline/geocoder';
import { readGeoNames } from '../../../src/pipeline/geonames';
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

  it('spells out St. and drops CEDEX and parentheses', () => {
    expect(cityVariants('St. Gallen')).toEqual(['st gallen', 'saint gallen', 'sankt gallen']);
    expect(cityVariants('Lyon Cedex 03')).toContain('lyon');
    expect(cityVariants('Frankfurt (Main)')).toContain('frankfurt');
  });
});
