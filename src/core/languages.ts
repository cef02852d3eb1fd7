// The languages Trial Atlas speaks, and how a person's preferred languages pick one of them.
export const LANGUAGES = ['en', 'de', 'fr', 'it', 'es', 'pl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** English is the default: links name a language only when it is another one. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's own name, as its speakers look for it in a language menu. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  it: 'Italiano',
  es: 'Español',
  pl: 'Polski',
};

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The language of a BCP 47 tag, if Trial Atlas speaks it: "de-AT" → "de", "PL" → "pl", "nl" → null. */
export function languageOfTag(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(primary) ? primary : null;
}

/**
 * The first language Trial Atlas speaks among the candidates, in order of preference (a remembered choice,
 * then the browser's languages); the default when none is spoken.
 */
export function pickLanguage(candidates: readonly (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    const language = candidate ? languageOfTag(candidate) : null;
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}
