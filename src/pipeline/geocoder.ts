// Offline geocoder: a site's city (and state) to a GeoNames place within the site's country.
import { countryName } from '../core/countries';
import type { Geocode } from '../core/schema';
import { foldName } from '../core/text-fold';
import { adminNames } from './admin-names';
import { WARD, cityVariants, municipalForms } from './city-forms';
import type { GeoPlace } from './geonames';
import { nearDivision, placeIndex, rankMatches, type CountryIndex } from './place-index';

export { cityVariants } from './city-forms';

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

/** A place in the named state may sit just across its border (Buenos Aires city inside the province). */
const BORDER_KM = 30;

function overrideKey(country: string, city: string, facility: string | null | undefined): string {
  return [country, foldName(city), facility ? foldName(facility) : ''].join('|');
}

export function createGeocoder(
  places: readonly GeoPlace[],
  overrides: readonly GeocodeOverride[] = [],
): Geocoder {
  const { byId, country: countryIndex } = placeIndex(places);
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
    if (fixed) return found(fixed.place, 'override', fixed.override.reason);
    const index = countryIndex(request.country);
    const admin1 = adminNames().admin1(request.country, request.state);
    const best = findPlace(index, request.city, admin1) ?? findInParts(index, request, admin1);
    if (best) return found(best.place, 'gazetteer', best.note);
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

type Found = { place: GeoPlace; note: string | null };

/**
 * The place a site's city names, in its state when the state is known: the city as written, then its
 * municipal forms ("Chuo-ku" → Chuo, "Praha 2" → Praha), then a municipality of that name (GeoNames
 * admin2), then a province named as the city ("Aichi" → its capital). Null rather than a far namesake.
 */
function findPlace(index: CountryIndex, city: string, admin1: string | null): Found | null {
  const inState = (place: GeoPlace) => admin1 === null || place.admin1 === admin1;
  const byName = (variants: readonly string[]) => {
    const matches = variants.flatMap((variant) =>
      (index.byName.get(variant) ?? []).map(({ place, own }) => ({
        place,
        own: own || sharesOwnName(variant, place),
      })),
    );
    return matches.sort(rankMatches).map((match) => match.place);
  };
  const divisions = adminNames();
  const country = index.country;
  const ward = cityVariants(city).some((variant) => WARD.test(variant));
  const municipality = () =>
    divisions
      .admin2Named(country, city)
      .filter((code) => admin1 === null || code.startsWith(`${admin1}.`))
      .flatMap((code) => {
        const places = index.inDivision(code).slice(0, 1);
        // A ward that the gazetteer holds no place for lies in its city, the seat of its prefecture.
        return places.length > 0 || !ward ? places : capitalOf(index.inDivision(code.split('.')[0] ?? ''));
      })
      .sort((a, b) => b.population - a.population);
  const shortened = () => byName(municipalForms(country, city));
  const tiers: [string | null, () => GeoPlace[]][] = [
    [null, () => byName(cityVariants(city))],
    // A ward ("Chuo-ku") is first looked for as a municipality: a town of the short name is another place.
    ...(ward ? [municipality, shortened] : [shortened, municipality]).map(
      (tier): [string | null, () => GeoPlace[]] => [null, tier],
    ),
    [
      `"${city}" is a province: placed at its capital`,
      () => divisions.admin1Named(country, city).flatMap((code) => capitalOf(index.inDivision(code))),
    ],
    [
      `"${city}" is a ward: placed at the city it belongs to`,
      () => (ward && admin1 !== null ? capitalOf(index.inDivision(admin1)) : []),
    ],
  ];
  for (const [note, tier] of tiers) {
    const candidates = tier();
    const best = candidates.find(inState);
    if (best) return { place: best, note };
    // A state's name can cover a neighbour (the city of Buenos Aires, given with the province).
    if (admin1 !== null) {
      const state = index.inDivision(admin1);
      const near = candidates.find((place) => nearDivision(place, state, BORDER_KM));
      if (near) return { place: near, note };
    }
  }
  return null;
}

/** "Chuo-ku, Tokyo", "Aichi, Nagoya": each part as the city, the others as its state when none is given. */
function findInParts(index: CountryIndex, request: GeocodeRequest, admin1: string | null): Found | null {
  const parts = request.city
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  for (const part of parts) {
    const others = parts.filter((other) => other !== part).join(', ');
    const state = admin1 ?? adminNames().admin1(index.country, others);
    const found = findPlace(index, part, state);
    if (found) return found;
  }
  return null;
}

// Words that join a town's name to the river or region that tells it apart ("Frankfurt am Main").
const QUALIFIER = /^(am|an|an der|im|in|bei|ob|upon|on|sur)\s/;

/**
 * An alternate name that is the place's own name without its qualifier counts as its own: "Halle" for
 * Halle (Saale), "Newcastle" for Newcastle upon Tyne, "Frankfurt" for Frankfurt am Main; so does its own
 * name with "City" ("Panama City" for Panamá). Milan's "Mirano", a Japanese romanisation, does not; nor
 * does "Fitzroy" for Fitzroy Crossing.
 */
function sharesOwnName(name: string, place: GeoPlace): boolean {
  if (/^[^(]+\(.+\)$/.test(place.name) && foldName(place.name.replace(/\(.*\)/, '')) === name) return true;
  return [place.name, place.asciiName].map(foldName).some((own) => {
    const rest = own.startsWith(`${name} `) ? own.slice(name.length + 1) : null;
    return (rest !== null && QUALIFIER.test(`${rest} `)) || name === `${own} city`;
  });
}

/** A division's seat (GeoNames PPLA or PPLC), else its most populous place. */
function capitalOf(places: readonly GeoPlace[]): GeoPlace[] {
  const seat = places.find((place) => place.featureCode === 'PPLA' || place.featureCode === 'PPLC');
  return seat ? [seat] : places.slice(0, 1);
}

function found(place: GeoPlace, method: 'gazetteer' | 'override', note: string | null): GeocodeOutcome {
  return {
    lat: place.lat,
    lon: place.lon,
    geocode: { method, placeName: place.name, geonameId: place.geonameId, note },
  };
}
