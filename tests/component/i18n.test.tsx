import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/core/languages';
import { loadLanguage, useI18n, useLanguageLoading } from '../../src/app/i18n/i18n-store';
import { LanguageSwitch } from '../../src/app/i18n/language-switch';
import { MapLegend } from '../../src/app/map/map-legend';
import { CoverageLegend } from '../../src/app/ui/coverage/coverage-legend';
import { siteCountClasses } from '../../src/core/coverage/classes';
import { useAppStore } from '../../src/app/state/store';
import { LoadStatus } from '../../src/app/ui/load-status';
import { resultCountText } from '../../src/app/ui/result-count';

const LEGEND_TITLES: Record<Language, string> = {
  en: 'Site status',
  de: 'Status der Zentren',
  fr: 'Statut des centres',
  it: 'Stato dei centri',
  es: 'Estado de los centros',
  pl: 'Status ośrodków',
};

const RETRY: Record<Language, string> = {
  en: 'Retry',
  de: 'Erneut versuchen',
  fr: 'Réessayer',
  it: 'Riprova',
  es: 'Reintentar',
  pl: 'Spróbuj ponownie',
};

afterEach(async () => {
  useAppStore.setState({ language: 'en' });
  await loadLanguage('en');
  localStorage.clear();
});

function Page() {
  useLanguageLoading();
  return (
    <>
      <LanguageSwitch />
      <MapLegend />
    </>
  );
}

describe('the app in six languages', () => {
  it.each(LANGUAGES)('draws the legend and a load error in %s', async (language) => {
    await loadLanguage(language);
    render(
      <>
        <MapLegend />
        <LoadStatus
          load={{ status: 'error', name: 'default', kind: 'network', message: 'offline' }}
          onRetry={() => {}}
        />
      </>,
    );
    const legend = screen.getByRole('region', { name: /./ });
    expect(within(legend).getByText(LEGEND_TITLES[language])).toBeInTheDocument();
    expect(screen.getByRole('button', { name: RETRY[language] })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe(language);
  });

  it('counts sites with the Polish plural forms', async () => {
    await loadLanguage('pl');
    const { t } = useI18n.getState();
    expect(resultCountText(t, 1, 1, 75, false)).toBe('1 ośrodek w 1 kraju');
    expect(resultCountText(t, 2, 2, 75, false)).toBe('2 ośrodki w 2 krajach');
    expect(resultCountText(t, 5, 3, 75, false)).toBe('5 ośrodków w 3 krajach');
    expect(resultCountText(t, 22, 5, 75, false)).toBe('22 ośrodki w 5 krajach');
    expect(resultCountText(t, 12, 1, 75, true)).toBe('12 ośrodków w 1 kraju (z 75)');
  });

  it('gives the coverage key its Polish plural forms and German distances', async () => {
    await loadLanguage('pl');
    const { rerender } = render(
      <CoverageLegend classes={siteCountClasses(17)} ringsKm={50} locations={22} />,
    );
    const items = () => screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items()).toEqual(['1 ośrodek', '2–4 ośrodki', '5–9 ośrodków', '10–17 ośrodków', 'Brak ośrodków']);
    expect(screen.getByText(/^Okręgi:/)).toHaveTextContent(
      'Okręgi: 50 km wokół każdej z 22 lokalizacji ośrodków',
    );
    await loadLanguage('de');
    rerender(<CoverageLegend classes={siteCountClasses(17)} ringsKm={100} locations={1} />);
    expect(items()[0]).toBe('1 Studienzentrum');
    expect(screen.getByText(/^Kreise:/)).toHaveTextContent(
      'Kreise: 100 km um den einen Standort der Studienzentren',
    );
  });

  it('writes numbers the way the language does', async () => {
    await loadLanguage('de');
    const { t } = useI18n.getState();
    expect(resultCountText(t, 1, 1, 1204, true)).toBe('1 Studienzentrum in 1 Land (von 1.204)');
    await loadLanguage('en');
    expect(resultCountText(useI18n.getState().t, 1204, 2, 5000, true)).toBe(
      '1,204 sites in 2 countries (of 5,000)',
    );
  });

  it('switches language from the menu, and remembers the choice', async () => {
    const user = userEvent.setup();
    render(<Page />);
    expect(screen.getByText('Site status')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Deutsch');
    expect(await screen.findByText('Status der Zentren')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
    expect(useAppStore.getState().language).toBe('de');
    expect(localStorage.getItem('trial-atlas.language')).toBe('de');
    expect(document.documentElement.lang).toBe('de');
  });

  it('keeps the language asked for last when an earlier one arrives later', async () => {
    const first = loadLanguage('fr');
    const second = loadLanguage('it');
    await Promise.all([first, second]);
    expect(useI18n.getState().language).toBe('it');
  });
});
