import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { IndexedSiteEngine } from '../../src/app/data/indexed-site-engine';
import { loadLanguage } from '../../src/app/i18n/i18n-store';
import { useAppStore } from '../../src/app/state/store';
import { renderApp, withLayout } from './support/render-app';

withLayout();
vi.setConfig({ testTimeout: 60_000 });

const count = () => screen.getByRole('status', { name: '' }).textContent;
const group = (name: string) => screen.getByRole('group', { name });

describe('filters and counts', () => {
  it('counts all sites, then narrows by country with faceted counts', async () => {
    const { user, ready } = await renderApp();
    await ready();
    expect(screen.getByText('11 sites in 4 countries')).toHaveAttribute('role', 'status');
    const germany = within(group('Country')).getByRole('checkbox', { name: 'Germany' });
    expect(germany).toHaveAccessibleDescription('4 sites');
    await user.click(germany);
    expect(await screen.findByText('4 sites in 1 country (of 11)')).toBeInTheDocument();
    // The Status group now counts Germany's sites; the Country group still counts every country.
    expect(within(group('Status')).getByRole('checkbox', { name: 'Closed' })).toHaveAccessibleDescription(
      '3 sites',
    );
    expect(within(group('Status')).getByRole('checkbox', { name: 'Enrolling' })).toHaveAccessibleDescription(
      '0 sites',
    );
    expect(within(group('Country')).getByRole('checkbox', { name: 'France' })).toHaveAccessibleDescription(
      '3 sites',
    );
    expect(useAppStore.getState().filters.countries).toEqual(['DE']);
  });

  it('says each count in the language shown, after a change of language and of the counts', async () => {
    const { user, ready } = await renderApp();
    await ready();
    const option = (name: string) => within(group('Country')).getByRole('checkbox', { name });
    expect(option('Germany')).toHaveAccessibleDescription('4 sites');
    try {
      await act(() => loadLanguage('pl'));
      // Polish plural forms: 4 is "few", 5 would be "many".
      expect(
        await within(group('Kraj')).findByRole('checkbox', { name: 'Niemcy' }),
      ).toHaveAccessibleDescription('4 ośrodki');
      await user.click(within(group('Status')).getAllByRole('checkbox')[0]!);
      await act(() => loadLanguage('en'));
      await vi.waitFor(() => expect(option('France')).toHaveAccessibleDescription(/^\d+ sites?$/));
      const counts = within(group('Country'))
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('aria-describedby'))
        .map((id) => document.getElementById(id!)!.querySelector('[aria-hidden]')!.textContent);
      // The words say the number shown, for every option.
      within(group('Country'))
        .getAllByRole('checkbox')
        .forEach((box, i) =>
          expect(box).toHaveAccessibleDescription(`${counts[i]} ${counts[i] === '1' ? 'site' : 'sites'}`),
        );
    } finally {
      await act(() => loadLanguage('en'));
    }
  });

  it('asks for the markers once per filter change, for the view fitted to the new result', async () => {
    const engine = new IndexedSiteEngine();
    const clusters = vi.spyOn(engine, 'clusters');
    const { user, ready } = await renderApp(undefined, engine);
    await ready();
    await vi.waitFor(() => expect(clusters).toHaveBeenCalled());
    const [before] = clusters.mock.lastCall!;
    clusters.mockClear();
    await user.click(within(group('Country')).getByRole('checkbox', { name: 'Germany' }));
    expect(await screen.findByText('4 sites in 1 country (of 11)')).toBeInTheDocument();
    await new Promise((settle) => setTimeout(settle, 300));
    expect(clusters).toHaveBeenCalledTimes(1);
    // The view asked for is the one fitted to Germany's sites, not the wider one shown before.
    const [[west, , east]] = clusters.mock.calls[0]!;
    expect(east - west).toBeLessThan(before[2] - before[0]);
    expect(west).toBeLessThan(6);
    expect(east).toBeGreaterThan(15);
  });

  it("draws a filter change's markers without asking again when the view stays", async () => {
    const engine = new IndexedSiteEngine();
    const clusters = vi.spyOn(engine, 'clusters');
    const { user, ready } = await renderApp(undefined, engine);
    await ready();
    await vi.waitFor(() => expect(clusters).toHaveBeenCalled());
    const labels = () =>
      [...document.querySelectorAll('.leaflet-marker-icon')].map((m) => m.getAttribute('aria-label'));
    const before = labels();
    clusters.mockClear();
    await user.click(within(group('Status')).getByRole('checkbox', { name: /^Enrolling/ }));
    expect(await screen.findByText('2 sites in 2 countries (of 11)')).toBeInTheDocument();
    await vi.waitFor(() => expect(labels()).not.toEqual(before));
    expect(clusters).not.toHaveBeenCalled();
    // Two sites, one marker each, each named for its site.
    expect(labels()).toHaveLength(2);
    await user.click(within(group('Status')).getByRole('checkbox', { name: /^Enrolling/ }));
    await vi.waitFor(() => expect(labels()).toEqual(before));
    expect(clusters).not.toHaveBeenCalled();
  });

  it('explains an empty result and brings sites back in one click', async () => {
    const { user, ready } = await renderApp();
    await ready();
    await user.click(within(group('Country')).getByRole('checkbox', { name: 'Italy' }));
    await user.click(within(group('Status')).getByRole('checkbox', { name: 'Enrolling' }));
    expect(await screen.findByText('0 sites (of 11)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'No sites match' })).toBeInTheDocument();
    expect(screen.getByText('No site with the chosen status matches the other filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear the status filter (2 sites)' }));
    expect(await screen.findByText('2 sites in 1 country (of 11)')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear all filters' })[0]!);
    expect(await screen.findByText('11 sites in 4 countries')).toBeInTheDocument();
  });

  it('searches facility, city and trial text, folding accents', async () => {
    const { user, ready } = await renderApp();
    await ready();
    await user.type(screen.getByRole('searchbox', { name: 'Search sites' }), 'policlinico{Enter}');
    expect(await screen.findByText('1 site in 1 country (of 11)')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Search sites' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search sites' }), 'Munster{Enter}');
    expect(await screen.findByText('4 sites in 3 countries (of 11)')).toBeInTheDocument();
  });

  it('lists trials with their counts, marking those whose source lists no sites', async () => {
    const { user, ready } = await renderApp();
    await ready();
    const trials = group('Trial');
    expect(within(trials).getByText('Sites not listed in source')).toBeInTheDocument();
    await user.click(within(trials).getByRole('checkbox', { name: /NCT00000202/ }));
    expect(await screen.findByText('3 sites in 3 countries (of 11)')).toBeInTheDocument();
    // Only the phases the dataset's trials have: none is early phase 1 or phase 4.
    const phases = within(group('Phase')).getAllByRole('checkbox');
    expect(phases.map((box) => (box as HTMLInputElement).labels![0]!.textContent)).toEqual([
      expect.stringMatching(/^Phase 1/),
      expect.stringMatching(/^Phase 2/),
      expect.stringMatching(/^Phase 3/),
      expect.stringMatching(/^Not applicable/),
    ]);
    await user.click(within(group('Phase')).getByRole('checkbox', { name: 'Phase 2' }));
    expect(await screen.findByText('0 sites (of 11)')).toBeInTheDocument();
    expect(count).toBeDefined();
  });
});
