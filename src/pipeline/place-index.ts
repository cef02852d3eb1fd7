// The gazetteer indexed for geocoding: places by folded name (own names apart from alternate names), and
// by division, one country at a time, built when a site in that country is first geocoded.
import { distanceKm } from '../core/distance';
import { foldName } from '../core/text-fold';
import type { GeoPlace } from './geonames';

/** A place found under a name; `own` when the name is the place's own (not one of its alternate names). */
export type NameMatch = { place: GeoPlace; own: boolean };

export type CountryIndex = {
  country: string;
  places: readonly GeoPlace[];
  byName: Map<string, NameMatch[]>;
  /** Places of one admin1 ("05") or one admin2 ("05.123"), most populous first. */
  inDivision: (division: string) => GeoPlace[];
};

export type PlaceIndex = { byId: Map<number, GeoPlace>; country: (code: string) => CountryIndex };

/**
 * Best first: a place whose own name matches (Mirano itself, not Milan, which lists "Mirano" among its
 * alternate names); then towns before city districts (GeoNames PPLX: Salamanca the city, not Madrid's
 * district); then the most populous.
 */
export function rankMatches(a: NameMatch, b: NameMatch): number {
  return (
    Number(b.own) - Number(a.own) ||
    Number(a.place.featureCode === 'PPLX') - Number(b.place.featureCode === 'PPLX') ||
    b.place.population - a.place.population ||
    a.place.geonameId - b.place.geonameId
  );
}

const byPopulation = (a: GeoPlace, b: GeoPlace) => b.population - a.population || a.geonameId - b.geonameId;

// Indexes are kept per gazetteer array, so repeated builds in one process pay for them once.
const indexes = new WeakMap<readonly GeoPlace[], PlaceIndex>();

export function placeIndex(places: readonly GeoPlace[]): PlaceIndex {
  const cached = indexes.get(places);
  if (cached) return cached;
  const byCountry = new Map<string, GeoPlace[]>();
  const byId = new Map<number, GeoPlace>();
  for (const place of places) {
    byId.set(place.geonameId, place);
    const list = byCountry.get(place.country);
    if (list) list.push(place);
    else byCountry.set(place.country, [place]);
  }
  const countries = new Map<string, CountryIndex>();
  const country = (code: string): CountryIndex => {
    const existing = countries.get(code);
    if (existing) return existing;
    const byName = new Map<string, NameMatch[]>();
    const divisions = new Map<string, GeoPlace[]>();
    const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    for (const place of byCountry.get(code) ?? []) {
      const own = new Set([place.name, place.asciiName].map(foldName));
      for (const name of [...own]) {
        // "Carpi Centro" is GeoNames' name for the town of Carpi, the seat of its comune.
        const town = / centro$/.test(name) ? name.slice(0, -' centro'.length) : '';
        if (town) own.add(town);
        // "Ōsaka-sayama" is written "Osakasayama" too.
        if (code === 'JP' && name.includes(' ')) own.add(name.replace(/ /g, ''));
      }
      for (const name of own) if (name) add(byName, name, { place, own: true });
      for (const name of new Set(place.alternateNames.map(foldName))) {
        if (name && !own.has(name)) add(byName, name, { place, own: false });
      }
      add(divisions, place.admin1, place);
      if (place.admin2) add(divisions, `${place.admin1}.${place.admin2}`, place);
    }
    for (const list of byName.values()) list.sort(rankMatches);
    for (const list of divisions.values()) list.sort(byPopulation);
    const index: CountryIndex = {
      country: code,
      places: byCountry.get(code) ?? [],
      byName,
      inDivision: (division) => divisions.get(division) ?? [],
    };
    countries.set(code, index);
    return index;
  };
  const index = { byId, country };
  indexes.set(places, index);
  return index;
}

/** Whether a place lies within `km` of some place of a division: just across its border, at most. */
export function nearDivision(place: GeoPlace, division: readonly GeoPlace[], km: number): boolean {
  return division.some((other) => distanceKm(place, other) <= km);
}

// Words that join a town's name to the river or region that tells it apart ("Frankfurt am Main").
const QUALIFIER = /^(am|an|an der|im|in|bei|ob|upon|on|sur)\s/;

/**
 * An alternate name that is the place's own name without its qualifier counts as its own: "Halle" for
 * Halle (Saale), "Newcastle" for Newcastle upon Tyne, "Frankfurt" for Frankfurt am Main; so does its own
 * name with "City" ("Panama City" for Panamá). Milan's "Mirano", a Japanese romanisation, does not; nor
 * does "Fitzroy" for Fitzroy Crossing.
 */
export function sharesOwnName(name: string, place: GeoPlace): boolean {
  if (/^[^(]+\(.+\)$/.test(place.name) && foldName(place.name.replace(/\(.*\)/, '')) === name) return true;
  return [place.name, place.asciiName].map(foldName).some((own) => {
    const rest = own.startsWith(`${name} `) ? own.slice(name.length + 1) : null;
    return (rest !== null && QUALIFIER.test(`${rest} `)) || name === `${own} city`;
  });
}

/** A division's seat (GeoNames PPLA or PPLC), else its most populous place. */
export function capitalOf(places: readonly GeoPlace[]): GeoPlace[] {
  const seat = places.find((place) => place.featureCode === 'PPLA' || place.featureCode === 'PPLC');
  return seat ? [seat] : places.slice(0, 1);
}
