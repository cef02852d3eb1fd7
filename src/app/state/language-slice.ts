// The language slice: the language the app is shown in. A choice made in the app is remembered in this
// browser; one that came with a link is not.
import type { StateCreator } from 'zustand';
import type { Language } from '../../core/languages';
import { rememberLanguage } from '../data/language-preference';
import type { AppState } from './store';

export interface LanguageSlice {
  language: Language;
  /** The person's own choice (the language menu): shown and remembered. */
  chooseLanguage: (language: Language) => void;
}

export const createLanguageSlice =
  (initial: Language): StateCreator<AppState, [], [], LanguageSlice> =>
  (set) => ({
    language: initial,
    chooseLanguage: (language) => {
      rememberLanguage(language);
      set({ language });
    },
  });
