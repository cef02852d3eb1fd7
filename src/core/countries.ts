// Country names from ISO 3166-1 alpha-2 codes, via the platform's Intl data (no bundle cost), in any language.
const displayNames = new Map<string, Intl.DisplayNames>();

/** The country's name in a language ("DE", "fr" → "Allemagne"); the code itself when Intl has no name. */
export function countryNameIn(code: string, language: string): string {
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
