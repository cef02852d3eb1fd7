import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/core/distance';
import { createGeocoder, type GeocodeRequest } from '../../../src/pipeline/geocoder';
import { readGeoNames } from '../../../src/pipeline/geonames';
import { admin1OfPostalCode, gazetteerCountry } from '../../../src/pipeline/postal-codes';
import { realSite } from './ctgov-worldwide';

const geocoder = createGeocoder(readGeoNames());
const near = (request: GeocodeRequest, lat: number, lon: number) => {
  const result = geocoder.geocode(request);
  return result.lat === null || result.lon === null ? Infinity : distanceKm(result as never, { lat, lon });
};

describe('geocoding real sites worldwide', () => {
  it('takes the state from an Australian postcode: suburbs without a state stay in their city', () => {
    // Sydney's Camperdown (2050) and St Leonards (2065), not the namesakes in Victoria and Tasmania.
    expect(near(realSite('NCT03798535', 'Camperdown'), -33.89, 151.176)).toBeLessThan(5);
    expect(near(realSite('NCT03798535', 'St Leonards'), -33.823, 151.198)).toBeLessThan(5);
  });

  it('searches a French overseas department by its postal code', () => {
    // CHU de la Réunion, Saint-Pierre 97410: in Réunion, not Saint-Pierre-sur-Dives in Normandy.
    expect(near(realSite('NCT06620835', 'Saint-Pierre', '97410'), -21.34, 55.478)).toBeLessThan(5);
  });

  it('finds a Korean ward given without its suffix, in a state written with its kind and an alias', () => {
    // Chung-Ang University Hospital, Dongjak-gu, Seoul.
    const site = realSite('NCT05911841', 'Dongjak');
    expect(site.state).toBe('Seoul-teukbyeolsi [Seoul]');
    expect(near(site, 37.507, 126.961)).toBeLessThan(15);
  });

  it('places a prefecture given as the city at its capital, not at a town listing its name', () => {
    // Okazaki lists "Aichi" among its alternate names; the prefecture's seat is Nagoya.
    expect(geocoder.geocode(realSite('NCT05921903', 'Aichi', '466-8650')).geocode).toMatchObject({
      placeName: 'Nagoya',
      note: '"Aichi" is a province: placed at its capital',
    });
    // İzmit is the seat of Kocaeli; Köseköy merely lists the name.
    expect(at('TR', 'Kocaeli').geocode.placeName).toBe('İzmit');
    // An alternate name of a bigger place than the province's seat is still that place.
    expect(at('MX', 'Mexico').geocode.placeName).toBe('Mexico City');
    // The town before the prefecture when both are given.
    expect(at('JP', 'Aichi, Nagoya').geocode).toMatchObject({ placeName: 'Nagoya', note: null });
  });

  // Real sites from ClinicalTrials.gov records (city, state and postal code as recorded) and the facility's
  // real position.
  it.each([
    ['JP', 'Chuo', 'Tokyo', '104-0045', 35.666, 139.771], // National Cancer Center Hospital, Chūō-ku
    ['JP', 'Kasuya', 'Fukuoka', '811-2310', 33.61, 130.48], // Oishi Clinic, Kasuya-gun
    ['JP', 'Osakasayama-shi', null, '589-8511', 34.504, 135.556], // Kindai University Hospital
    ['AR', 'Ciudad Autonoma de Buenos Aire', 'Ciuadad Autonoma De Buenos Aires', '1121', -34.603, -58.381],
    ['IT', 'Lido di Camaiore', 'LU', '55041', 43.9, 10.227], // Ospedale Versilia
    ['IT', 'Carpi', null, null, 44.782, 10.878], // GeoNames calls the town "Carpi Centro"
  ])('%s %s (%s %s): within 10 km of the facility', (country, city, state, zip, lat, lon) => {
    expect(near({ country, city, state, zip, facility: null }, lat, lon)).toBeLessThan(10);
  });

  it('leaves a bare ward name that several cities share unresolved when no state says which', () => {
    expect(at('JP', 'Minami').geocode.method).toBe('unresolved');
  });
});

describe('what a postal code says', () => {
  it.each([
    ['AU', '2050', '02'], // New South Wales
    ['AU', '2600', '01'], // the Australian Capital Territory, inside the NSW range
    ['AU', '0800', '03'], // the Northern Territory
    ['AU', '3000', '07'], // Victoria
    ['CA', 'H3A 2B4', '10'], // Quebec
    ['CA', 'M5G1X8', '08'], // Ontario
    ['AR', 'B1629AHJ', '01'], // Buenos Aires province
    ['AR', 'C1119ACN', '07'], // the city of Buenos Aires
    ['JP', '105-8470', '40'], // Tokyo
    ['JP', '1998501', '19'], // Sagamihara, Kanagawa
    ['JP', '466-8650', '01'], // Aichi
  ])('%s %s is in GeoNames admin1 %s', (country, zip, admin1) => {
    expect(admin1OfPostalCode(country, zip)).toBe(admin1);
  });

  it('says nothing when the code does not tell', () => {
    expect(admin1OfPostalCode('AR', '1900')).toBeNull(); // the old four-digit code
    expect(admin1OfPostalCode('CA', 'X0A 0H0')).toBeNull(); // Nunavut or the Northwest Territories
    expect(admin1OfPostalCode('DE', '80336')).toBeNull();
    expect(admin1OfPostalCode('AU', null)).toBeNull();
  });

  it('names the overseas department of a French code', () => {
    expect(gazetteerCountry('FR', '97410')).toBe('RE');
    expect(gazetteerCountry('FR', '97200')).toBe('MQ');
    expect(gazetteerCountry('FR', '75013')).toBe('FR');
  });
});

function at(country: string, city: string) {
  return geocoder.geocode({ country, city, state: null, facility: null });
}
