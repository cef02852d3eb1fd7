// Where a site is: the source's own point when it gives one, else the gazetteer's; and, for a country that
// no longer exists ("Former Serbia and Montenegro"), which of its successors the city lies in.
import { UNKNOWN_COUNTRY } from '../core/countries';
import type { GeocodeOutcome, Geocoder } from './geocoder';
import { successorCountries } from './readers/country-code';
import type { SourceSite } from './readers/source-study';

export type Located = GeocodeOutcome & { country: string };

export function locateSite(site: SourceSite, geocoder: Geocoder): Located {
  if (site.country !== UNKNOWN_COUNTRY) {
    return {
      country: site.country,
      ...(site.geoPoint ? fromSource(site.geoPoint, null) : geocoder.geocode(site)),
    };
  }
  const given = `country given as "${site.countryText}"`;
  for (const country of successorCountries(site.countryText)) {
    const outcome = geocoder.geocode({ ...site, country });
    if (outcome.geocode.method === 'unresolved') continue;
    if (site.geoPoint) return { country, ...fromSource(site.geoPoint, given) };
    return { country, ...outcome, geocode: { ...outcome.geocode, note: given } };
  }
  // Not recognised: the site is kept with the source's point, if any, and listed in the build report.
  const note = site.countryText.trim() ? `country not recognised: "${site.countryText}"` : 'no country given';
  if (site.geoPoint) return { country: UNKNOWN_COUNTRY, ...fromSource(site.geoPoint, note) };
  return {
    country: UNKNOWN_COUNTRY,
    lat: null,
    lon: null,
    geocode: { method: 'unresolved', placeName: null, geonameId: null, note },
  };
}

function fromSource(point: { lat: number; lon: number }, note: string | null): GeocodeOutcome {
  return {
    lat: point.lat,
    lon: point.lon,
    geocode: { method: 'source', placeName: null, geonameId: null, note },
  };
}
