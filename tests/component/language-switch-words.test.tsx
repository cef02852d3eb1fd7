// What the app words at render time follows a change of language at once: the site list's order (country names
// and collation of the language), the countries and unnamed sites in its rows, the details, and the names of a
// chosen location (the person's position, a point on the map, a place typed by another of its names).
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadLanguage } from '../../src/app/i18n/i18n-store';
import { useAppStore } from '../../src/app/state/store';
import { serveAppFiles } from './support/app-files';
import { renderApp, withLayout } from './support/render-app';

withLayout();
vi.setConfig({ testTimeout: 60_000 });

beforeAll(() => {
  serveAppFiles();
  const getCurrentPosition = (ok: PositionCallback) =>
    ok({ coords: { latitude: 50.11, longitude: 8.68, accuracy: 20 } } as GeolocationPosition);
  Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition } });
});
afterAll(() => vi.unstubAllGlobals());
afterEach(async () => {
  act(() => useAppStore.setState({ language: 'en' }));
  await loadLanguage('en');
});

const switchTo = async (language: 'en' | 'de' | 'pl') => {
  act(() => useAppStore.setState({ language }));
  await act(() => loadLanguage(language));
};

/** The list's rows as "name | place". */
async function rows(list: HTMLElement): Promise<string[]> {
  const items = await within(list).findAllByRole('button');
  return items.map(
    (item) =>
      `${item.querySelector('.site-row-name')?.textContent} | ${item.querySelector('.site-row-place')?.textContent}`,
  );
}

describe('a change of language', () => {
  it('sorts the site list by the language’s country names and words countries and unnamed sites in it', async () => {
    const { user, ready } = await renderApp();
    await ready();
    await switchTo('de');
    const list = screen.getByRole('list', { name: 'Studienzentren' });
    await waitFor(async () => expect((await rows(list))[0]).toMatch(/Deutschland$/));
    expect(await rows(list)).toEqual([
      'Universitätsklinikum Frankfurt | Frankfurt am Main, Deutschland',
      'Klinikum der Universität München | Munich, Deutschland',
      'Studienzentrum 1106 (Name nicht veröffentlicht) | Münster, Deutschland',
      'Universitätsklinikum Münster | Münster, Deutschland',
      'Example Research Centre | Lyon, Frankreich',
      'Unresolved Clinic | Nowhere, Frankreich',
      'Hôpital Saint-Louis | Paris, Frankreich',
      "Ospedale Sant'Eugenio | Rome, Italien",
      'Policlinico Umberto I | Rome, Italien',
      'Instytut Hematologii | Warsaw, Polen',
      'Szpital Kliniczny | Warsaw, Polen',
    ]);
    await user.click(within(list).getByRole('button', { name: /^Studienzentrum 1106/ }));
    const details = await screen.findByRole('region', { name: 'Details zum Studienzentrum' });
    expect(
      within(details).getByRole('heading', { name: 'Studienzentrum 1106 (Name nicht veröffentlicht)' }),
    ).toBeInTheDocument();

    // Polish puts Włochy (Italy) last, after Polska.
    await switchTo('pl');
    const polish = screen.getByRole('list', { name: 'Ośrodki' });
    await waitFor(async () => expect((await rows(polish))[0]).toMatch(/Francja$/));
    const countries = (await rows(polish)).map((row) => row.replace(/^.*, /, ''));
    expect([...new Set(countries)]).toEqual(['Francja', 'Niemcy', 'Polska', 'Włochy']);
    expect(await rows(polish)).toContain('Ośrodek 1106 (nazwa nie została opublikowana) | Münster, Niemcy');
  });

  it('re-words the location chosen: the person’s position, a point on the map, a place typed by another name', async () => {
    const { user, ready } = await renderApp();
    await ready();
    const box = () => screen.getByRole('combobox', { name: /^(Location|Ort|Miejscowość)$/ });

    await user.click(screen.getByRole('button', { name: 'Use my location' }));
    await waitFor(() => expect(box()).toHaveValue('Your location'));
    await switchTo('de');
    await waitFor(() => expect(box()).toHaveValue('Ihr Standort'));

    await user.click(screen.getByRole('button', { name: 'Von der Kartenmitte aus suchen' }));
    const { lat, lon } = useAppStore.getState().near!;
    const point = `(${lat.toFixed(3)}, ${lon.toFixed(3)})`;
    await waitFor(() => expect(box()).toHaveValue(`Punkt auf der Karte ${point}`));
    await switchTo('en');
    await waitFor(() => expect(box()).toHaveValue(`Point on the map ${point}`));

    await user.click(box());
    await user.keyboard('Warszawa');
    await user.click(await screen.findByRole('option', { name: 'Warszawa (Warsaw), Poland' }));
    await waitFor(() => expect(box()).toHaveValue('Warszawa (Warsaw), Poland'));
    await switchTo('pl');
    await waitFor(() => expect(box()).toHaveValue('Warszawa (Warsaw), Polska'));
  });
});
