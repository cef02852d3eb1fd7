import { describe, expect, it } from 'vitest';
import { createGeocoder } from '../../../src/pipeline/geocoder';
import { checkSites, figuresByCountry, NEAR_KM } from '../../../src/pipeline/geocode-check';
import { readGeoNames } from '../../../src/pipeline/geonames';
import { readOverrides } from '../../../src/pipeline/overrides';
import { worldwideStudies } from './ctgov-worldwide';

const places = readGeoNames();
const checked = checkSites(
  worldwideStudies.map(({ file, trial, sites }) => ({ file, trialId: trial.id, sites })),
  createGeocoder(places, readOverrides('data/geocode-overrides.json')),
  places,
);
const figures = figuresByCountry(checked);
const entry = (trialId: string, city: string, zip: string | null) =>
  checked.find((one) => one.trialId === trialId && one.site.city === city && one.site.zip === zip)!;

describe('the geocoder against ClinicalTrials.gov on real records', () => {
  it('measures every site with a geoPoint, in several countries', () => {
    expect(checked.length).toBe(639);
    expect(figures.map((row) => row.country)).toEqual(expect.arrayContaining(['JP', 'KR', 'AR', 'AU', 'TR']));
  });

  it(`places 98% of the sites with a sound point within ${NEAR_KM} km, and 95% in each country with 30 or more`, () => {
    const share = ({ near, sites, suspect }: (typeof figures)[number]) => near / (sites - suspect);
    const [all, ...countries] = figures;
    expect(share(all!)).toBeGreaterThanOrEqual(0.98);
    for (const country of countries.filter((row) => row.sites >= 30)) {
      expect({ country: country.country, share: share(country) >= 0.95 }).toEqual({
        country: country.country,
        share: true,
      });
    }
  });

  it("marks ClinicalTrials.gov's own errors as suspect, saying why", () => {
    // Meguro-ku is a ward of Tokyo (postal code 152): the record's point is in Hokkaido.
    expect(entry('NCT05809934', 'Meguro-ku', '152-8902').sourceSuspect).toBe(
      'outside the state its record names',
    );
    // CHU de la Réunion, Saint-Pierre 97410: the point is in Marseille.
    expect(entry('NCT06620835', 'Saint-Pierre', '97410').sourceSuspect).toBe(
      'far from every town of its country',
    );
    // Milan placed in Umbria: no Milan near the point.
    expect(entry('NCT03798535', 'Milan', '20141').sourceSuspect).toBe('no place of that name near it');
  });

  it('does not blame a sound record that the geocoder misses', () => {
    // Kingswood (NSW 2747) is a suburb GeoNames cities500 does not list: unresolved, and the record is right.
    expect(entry('NCT03798535', 'Kingswood', '2747')).toMatchObject({
      distanceKm: null,
      sourceSuspect: null,
    });
  });
});
