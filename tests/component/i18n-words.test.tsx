// Statuses, sources, markers and the near-me answer in the language shown, with Polish plural forms.
import { afterEach, describe, expect, it } from 'vitest';
import { SOURCE_KINDS, TRIAL_STATUSES } from '../../src/core/dataset-enums';
import { loadLanguage, useI18n } from '../../src/app/i18n/i18n-store';
import { sourceText, statusText } from '../../src/app/i18n/trial-words';
import { markerLabel } from '../../src/app/map/marker-icon';
import type { MapMarker } from '../../src/app/data/site-engine';

afterEach(() => loadLanguage('en'));

const completed = { overallStatus: 'COMPLETED' as const, completionDate: '2019-01-07' };

function marker(kind: MapMarker['kind'], count: number, city: string | null = 'Kraków'): MapMarker {
  return {
    id: 1,
    kind,
    count,
    lat: 50.06,
    lon: 19.94,
    city,
    siteId: count === 1 ? 's1' : null,
    groups: [count, 0, 0, 0, 0],
  } as MapMarker;
}

describe('trial words in the language shown', () => {
  it('gives the legend group, the registry status when it says more, and when an ended trial ended', async () => {
    await loadLanguage('en');
    const { t, formats } = useI18n.getState();
    expect(statusText(t, formats, 'COMPLETED', completed)).toBe('Closed — Completed January 7, 2019');
    expect(statusText(t, formats, 'COMPLETED')).toBe('Closed — Completed');
    expect(statusText(t, formats, 'RECRUITING', completed)).toBe('Enrolling — Recruiting');
    expect(statusText(t, formats, 'NOT_YET_RECRUITING')).toBe('Not yet recruiting');
    expect(statusText(t, formats, 'ACTIVE_NOT_RECRUITING')).toBe('Active, not recruiting');
    expect(statusText(t, formats, 'UNKNOWN')).toBe('Unknown');
    expect(statusText(t, formats, 'WITHDRAWN', { overallStatus: 'WITHDRAWN', completionDate: null })).toBe(
      'Closed — Withdrawn',
    );
  });

  it('says the same in German and Polish, dates included', async () => {
    await loadLanguage('de');
    let { t, formats } = useI18n.getState();
    expect(statusText(t, formats, 'COMPLETED', completed)).toBe('Beendet — Abgeschlossen 7. Januar 2019');
    expect(statusText(t, formats, 'NOT_YET_RECRUITING')).toBe('Rekrutierung noch nicht begonnen');
    expect(sourceText(t, 'news-article')).toBe('Zeitungsartikel');
    await loadLanguage('pl');
    ({ t, formats } = useI18n.getState());
    expect(statusText(t, formats, 'TERMINATED')).toBe('Zakończone — Przerwane przedwcześnie');
    expect(statusText(t, formats, 'RECRUITING')).toBe('Rekrutacja trwa');
  });

  it('names every status and source in every language, never as a key', async () => {
    for (const language of ['en', 'de', 'fr', 'it', 'es', 'pl'] as const) {
      await loadLanguage(language);
      const { t, formats } = useI18n.getState();
      for (const status of TRIAL_STATUSES) expect(statusText(t, formats, status)).not.toMatch(/status\./);
      for (const kind of SOURCE_KINDS) expect(sourceText(t, kind)).toMatch(/^[A-ZÀ-Ž][^/_]+$/);
    }
  });
});

describe('map markers in the language shown', () => {
  it('names clusters, sites and shared points, with the Polish plural forms', async () => {
    await loadLanguage('pl');
    const { t } = useI18n.getState();
    expect(markerLabel(t, marker('cluster', 2))).toBe(
      '2 ośrodki w pobliżu, w tym: rekrutacja trwa. Przybliż',
    );
    expect(markerLabel(t, marker('cluster', 5))).toMatch(/^5 ośrodków w pobliżu/);
    expect(markerLabel(t, marker('cluster', 22))).toMatch(/^22 ośrodki w pobliżu/);
    expect(markerLabel(t, marker('point', 1))).toBe(
      'Ośrodek w miejscowości Kraków: Rekrutacja trwa. Pokaż szczegóły',
    );
    expect(markerLabel(t, marker('point', 3, null))).toBe('3 ośrodki w jednym miejscu. Pokaż listę');
  });

  it('keeps the English names the keyboard and tests know', async () => {
    await loadLanguage('en');
    const { t } = useI18n.getState();
    expect(markerLabel(t, marker('cluster', 12))).toBe('12 sites nearby, enrolling among them. Zoom in');
    expect(markerLabel(t, marker('point', 1, 'Rome'))).toBe('Site in Rome: Enrolling. Show details');
    expect(markerLabel(t, marker('point', 2, 'Rome'))).toBe('2 sites at one place in Rome. List them');
    await loadLanguage('de');
    expect(markerLabel(useI18n.getState().t, marker('point', 2, 'Rom'))).toBe(
      '2 Studienzentren an einem Ort in Rom. Auflisten',
    );
  });
});
