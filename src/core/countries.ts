// Country names from ISO 3166-1 alpha-2 codes, via the platform's Intl data (no bundle cost), in any language.
const displayNames = new Map<string, Intl.DisplayNames>();

/** CLDR's "Unknown Region": the code of a site whose source country could not be mapped. */
export const UNKNOWN_COUNTRY = 'ZZ';

/** The country's name in a language ("DE", "fr" → "Allemagne"); the code itself when Intl has no name. */
export function countryNameIn(code: string, language: string): string {
  // CLDR names ZZ "Unknown Region" in every language; English says what it means for a site.
  if (code === UNKNOWN_COUNTRY && language === 'en') return 'Country not recognised';
  try {
    let names = displayNames.get(language);
    if (!names) {
      names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
      displayNames.set(language, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The country's English name. */
export function countryName(code: string): string {
  return countryNameIn(code, 'en');
}
