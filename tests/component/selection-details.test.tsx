import { act, screen, waitFor, within } from '@testing-library/react';
import L from 'leaflet';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../src/app/state/store';
import { renderApp, withLayout } from './support/render-app';

withLayout();
vi.setConfig({ testTimeout: 60_000 });

const sites = () => screen.getByRole('list', { name: 'Sites' });

describe('the site list, the map and the details', () => {
  it('lists the sites by country name, city and name', async () => {
    const { ready } = await renderApp();
    await ready();
    const items = await within(sites()).findAllByRole('listitem');
    expect(items).toHaveLength(11);
    // The rows are named once the sites' text is in (it follows the sites).
    await waitFor(() => expect(within(sites()).queryAllByText('Loading…')).toHaveLength(0));
    const names = items.map((item) => within(item).getByRole('button').textContent ?? '');
    expect(names.map((name) => name.replace(/(Germany|France|Italy|Poland).*$/, ''))).toEqual([
      'Example Research CentreLyon, ',
      'Unresolved ClinicNowhere, ',
      'Hôpital Saint-LouisParis, ',
      'Universitätsklinikum FrankfurtFrankfurt am Main, ',
      'Klinikum der Universität MünchenMunich, ',
      'Site 1106 (name not published)Münster, ',
      'Universitätsklinikum MünsterMünster, ',
      "Ospedale Sant'EugenioRome, ",
      'Policlinico Umberto IRome, ',
      'Instytut HematologiiWarsaw, ',
      'Szpital KlinicznyWarsaw, ',
    ]);
    expect(items[1]).toHaveTextContent('not on the map');
  });

  it('selecting in the list opens the details and highlights the site on the map', async () => {
    const { user, ready } = await renderApp();
    await ready();
    await user.click(await within(sites()).findByRole('button', { name: /^Site 1106/ }));
    const details = await screen.findByRole('region', { name: 'Site details' });
    expect(within(details).getByRole('heading', { name: 'Site 1106 (name not published)' })).toHaveFocus();
    expect(details).toHaveTextContent('Münster, Germany');
    expect(details).toHaveTextContent('this is the trial’s overall status');
    expect(within(details).getByRole('link', { name: 'NCT00000101 on ClinicalTrials.gov' })).toHaveAttribute(
      'href',
      'https://clinicaltrials.gov/study/NCT00000101',
    );
    expect(within(details).getByRole('link', { name: 'Directions (OpenStreetMap)' })).toHaveAttribute(
      'href',
      expect.stringContaining('openstreetmap.org/directions?to=51.96250%2C7.62560'),
    );
    expect(within(sites()).getByRole('button', { name: /^Site 1106/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(useAppStore.getState()).toMatchObject({ selectedSiteId: 'ex-101-1106', selectionOrigin: 'list' });
    // The map rings the selected site whatever the clustering.
    expect(
      await screen.findByRole('img', { name: 'Selected: Site 1106 (name not published)' }),
    ).toBeInTheDocument();
  });

  it('a selection made on the map highlights the site in the list', async () => {
    const { ready } = await renderApp();
    await ready();
    await within(sites()).findAllByRole('listitem');
    act(() => useAppStore.getState().selectSite('ex-202-3', 'map'));
    const button = await within(sites()).findByRole('button', { name: /^Szpital Kliniczny/ });
    await vi.waitFor(() => expect(button).toHaveAttribute('aria-current', 'true'));
    expect(await screen.findByRole('region', { name: 'Site details' })).toHaveTextContent('Recruiting');
    expect(screen.getByRole('region', { name: 'Site details' })).toHaveTextContent(
      'Status reported for this site.',
    );
  });

  it('shows a trial’s details, and marks a trial whose source lists no sites', async () => {
    const { user, ready } = await renderApp();
    await ready();
    await user.click(screen.getByRole('button', { name: 'About NCT00000101' }));
    const trial = await screen.findByRole('region', { name: 'Trial details' });
    expect(trial).toHaveTextContent('Examplimab in adult relapsed leukemia');
    expect(trial).toHaveTextContent('Phase 2');
    expect(trial).toHaveTextContent('Example Pharma GmbH');
    expect(trial).toHaveTextContent('120 participants (actual)');
    expect(trial).toHaveTextContent('Adults 18+ · all sexes');
    expect(trial).toHaveTextContent('Examplimab (EX-1)');
    expect(trial).toHaveTextContent('6 sites in 3 countries, 6 on the map');
    // Said as a person would: the status in the legend's words with the registry's, the kind of source.
    expect(trial).toHaveTextContent('Closed — Completed June 30, 2014');
    expect(trial).toHaveTextContent('ClinicalTrials.gov study page');
    expect(trial).not.toHaveTextContent('seeds/');
    await user.click(within(trial).getByRole('button', { name: /Close/ }));
    await user.click(screen.getByRole('button', { name: 'About NCT00000404' }));
    expect(await screen.findByRole('region', { name: 'Trial details' })).toHaveTextContent(
      'Sites not listed in source',
    );
  });

  it('names a trial without an NCT ID by its title, never by its slug', async () => {
    const { user, ready } = await renderApp();
    await ready();
    await user.click(await screen.findByRole('button', { name: /^Example Research Centre/ }));
    const site = await screen.findByRole('region', { name: 'Site details' });
    expect(site).toHaveTextContent('Not yet recruiting');
    await user.click(
      within(site).getByRole('button', { name: 'Observational registry of example patients' }),
    );
    const trial = await screen.findByRole('region', { name: 'Trial details' });
    expect(trial).toHaveTextContent('Identifiers');
    expect(trial).toHaveTextContent('REG-7');
    expect(trial).not.toHaveTextContent('EX-303');
  });

  it('offers the sites at a shared point as a list on the map', async () => {
    const { user, ready } = await renderApp();
    await ready();
    await user.click(screen.getByRole('checkbox', { name: 'Italy' }));
    await screen.findByText('2 sites in 1 country (of 11)');
    const rome = await screen.findByRole('button', { name: '2 sites at one place in Rome. List them' });
    await user.click(rome);
    const list = await screen.findByRole('list', { name: 'Sites at this place' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(["Ospedale Sant'EugenioClosed", 'Policlinico Umberto IClosed']);
    await user.click(within(list).getByRole('button', { name: /Policlinico/ }));
    expect(useAppStore.getState()).toMatchObject({ selectedSiteId: 'ex-101-2101', selectionOrigin: 'map' });
  });

  it("takes its own move for its own however late it ends, and the person's next move for theirs", async () => {
    const { user, ready } = await renderApp();
    await ready();
    // The list's rows come with the sites' text, after the list is drawn.
    const row = await screen.findByRole('button', { name: /^Szpital Kliniczny/ });
    // A busy page: each move ends five seconds after it began.
    let late = 0;
    const now = performance.now.bind(performance);
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now() + late);
    const setView = L.Map.prototype.setView;
    const moves = vi.spyOn(L.Map.prototype, 'setView').mockImplementation(function (
      this: L.Map,
      ...args: Parameters<L.Map['setView']>
    ) {
      late += 5000;
      return setView.apply(this, args);
    });
    try {
      // Chosen in the list, the site is brought into view: the map's move, not the person's.
      await user.click(row);
      await waitFor(() => expect(moves).toHaveBeenCalled());
      expect(useAppStore.getState()).toMatchObject({ selectedSiteId: expect.any(String), mapMoved: false });
      await user.click(screen.getByRole('button', { name: 'Zoom in' }));
      await waitFor(() => expect(useAppStore.getState().mapMoved).toBe(true));
    } finally {
      moves.mockRestore();
      clock.mockRestore();
    }
  });
});
