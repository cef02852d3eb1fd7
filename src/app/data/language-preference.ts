// The person's language: a choice remembered in this browser, else the browser's own languages.
import { isLanguage, pickLanguage, type Language } from '../../core/languages';

const KEY = 'trial-atlas.language';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be switched off (private modes, blocked cookies): the choice then lasts for the visit.
    return null;
  }
}

export function rememberedLanguage(): Language | null {
  try {
    const stored = storage()?.getItem(KEY) ?? null;
    return stored !== null && isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    storage()?.setItem(KEY, language);
  } catch {
    // A full or blocked storage only means the choice is not kept for the next visit.
  }
}

/** The remembered choice, else the first of the browser's languages Trial Atlas speaks, else English. */
export function preferredLanguage(): Language {
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  return pickLanguage([rememberedLanguage(), ...browser]);
}
