// Measures the offline geocoder against ClinicalTrials.gov's own geoPoints: each site that has one is
// geocoded as if it had none, and the distance between the two is taken.
import { distanceKm } from '../core/distance';
import { cityVariants, municipalForms } from './city-forms';
import type { Geocoder } from './geocoder';
import type { GeoPlace } from './geonames';
import { placeIndex } from './place-index';
import type { SourceSite } from './readers/source-study';

export const NEAR_KM = 25;

export type CheckedSite = {
  file: string;
  trialId: string;
  site: SourceSite;
  /** Null when the geocoder left the site unresolved. */
  distanceKm: number | null;
  placeName: string | null;
  /**
   * ClinicalTrials.gov's point lies more than NEAR_KM from every gazetteer place that carries the city's
   * name: the source itself is suspect (Milan placed in Umbria, Tokyo's wards in Chiba).
   */
  sourceSuspect: boolean;
};

export type CountryFigures = {
  country: string;
  sites: number;
  resolved: number;
  near: number;
  /** Sites farther than NEAR_KM whose ClinicalTrials.gov point is suspect. */
  suspect: number;
};

/** Geocodes every site that carries a geoPoint and measures how far the result lies from it. */
export function checkSites(
  studies: readonly { file: string; trialId: string; sites: readonly SourceSite[] }[],
  geocoder: Geocoder,
  places: readonly GeoPlace[],
): CheckedSite[] {
  const index = placeIndex(places);
  const checked: CheckedSite[] = [];
  for (const { file, trialId, sites } of studies) {
    for (const site of sites) {
      if (!site.geoPoint) continue;
      const outcome = geocoder.geocode(site);
      const placed = outcome.lat !== null && outcome.lon !== null;
      const km = placed ? distanceKm(site.geoPoint, { lat: outcome.lat!, lon: outcome.lon! }) : null;
      const point = site.geoPoint;
      const namesakes = site.city
        .split(',')
        .flatMap((part) => [...cityVariants(part), ...municipalForms(site.country, part)])
        .flatMap((name) => index.country(site.country).byName.get(name) ?? []);
      checked.push({
        file,
        trialId,
        site,
        distanceKm: km,
        placeName: outcome.geocode.placeName,
        sourceSuspect:
          km !== null && km > NEAR_KM && !namesakes.some(({ place }) => distanceKm(point, place) <= NEAR_KM),
      });
    }
  }
  return checked;
}

/** Sites, resolved sites and sites within NEAR_KM, per country (most sites first) and in total ("all"). */
export function figuresByCountry(checked: readonly CheckedSite[]): CountryFigures[] {
  const byCountry = new Map<string, CountryFigures>();
  const total: CountryFigures = { country: 'all', sites: 0, resolved: 0, near: 0, suspect: 0 };
  for (const entry of checked) {
    const country = entry.site.country;
    let figures = byCountry.get(country);
    if (!figures) byCountry.set(country, (figures = { country, sites: 0, resolved: 0, near: 0, suspect: 0 }));
    for (const target of [figures, total]) {
      target.sites += 1;
      if (entry.distanceKm !== null) target.resolved += 1;
      if (entry.distanceKm !== null && entry.distanceKm <= NEAR_KM) target.near += 1;
      if (entry.sourceSuspect) target.suspect += 1;
    }
  }
  const rows = [...byCountry.values()].sort((a, b) => b.sites - a.sites || (a.country < b.country ? -1 : 1));
  return [total, ...rows];
}
