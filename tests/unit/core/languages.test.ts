import { describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGE, languageOfTag, pickLanguage } from '../../../src/core/languages';
import { decodeViewState, encodeViewState } from '../../../src/core/url-codec/codec';
import { DEFAULT_VIEW_STATE } from '../../../src/core/view-state';

describe('languages', () => {
  it('reads the language of a browser tag', () => {
    expect(languageOfTag('de-AT')).toBe('de');
    expect(languageOfTag('PL')).toBe('pl');
    expect(languageOfTag('es_419')).toBe('es');
    expect(languageOfTag('nl-NL')).toBeNull();
    expect(languageOfTag('')).toBeNull();
  });

  it('picks the first language spoken, a remembered one first, else English', () => {
    expect(pickLanguage([null, 'nl-NL', 'fr-BE', 'de'])).toBe('fr');
    expect(pickLanguage(['it', 'de-DE'])).toBe('it');
    expect(pickLanguage(['ro-RO', 'ru'])).toBe(DEFAULT_LANGUAGE);
    expect(pickLanguage([])).toBe('en');
  });
});

describe('the lang link parameter', () => {
  it('is written after the others, and read in any case', () => {
    expect(encodeViewState({ ...DEFAULT_VIEW_STATE, view: 'coverage', lang: 'de' })).toBe(
      '?view=coverage&lang=de',
    );
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(decodeViewState('?LANG=PL').state.lang).toBe('pl');
  });

  it('ignores a language the app does not speak, and says so', () => {
    const { state, ignored } = decodeViewState('?lang=nl&country=DE');
    expect(state.lang).toBeNull();
    expect(state.countries).toEqual(['DE']);
    expect(ignored).toEqual([{ kind: 'invalid', param: 'lang', value: 'nl' }]);
  });
});
