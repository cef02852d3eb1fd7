// Links into ClinicalTrials.gov: a study's record, and a search of its site for recruiting studies.
import { countryName } from './countries';
import { KM_PER_MILE } from './units';

export function ctgovStudyUrl(nctId: string): string {
  return `https://clinicaltrials.gov/study/${encodeURIComponent(nctId)}`;
}

export interface RegistrySearch {
  /** A condition as the registry words it, e.g. "B-cell Acute Lymphoblastic Leukemia". */
  condition: string | null;
  /** A named place the person chose (never their device's position): its city and ISO alpha-2 country. */
  place: { city: string; country: string } | null;
  /** null for no distance limit. */
  radiusKm: number | null;
}

/**
 * ClinicalTrials.gov's own search for recruiting studies, filled in the way its search page writes its links:
 * `cond`, the place as `locStr` with `country` and `city`, `distance` in whole miles (the unit its distance
 * choices use) and `aggFilters=status:rec` for "Recruiting".
 */
export function ctgovSearchUrl({ condition, place, radiusKm }: RegistrySearch): string {
  const params = new URLSearchParams();
  if (condition) params.set('cond', condition);
  if (place) {
    const country = countryName(place.country);
    params.set('locStr', `${place.city}, ${country}`);
    params.set('country', country);
    params.set('city', place.city);
    if (radiusKm !== null)
      params.set('distance', String(Math.max(1, Math.ceil(radiusKm / KM_PER_MILE - 1e-9))));
  }
  params.set('aggFilters', 'status:rec');
  // URLSearchParams writes spaces as "+", which the registry reads; "%20" is what its own links use.
  return `https://clinicaltrials.gov/search?${params.toString().replaceAll('+', '%20')}`;
}
