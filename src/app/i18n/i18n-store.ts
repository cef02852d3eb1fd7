// The language the app is shown in: its messages and formats, swapped in once the language's messages have
// loaded (the page keeps the previous language until then, never showing keys).
import { useEffect } from 'react';
import { create } from 'zustand';
import { DEFAULT_LANGUAGE, type Language } from '../../core/languages';
import { useAppStore } from '../state/store';
import { createFormats, type Formats } from './formats';
import { loadMessages } from './load-messages';
import type { MessageKey, Translate } from './translator';

interface I18nState {
  /** The language whose messages are in use; null until the first ones have loaded. */
  language: Language | null;
  t: Translate;
  formats: Formats;
}

/** Before any messages have loaded: keys stand in (the app draws nothing until then). */
const keysTranslator: Translate = Object.assign((key: MessageKey) => key, {
  rich: <T>(key: MessageKey): (string | T)[] => [key],
});

export const useI18n = create<I18nState>()(() => ({
  language: null,
  t: keysTranslator,
  formats: createFormats(DEFAULT_LANGUAGE),
}));

let wanted: Language | null = null;

/**
 * A language's messages, and the message formatter with them, in parallel: the formatter is not part of the app
 * shell. Called before the first render too, so the first screen's messages are the first files asked for.
 */
export function fetchLanguage(language: Language) {
  return Promise.all([loadMessages(language), import('./translator')]);
}

/** Loads a language's messages and shows the app in it; a later call wins over an earlier one still loading. */
export async function loadLanguage(language: Language): Promise<void> {
  wanted = language;
  if (useI18n.getState().language === language) return;
  const formats = createFormats(language);
  // Chromium loads a language's number data on its first number format (20 to 25 ms), which the first render
  // needs: made while the messages download, in a task of its own, not inside the render that shows them.
  setTimeout(() => formats.count(0));
  const [messages, { createTranslator }] = await fetchLanguage(language);
  if (wanted !== language) return;
  useI18n.setState({ language, t: createTranslator(language, messages), formats });
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** Follows the store's language (from the person's choice, a link or the browser). */
export function useLanguageLoading(): void {
  const language = useAppStore((state) => state.language);
  useEffect(() => {
    // Read at effect time: a link opened in the same commit may have changed it since this render.
    void loadLanguage(useAppStore.getState().language);
  }, [language]);
}

export function useT(): Translate {
  return useI18n((state) => state.t);
}

export function useFormats(): Formats {
  return useI18n((state) => state.formats);
}
