// Country names from ISO 3166-1 alpha-2 codes, via the platform's Intl data (no bundle cost).
const displayNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

export function countryName(code: string): string {
  try {
    return displayNames.of(code) ?? code;
  } catch {
    return code;
  }
}
