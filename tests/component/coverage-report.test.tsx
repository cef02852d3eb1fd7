import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IndexedSiteEngine } from '../../src/app/data/indexed-site-engine';
import { resetResults } from '../../src/app/state/results';
import { resetAppState, useAppStore } from '../../src/app/state/store';
import { PICKER_TRIALS } from '../../src/app/ui/coverage/compare-trials';
import { CoverageView } from '../../src/app/ui/coverage/coverage-view';
import { loadedEngine, renderWithEngine, servePlaces } from './support/coverage-engine';
import { coverageDataset, coverageGazetteer, T1, T2, T3 } from '../unit/core/coverage-fixture';

let engine: IndexedSiteEngine;

/** The report as the app shows it: its figures from the engine, the place list fetched by the engine. */
async function renderReport() {
  const view = renderWithEngine(<CoverageView />, engine);
  await screen.findByRole('table', { name: 'Coverage by country' });
  return view;
}

function bodyRowNames(tableElement: HTMLElement): string[] {
  const [, body] = within(tableElement).getAllByRole('rowgroup');
  return within(body!)
    .getAllByRole('row')
    .map((row) => within(row).getAllByRole('rowheader')[0]?.textContent ?? '');
}

vi.setConfig({ testTimeout: 60_000 });

beforeEach(async () => {
  resetAppState();
  resetResults();
  useAppStore.setState({ coverageRadiusKm: 100 });
  servePlaces(coverageGazetteer);
  engine = await loadedEngine(coverageDataset);
});

afterEach(() => vi.unstubAllGlobals());

