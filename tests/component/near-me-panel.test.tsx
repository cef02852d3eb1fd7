import { screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../src/app/state/store';
import { distanceKm } from '../../src/core/distance';
import { createFormats } from '../../src/app/i18n/formats';
import { serveAppFiles } from './support/app-files';
import { renderApp, withLayout } from './support/render-app';

withLayout();
// The whole app renders in jsdom: give typing room beyond the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

// Where the fixture gazetteer and the fixture dataset both put Frankfurt am Main.
const FRANKFURT = { lat: 50.1109, lon: 8.6821 };
const PARIS_SITE = { lat: 48.8534, lon: 2.3488 };
const fetchCalls: string[] = [];

// The place list is the only file the panel fetches; the app's dataset comes from the test loader.
beforeAll(() => serveAppFiles(fetchCalls));
afterAll(() => vi.unstubAllGlobals());

async function openNearMe() {
  const app = await renderApp();
  await app.ready();
  useAppStore.getState().setUnits('km');
  const panel = screen.getByRole('region', { name: 'Near me' });
  return { ...app, panel };
}

async function chooseFrankfurt(user: Awaited<ReturnType<typeof openNearMe>>['user']) {
  const box = screen.getByRole('combobox', { name: 'Location' });
  await user.click(box);
  await user.type(box, 'Frankf');
  await screen.findByRole('option', { name: /^Frankfurt am Main, Germany/ });
  await user.keyboard('{Enter}');
}

describe('the near-me panel', () => {
  it('answers with the nearest enrolling site and sorts the list by distance', async () => {
    const { user, panel } = await openNearMe();
    await chooseFrankfurt(user);
    const toParis = createFormats('en').distance(distanceKm(FRANKFURT, PARIS_SITE), 'km');
    await vi.waitFor(() =>
      expect(panel).toHaveTextContent(
        `Nearest enrolling site: Hôpital Saint-Louis, Paris, France — ${toParis}`,
      ),
    );
    const sites = within(screen.getByRole('list', { name: 'Sites' }));
    await vi.waitFor(() =>
      expect(sites.getAllByRole('listitem')[0]).toHaveTextContent('Frankfurt am Main, Germany · 0 km'),
    );
    // The location is not sent anywhere.
    expect(fetchCalls.some((call) => call.includes('gazetteer.json'))).toBe(true);
    expect(fetchCalls.filter((call) => call.includes('50.11') || call.includes('8.68'))).toEqual([]);
  });

  it('when none in reach is enrolling, lists the nearest of any status and what to do next', async () => {
    const { user, panel } = await openNearMe();
    await chooseFrankfurt(user);
    await user.selectOptions(within(panel).getByLabelText('Distance'), 'Within 100 km');
    // Said in the card, and announced through a live region.
    await vi.waitFor(() =>
      expect(within(panel).getAllByText('No site within 100 km is enrolling patients now.')).toHaveLength(2),
    );
    expect(
      within(panel)
        .getAllByText('No site within 100 km is enrolling patients now.')
        .some((element) => element.getAttribute('aria-live') === 'polite'),
    ).toBe(true);
    expect(panel).toHaveTextContent(
      'Universitätsklinikum Frankfurt, Frankfurt am Main, Germany — 0 km · Closed',
    );
    const toParis = createFormats('en').distance(distanceKm(FRANKFURT, PARIS_SITE), 'km');
    await vi.waitFor(() => expect(panel).toHaveTextContent(`the nearest enrolling site is ${toParis} away`));
    // The advice follows the data: the completed trial has ended, and no site within reach is not yet
    // recruiting, so neither that nor the trial's contact is offered.
    expect(panel).toHaveTextContent('NCT00000101 has ended: Completed June 30, 2014.');
    expect(panel).not.toHaveTextContent(/not yet recruiting/i);
    expect(panel).not.toHaveTextContent(/contact/i);
    const search = within(panel).getByRole('link', {
      name: 'Recruiting trials for Acute lymphoblastic leukemia near Frankfurt am Main on ClinicalTrials.gov',
    });
    const url = new URL(search.getAttribute('href')!);
    expect(url.searchParams.get('cond')).toBe('Acute lymphoblastic leukemia');
    expect(url.searchParams.get('locStr')).toBe('Frankfurt am Main, Germany');
    expect(url.searchParams.get('distance')).toBe('63');
    expect(url.searchParams.get('aggFilters')).toBe('status:rec');
    await user.click(within(panel).getByRole('button', { name: 'Search at any distance' }));
    expect(useAppStore.getState().radiusKm).toBeNull();
    await vi.waitFor(() => expect(panel).toHaveTextContent('Nearest enrolling site:'));
  });

  it('offers sites that are not yet recruiting only when there are some, and their trial’s contact', async () => {
    const { user, panel } = await openNearMe();
    useAppStore.getState().toggleStatus('enrolling');
    // A point on the map, not a named place: the registry search carries no location.
    useAppStore.getState().setNear({ lat: 45.75, lon: 4.85, label: 'Point on the map' });
    useAppStore.getState().setRadiusKm(50);
    await vi.waitFor(() => expect(panel).toHaveTextContent('1 site within reach is not yet recruiting'));
    expect(panel).toHaveTextContent('Ask the contact of Observational registry of example patients');
    expect(panel).not.toHaveTextContent('has ended');
    const search = within(panel).getByRole('link', {
      name: /^Recruiting trials for .* on ClinicalTrials\.gov$/,
    });
    expect(new URL(search.getAttribute('href')!).searchParams.has('locStr')).toBe(false);
    await user.click(within(panel).getByRole('button', { name: 'Include “Not yet recruiting” sites' }));
    expect(useAppStore.getState().filters.statuses).toEqual(['enrolling', 'not-yet']);
  });

  it('crosses borders unless asked to keep to the country filter', async () => {
    const { user, panel } = await openNearMe();
    useAppStore.getState().toggleCountry('PL');
    await chooseFrankfurt(user);
    expect(panel).toHaveTextContent('searched across borders, even with a country filter set');
    await vi.waitFor(() => expect(panel).toHaveTextContent(/Nearest enrolling site: .*Paris/));
    await user.click(within(panel).getByRole('checkbox', { name: 'Include nearby sites in every country' }));
    await vi.waitFor(() => expect(panel).toHaveTextContent(/Nearest enrolling site: .*Warsaw/));
  });

  it('shows a rounded radius from a link as its choice, and a radius that is no choice as its own', async () => {
    const { panel } = await openNearMe();
    useAppStore.getState().setUnits('mi');
    useAppStore.getState().setRadiusKm(40.234); // 25 mi, as a link rounds it
    const select = within(panel).getByLabelText('Distance');
    await vi.waitFor(() => expect(select).toHaveDisplayValue('Within 25 mi'));
    expect(within(select).getAllByRole('option', { name: 'Within 25 mi' })).toHaveLength(1);
    useAppStore.getState().setRadiusKm(300);
    await vi.waitFor(() => expect(select).toHaveDisplayValue('Within 186 mi'));
  });

  it('says so when the browser denies the location', async () => {
    const getCurrentPosition = (_ok: PositionCallback, fail: PositionErrorCallback) =>
      fail({ code: 1, message: 'denied' } as GeolocationPositionError);
    Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition } });
    const { user, panel } = await openNearMe();
    await user.click(within(panel).getByRole('button', { name: 'Use my location' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Location permission was denied');
    expect(useAppStore.getState().near).toBeNull();
  });
});
