// Offline geocoder: a site's city (and state) to a GeoNames place within the site's country.
import { countryName } from '../core/countries';
import type { Geocode } from '../core/schema';
import { foldName } from '../core/text-fold';
import { admin1Code } from './admin1';
import type { GeoPlace } from './geonames';

export type GeocodeRequest = { country: string; city: string; state: string | null; facility: string | null };
export type GeocodeOutcome = { lat: number | null; lon: number | null; geocode: Geocode };
export type GeocodeOverride = {
  country: string;
  city: string;
  /** When given, the override applies only to this facility in that city. */
  facility?: string | undefined;
  geonameId: number;
  reason: string;
};

export type Geocoder = { geocode: (request: GeocodeRequest) => GeocodeOutcome };

// Populated-place sections (PPLX, e.g. Madrid's Salamanca district) lose to the towns they share a name with.
function rank(a: GeoPlace, b: GeoPlace): number {
  const sectionA = a.featureCode === 'PPLX' ? 1 : 0;
  const sectionB = b.featureCode === 'PPLX' ? 1 : 0;
  return sectionA - sectionB || b.population - a.population || a.geonameId - b.geonameId;
}

// Abbreviations US addresses use at the start of a place name ("N. Huntingdon", "Mt. Vernon").
const ABBREVIATIONS: Record<string, string> = {
  n: 'north',
  s: 'south',
  e: 'east',
  w: 'west',
  mt: 'mount',
  ft: 'fort',
  pt: 'point',
};

/** Spellings to try for a city: as given, without a parenthesis or CEDEX suffix, "St." spelled out. */
export function cityVariants(city: string): string[] {
  const base = foldName(city);
  const variants = [base, foldName(city.replace(/\(.*?\)/g, '')), base.replace(/\s+cedex(\s+\d+)?$/, '')];
  for (const variant of [...variants]) {
    const saint = /^st (.+)$/.exec(variant)?.[1];
    if (saint) variants.push(`saint ${saint}`, `sankt ${saint}`);
    const [word = '', ...rest] = variant.split(' ');
    const expanded = ABBREVIATIONS[word];
    if (expanded && rest.length > 0) variants.push([expanded, ...rest].join(' '));
  }
  return [...new Set(variants.filter(Boolean))];
}

function overrideKey(country: string, city: string, facility: string | null | undefined): string {
  return [country, foldName(city), facility ? foldName(facility) : ''].join('|');
}

type Gazetteer = {
  byId: Map<number, GeoPlace>;
  /** Folded name → places in that country that carry the name, best first. */
  indexFor: (country: string) => Map<string, GeoPlace[]>;
};

// Indexes are kept per gazetteer array, so repeated builds in one process pay for them once.
const gazetteers = new WeakMap<readonly GeoPlace[], Gazetteer>();

function gazetteerFor(places: readonly GeoPlace[]): Gazetteer {
  const cached = gazetteers.get(places);
  if (cached) return cached;
  const byCountry = new Map<string, GeoPlace[]>();
  const byId = new Map<number, GeoPlace>();
  for (const place of places) {
    byId.set(place.geonameId, place);
    const list = byCountry.get(place.country);
    if (list) list.push(place);
    else byCountry.set(place.country, [place]);
  }
  // One name index per country, built the first time a site in that country is geocoded.
  const indexes = new Map<string, Map<string, GeoPlace[]>>();
  const indexFor = (country: string): Map<string, GeoPlace[]> => {
    const existing = indexes.get(country);
    if (existing) return existing;
    const index = new Map<string, GeoPlace[]>();
    for (const place of byCountry.get(country) ?? []) {
      const names = new Set([place.name, place.asciiName, ...place.alternateNames].map(foldName));
      for (const name of names) {
        if (name === '') continue;
        const list = index.get(name);
        if (list) list.push(place);
        else index.set(name, [place]);
      }
    }
    for (const list of index.values()) list.sort(rank);
    indexes.set(country, index);
    return index;
  };
  const gazetteer = { byId, indexFor };
  gazetteers.set(places, gazetteer);
  return gazetteer;
}

export function createGeocoder(
  places: readonly GeoPlace[],
  overrides: readonly GeocodeOverride[] = [],
): Geocoder {
  const { byId, indexFor } = gazetteerFor(places);
  const overrideByKey = new Map<string, { override: GeocodeOverride; place: GeoPlace }>();
  for (const override of overrides) {
    const place = byId.get(override.geonameId);
    if (!place)
      throw new Error(`geocode override for ${override.city}: GeoNames id ${override.geonameId} not found`);
    if (place.country !== override.country) {
      throw new Error(`geocode override for ${override.city}: ${place.name} is not in ${override.country}`);
    }
    overrideByKey.set(overrideKey(override.country, override.city, override.facility), { override, place });
  }

  const geocode = (request: GeocodeRequest): GeocodeOutcome => {
    const fixed =
      overrideByKey.get(overrideKey(request.country, request.city, request.facility)) ??
      overrideByKey.get(overrideKey(request.country, request.city, null));
    if (fixed) {
      const { place, override } = fixed;
      return found(place, 'override', override.reason);
    }
    const index = indexFor(request.country);
    const candidates = cityVariants(request.city).flatMap((variant) => index.get(variant) ?? []);
    const admin1 = admin1Code(request.country, request.state);
    const inState = admin1 === null ? candidates : candidates.filter((place) => place.admin1 === admin1);
    const best = [...new Set(inState)].sort(rank)[0];
    if (best) return found(best, 'gazetteer', null);
    const where =
      admin1 === null ? countryName(request.country) : `${request.state}, ${countryName(request.country)}`;
    return {
      lat: null,
      lon: null,
      geocode: {
        method: 'unresolved',
        placeName: null,
        geonameId: null,
        note: `no place named "${request.city}" in ${where}`,
      },
    };
  };
  return { geocode };
}

function found(place: GeoPlace, method: 'gazetteer' | 'override', note: string | null): GeocodeOutcome {
  return {
    lat: place.lat,
    lon: place.lon,
    geocode: { method, placeName: place.name, geonameId: place.geonameId, note },
  };
}