describe('coverage report', () => {
  it('shows the coverage by country with a total row', async () => {
    await renderReport();
    const coverage = screen.getByRole('table', { name: 'Coverage by country' });
    expect(coverage).toHaveAccessibleDescription(/Choose a column heading to sort/);
    expect(bodyRowNames(coverage)).toEqual(['Germany', 'France', 'Austria']);
    const germany = within(coverage).getByRole('row', { name: /^Germany/ });
    // Sites, then Enrolling … Unknown, share, trials.
    expect(
      within(germany)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3', '2', '0', '0', '1', '0', '50.0%', '2']);
    const total = within(coverage).getByRole('row', { name: /Total \(3 countries\)/ });
    expect(within(total).getAllByRole('cell')[0]).toHaveTextContent('6');
    expect(screen.getByRole('heading', { name: '6 sites in 3 countries' })).toBeInTheDocument();
    // Largest count 3: classes "1 site" and "2–3 sites". Rings: de-1 and de-2 share a point, at-1 has none.
    const key = screen.getByRole('figure', { name: 'Map shading: sites per country' });
    expect(
      within(key)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['1 site', '2–3 sites', 'No sites']);
    expect(key).toHaveTextContent('Circles: 100 km around each of the 4 site locations');
  });

  it('sorts by a column and says so with aria-sort', async () => {
    const user = userEvent.setup();
    await renderReport();
    const coverage = screen.getByRole('table', { name: /Coverage by country/ });
    const countryHeader = within(coverage).getByRole('columnheader', { name: /Country/ });
    expect(countryHeader).not.toHaveAttribute('aria-sort');
    await user.click(within(countryHeader).getByRole('button'));
    expect(countryHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(bodyRowNames(coverage)).toEqual(['Austria', 'France', 'Germany']);
    await user.click(within(countryHeader).getByRole('button'));
    expect(countryHeader).toHaveAttribute('aria-sort', 'descending');
    expect(bodyRowNames(coverage)).toEqual(['Germany', 'France', 'Austria']);
    expect(within(coverage).getByRole('columnheader', { name: /^Sites/ })).not.toHaveAttribute('aria-sort');
  });

  it('filters to a country when its row is chosen, and back', async () => {
    const user = userEvent.setup();
    await renderReport();
    await user.click(screen.getByRole('button', { name: 'France' }));
    expect(useAppStore.getState().filters.countries).toEqual(['FR']);
    expect(await screen.findByRole('heading', { name: '2 sites in 1 country' })).toBeInTheDocument();
    const france = screen.getByRole('button', { name: 'France' });
    expect(france).toHaveAttribute('aria-pressed', 'true');
    await user.click(france);
    expect(useAppStore.getState().filters.countries).toEqual([]);
  });

  it('shows the population within reach for the chosen radius, with its definition', async () => {
    const user = userEvent.setup();
    await renderReport();
    const byCountry = () =>
      screen.getByRole('table', { name: /Population within \d+ km of a site, by country/ });
    // 100 km: DE 150,000 of 850,000 (17.6%); total 170,000 of 2,170,000 (7.8%).
    expect(
      within(await screen.findByRole('row', { name: /^Germany 150,000/ })).getAllByRole('cell')[2],
    ).toHaveTextContent('17.6%');
    expect(within(byCountry()).getByRole('row', { name: /^Total/ })).toHaveTextContent('170,000');
    expect(
      screen.getByRole('complementary', { name: 'How population within reach is counted' }),
    ).toHaveTextContent(/at least one filtered site/);
    await user.click(screen.getByRole('radio', { name: '50 km' }));
    expect(useAppStore.getState().coverageRadiusKm).toBe(50);
    // 50 km: DE 50,000, FR 20,000: 70,000.
    expect(await within(byCountry()).findByRole('row', { name: /^Total 70,000/ })).toBeInTheDocument();
    expect(byCountry()).toHaveAccessibleName('Population within 50 km of a site, by country');
  });

  it('lists the gap cities with the distance to the nearest site', async () => {
    await renderReport();
    const gaps = await screen.findByRole('table', { name: /farther than 100 km from every site/ });
    expect(bodyRowNames(gaps)).toEqual(['South', 'Ostburg', 'North', 'Mid']);
    // Ostburg is 3° of latitude = 333.6 km from de-1 ("City de-1").
    expect(within(gaps).getByRole('row', { name: /Ostburg/ })).toHaveTextContent(
      '334 km (City de-1, Germany)',
    );
  });

  it('narrows the gaps to one country', async () => {
    const user = userEvent.setup();
    await renderReport();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Show gaps in' }), 'Germany (2)');
    const gaps = screen.getByRole('table', { name: /in Germany farther than 100 km/ });
    expect(bodyRowNames(gaps)).toEqual(['North', 'Mid']);
  });

  it('says when populations are loading or failed, still shows the country table, and retries', async () => {
    const user = userEvent.setup();
    servePlaces(coverageGazetteer, 404);
    await renderReport();
    expect(screen.getByRole('table', { name: /Coverage by country/ })).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'City populations could not be loaded: The list of places could not be loaded (/data/gazetteer.json answered 404).',
    );
    servePlaces(coverageGazetteer);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: /Population within 100 km/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('compares two trials side by side', async () => {
    const user = userEvent.setup();
    await renderReport();
    // The pickers come with the engine's list of trials.
    await user.selectOptions(await screen.findByRole('combobox', { name: 'First trial' }), T1);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Second trial' }), T2);
    const side = await screen.findByRole('table', { name: `Sites per country: ${T1} and ${T2}` });
    expect(within(side).getByRole('row', { name: /Germany/ })).toHaveTextContent('Germany21');
    expect(screen.getByText('Both trials').nextElementSibling).toHaveTextContent('France, Germany');
    expect(screen.getByText(`Only ${T2}`).nextElementSibling).toHaveTextContent('Austria');
    // T3's source lists no sites: the comparison says so instead of showing empty columns silently.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Second trial' }), T3);
    expect(
      await screen.findByText(`${T3}: its source lists no sites, so it covers no country here.`),
    ).toBeInTheDocument();
  });

  it('finds the trials to compare by search when there are more than a picker lists', async () => {
    // 60 more trials without sites: the pickers list T1 and T2 (they have sites) and 48 of the others.
    const extra = Array.from({ length: 60 }, (_, i) => ({
      ...coverageDataset.trials[0]!,
      id: `NCT0000${1000 + i}`,
      nctId: `NCT0000${1000 + i}`,
      title: `Extra study ${i}`,
    }));
    engine = await loadedEngine({ ...coverageDataset, trials: [...coverageDataset.trials, ...extra] });
    const user = userEvent.setup();
    await renderReport();
    const first = await screen.findByRole('combobox', { name: 'First trial' });
    expect(within(first).getAllByRole('option')).toHaveLength(PICKER_TRIALS);
    expect(first).toHaveDisplayValue(`${T1}: Trial one`);
    const search = screen.getByRole('searchbox', { name: 'Find the first trial' });
    expect(search).toHaveAccessibleDescription(
      'The 50 trials with the most sites of 63 are listed; type an NCT ID or words of a title to find the others.',
    );
    expect(within(first).queryByRole('option', { name: /Extra study 59/ })).toBeNull();

    await user.type(search, 'extra 59');
    expect(
      await within(first).findByRole('option', { name: 'NCT00001059: Extra study 59' }),
    ).toBeInTheDocument();
    // The chosen trial stays listed, and stays chosen, while the search finds others.
    expect(within(first).getAllByRole('option')).toHaveLength(2);
    expect(first).toHaveDisplayValue(`${T1}: Trial one`);
    expect(search).toHaveAccessibleDescription('1 trial matches.');
    await user.selectOptions(first, 'NCT00001059');
    expect(
      await screen.findByRole('table', { name: `Sites per country: NCT00001059 and ${T2}` }),
    ).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'extra');
    expect(
      await screen.findByText(/^60 trials match; the 50 with the most sites are listed\./),
    ).toBeInTheDocument();
    await user.type(search, ' zz');
    expect(await screen.findByText('No trial matches “extra zz”.')).toBeInTheDocument();
    expect(within(first).getAllByRole('option')).toHaveLength(1);
    expect(first).toHaveDisplayValue('NCT00001059: Extra study 59');
    // The other picker has a search of its own.
    expect(screen.getByRole('combobox', { name: 'Second trial' })).toHaveDisplayValue(`${T2}: Trial two`);
    expect(screen.getByRole('searchbox', { name: 'Find the second trial' })).toHaveValue('');
  });
});
