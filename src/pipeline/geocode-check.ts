// Measures the offline geocoder against ClinicalTrials.gov's own geoPoints: each site that has one is
// geocoded as if it had none, and the distance between the two is taken; and whether the record itself is wrong.
import { distanceKm } from '../core/distance';
import { cityVariants, municipalForms } from './city-forms';
import type { Geocoder } from './geocoder';
import type { GeoPlace } from './geonames';
import { adminNames } from './admin-names';
import { placeIndex, type PlaceIndex } from './place-index';
import { admin1OfPostalCode, gazetteerCountry } from './postal-codes';
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
   * Why ClinicalTrials.gov's own point is suspect, when the geocoder missed it: the record contradicts
   * itself (its point lies outside the state its state or postal code names, or 30 km from every town of
   * its country or of the overseas department its postal code names), or
   * no gazetteer place of the city's name lies near it (Milan placed in Umbria, Tokyo's wards in Chiba).
   */
  sourceSuspect: SuspectReason | null;
};

export type SuspectReason =
  | 'far from every town of its country'
  | 'outside the state its record names'
  | 'no place of that name near it';

/** A place of a division may lie just across its border from a point in it. */
const BORDER_KM = 30;

export type CountryFigures = {
  country: string;
  sites: number;
  resolved: number;
  near: number;
  /** Sites farther than NEAR_KM, or unresolved, whose ClinicalTrials.gov point is suspect. */
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
      checked.push({
        file,
        trialId,
        site,
        distanceKm: km,
        placeName: outcome.geocode.placeName,
        sourceSuspect: km !== null && km <= NEAR_KM ? null : suspectReason(site, site.geoPoint, km, index),
      });
    }
  }
  return checked;
}

function suspectReason(
  site: SourceSite,
  point: { lat: number; lon: number },
  km: number | null,
  index: PlaceIndex,
): SuspectReason | null {
  const gazetteer = index.country(gazetteerCountry(site.country, site.zip));
  const within = (places: Iterable<GeoPlace>, limit: number) => {
    for (const place of places) if (distanceKm(point, place) <= limit) return true;
    return false;
  };
  const state =
    adminNames().admin1(gazetteer.country, site.state) ?? admin1OfPostalCode(gazetteer.country, site.zip);
  if (state !== null && !within(gazetteer.inDivision(state), BORDER_KM)) {
    return within(gazetteer.places, BORDER_KM)
      ? 'outside the state its record names'
      : 'far from every town of its country';
  }
  if (!within(gazetteer.places, BORDER_KM)) return 'far from every town of its country';
  if (km === null) return null;
  const namesakes = site.city
    .split(',')
    .flatMap((part) => [...cityVariants(part), ...municipalForms(gazetteer.country, part)])
    .flatMap((name) => gazetteer.byName.get(name) ?? [])
    .map((match) => match.place);
  return within(namesakes, NEAR_KM) ? null : 'no place of that name near it';
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
