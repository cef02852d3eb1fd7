// Country names from ISO 3166-1 alpha-2 codes, via the platform's Intl data (no bundle cost).
const displayNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** CLDR's "Unknown Region": the code of a site whose source country could not be mapped. */
export const UNKNOWN_COUNTRY = 'ZZ';

export function countryName(code: string): string {
  if (code === UNKNOWN_COUNTRY) return 'Country not recognised';
  try {
    return displayNames.of(code) ?? code;
  } catch {
    return code;
  }
}
