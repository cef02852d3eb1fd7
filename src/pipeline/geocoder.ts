// Offline geocoder: a site's city (and state) to a GeoNames place within the site's country.
import { countryName } from '../core/countries';
import type { Geocode } from '../core/schema';
import { foldName } from '../core/text-fold';
import { adminNames } from './admin-names';
import { WARD, cityVariants, municipalForms, municipalityNames } from './city-forms';
import type { GeoPlace } from './geonames';
import { admin1OfPostalCode, gazetteerCountry } from './postal-codes';
import {
  capitalOf,
  nearDivision,
  placeIndex,
  rankMatches,
  sharesOwnName,
  type CountryIndex,
  type NameMatch,
} from './place-index';

export { cityVariants } from './city-forms';

export type GeocodeRequest = {
  country: string;
  city: string;
  state: string | null;
  facility: string | null;
  /** The postal code, which tells the state when the source gives none (Camperdown 2050: New South Wales). */
  zip?: string | null;
};
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
    const zip = request.zip ?? null;
    const index = countryIndex(gazetteerCountry(request.country, zip));
    const named = adminNames().admin1(index.country, request.state);
    const admin1 = named ?? admin1OfPostalCode(index.country, zip);
    const best = findPlace(index, request.city, admin1) ?? findInParts(index, request, admin1);
    if (best) return found(best.place, 'gazetteer', best.note);
    const where = [named === null ? null : request.state, admin1 !== null && named === null ? zip : null]
      .filter(Boolean)
      .concat(countryName(request.country))
      .join(', ');
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
  const matches = (variants: readonly string[]): NameMatch[] =>
    variants
      .flatMap((variant) =>
        (index.byName.get(variant) ?? []).map(({ place, own }) => ({
          place,
          own: own || sharesOwnName(variant, place),
        })),
      )
      .sort(rankMatches);
  const byName = (variants: readonly string[]) => matches(variants).map((match) => match.place);
  const divisions = adminNames();
  const country = index.country;
  const province = () =>
    divisions.admin1Named(country, city).flatMap((code) => capitalOf(index.inDivision(code)));
  const asWritten = () => {
    const found = matches(cityVariants(city));
    if (found.some((match) => match.own)) return found.map((match) => match.place);
    // Only other places' alternate names: a province of that name with a bigger seat is meant ("Aichi" is
    // the prefecture of Nagoya, not Okazaki, which lists the name; "Mexico" is still Mexico City).
    const seat = province()[0];
    const first = found[0]?.place;
    return seat && first && seat.population > first.population ? [] : found.map((match) => match.place);
  };
  const ward = cityVariants(city).some((variant) => WARD.test(variant));
  const municipality = () => {
    for (const form of municipalityNames(country, city, ward)) {
      const codes = divisions
        .admin2Named(country, form.name)
        .filter((code) => admin1 === null || code.startsWith(`${admin1}.`));
      // A bare name ("Chuo" for Chuo-ku) without a state must name one municipality, else it is a guess.
      if (codes.length === 0 || (form.bare && admin1 === null && codes.length > 1)) continue;
      return codes
        .flatMap((code) => {
          const places = index.inDivision(code).slice(0, 1);
          // A ward that the gazetteer holds no place for lies in its city, the seat of its prefecture.
          return places.length > 0 || !form.ward
            ? places
            : capitalOf(index.inDivision(code.split('.')[0] ?? ''));
        })
        .sort((a, b) => b.population - a.population);
    }
    return [];
  };
  const shortened = () => byName(municipalForms(country, city));
  const tiers: [string | null, () => GeoPlace[]][] = [
    [null, asWritten],
    // A ward ("Chuo-ku") is first looked for as a municipality: a town of the short name is another place.
    ...(ward ? [municipality, shortened] : [shortened, municipality]).map(
      (tier): [string | null, () => GeoPlace[]] => [null, tier],
    ),
    [`"${city}" is a province: placed at its capital`, province],
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
  // The part that names a town before the part that names its province ("Aichi, Nagoya": Nagoya).
  const isProvince = (part: string) => adminNames().admin1Named(index.country, part).length > 0;
  for (const part of [...parts.filter((part) => !isProvince(part)), ...parts.filter(isProvince)]) {
    const others = parts.filter((other) => other !== part).join(', ');
    const state = admin1 ?? adminNames().admin1(index.country, others);
    const found = findPlace(index, part, state);
    if (found) return found;
  }
  return null;
}

function found(place: GeoPlace, method: 'gazetteer' | 'override', note: string | null): GeocodeOutcome {
  return {
    lat: place.lat,
    lon: place.lon,
    geocode: { method, placeName: place.name, geonameId: place.geonameId, note },
  };
}
