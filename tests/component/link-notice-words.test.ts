// Link notices come from core as kinds and values; the app words them in the language shown.
import { afterEach, describe, expect, it } from 'vitest';
import { decodeViewState } from '../../src/core/url-codec/codec';
import { loadLanguage, useI18n } from '../../src/app/i18n/i18n-store';
import { linkNoticeText } from '../../src/app/i18n/link-notice-words';

afterEach(() => loadLanguage('en'));

const worded = (search: string) =>
  decodeViewState(search, { trials: new Set(['NCT01207388']) }).ignored.map((notice) =>
    linkNoticeText(useI18n.getState().t, notice),
  );

describe('link notices in words', () => {
  it('says in English what a link asked for that could not be used', async () => {
    await loadLanguage('en');
    expect(worded('?country=X1,Germany&status=open&trial=NCT99999999&age=34.5&q=a&q=b')).toEqual([
      'Ignored trial not in this dataset: "NCT99999999".',
      'Ignored unknown country codes "X1", "Germany".',
      'Ignored unknown status "open".',
      'Ignored age "34.5" (expected whole years, 0 to 120).',
      'Used the first "q" parameter and ignored 1 more.',
    ]);
    expect(worded('?country=A1,A2,A3,A4,A5,A6,A7&map=999/48.1/11.6&radius=50000&lang=nl&contry=DE')).toEqual([
      'Ignored unknown country codes "A1", "A2", "A3", "A4", "A5" and 2 more.',
      'Map zoom 999 is out of range; used 19.',
      'Radius "50000" km is beyond any place on Earth; used 20038 km.',
      'Ignored language "nl" (one of en, de, fr, it, es, pl).',
      'Ignored unknown parameter "contry".',
    ]);
  });

  it('says it in German and Polish, with the plural forms', async () => {
    await loadLanguage('de');
    expect(worded('?country=X1&view=globe')).toEqual([
      'Unbekannter Ländercode ignoriert: „X1“.',
      'Unbekannte Ansicht „globe“ ignoriert.',
    ]);
    await loadLanguage('pl');
    expect(worded('?trial=A,B')).toEqual(['Pominięto badania spoza tego zbioru danych: „A”, „B”.']);
    expect(worded('?status=x,y,z,v,w')).toEqual(['Pominięto nieznane statusy: „x”, „y”, „z”, „v”, „w”.']);
  });
});
