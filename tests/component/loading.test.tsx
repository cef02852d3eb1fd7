import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DatasetLoadError } from '../../src/app/data/load-dataset';
import { IndexedSiteEngine } from '../../src/app/data/indexed-site-engine';
import { encodeDataset } from '../../src/core/compact/encode';
import { decodeCompact } from '../../src/core/compact/decode';
import { buildOverview, overviewText } from '../../src/core/overview/build';
import { OVERVIEW_MAX_ZOOM } from '../../src/core/overview/format';
import { parseOverview } from '../../src/core/overview/read';
import { useAppStore } from '../../src/app/state/store';
import { dataset, renderApp, withLayout } from './support/render-app';

// A map small enough that the fixture's sites are fitted at a zoom the overview holds (it stops at zoom 5).
withLayout(512, 384);
vi.setConfig({ testTimeout: 60_000 });

describe('loading the dataset', () => {
  it('shows progress, then the sites', async () => {
    let release: (value: typeof dataset) => void = () => {};
    const { ready } = await renderApp(() => new Promise((resolve) => (release = resolve)));
    expect(await screen.findByText('Loading trial sites…')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Trial Atlas' })).toBeInTheDocument();
    release(dataset);
    await ready();
    expect(screen.queryByText('Loading trial sites…')).toBeNull();
  });

  it('paints the overview on the map while the sites download; the markers stay when they are in', async () => {
    const overview = parseOverview(
      new TextEncoder().encode(overviewText(buildOverview(decodeCompact(encodeDataset(dataset).sites)))),
    );
    let release: (value: typeof dataset) => void = () => {};
    const { ready } = await renderApp(
      () => new Promise((resolve) => (release = resolve)),
      undefined,
      async () => overview,
    );
    expect(await screen.findByText(`Loading ${dataset.sites.length} sites…`)).toBeInTheDocument();
    const markers = () => [...document.querySelectorAll('.leaflet-marker-pane .leaflet-marker-icon')];
    await waitFor(() => expect(markers().length).toBeGreaterThan(0));
    const early = markers();
    const names = early.map((element) => element.textContent + '|' + element.getAttribute('aria-label'));
    // The filters and the list wait for the sites.
    expect(screen.queryByRole('group', { name: 'Country' })).toBeNull();
    release(dataset);
    await ready();
    // The progress is gone (rows whose text is still on its way read "Loading…" on their own).
    expect(screen.queryByText(/^Loading .*sites…$/)).toBeNull();
    await waitFor(() =>
      expect(
        markers().map((element) => element.textContent + '|' + element.getAttribute('aria-label')),
      ).toEqual(names),
    );
    // The same elements: the overview's markers are the engine's, by id.
    expect(markers()).toEqual(early);
  });

  it('says the map shows where the sites are only while it does', async () => {
    const overview = parseOverview(
      new TextEncoder().encode(overviewText(buildOverview(decodeCompact(encodeDataset(dataset).sites)))),
    );
    const shows = 'The map shows where they are; the filters and the list open when the download ends.';
    const later = 'They appear on the map, in the filters and in the list when the download ends.';
    const markers = () => document.querySelectorAll('.leaflet-marker-pane .leaflet-marker-icon').length;
    const { user } = await renderApp(
      () => new Promise(() => {}),
      undefined,
      async () => overview,
    );
    expect(await screen.findByText(shows)).toBeInTheDocument();
    expect(markers()).toBeGreaterThan(0);
    // Past the overview's deepest zoom the map is empty until the sites are in.
    while ((useAppStore.getState().map?.zoom ?? 0) <= OVERVIEW_MAX_ZOOM)
      await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(await screen.findByText(later)).toBeInTheDocument();
    await waitFor(() => expect(markers()).toBe(0));
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(await screen.findByText(shows)).toBeInTheDocument();
    // A filter (from a link, or chosen before the sites are in) waits for the sites too.
    act(() => useAppStore.getState().setFilters({ countries: ['DE'] }));
    expect(await screen.findByText(later)).toBeInTheDocument();
    await waitFor(() => expect(markers()).toBe(0));
  });

  it("leaves the map empty at a link's position past the overview's deepest zoom, until the sites are in", async () => {
    const overview = parseOverview(
      new TextEncoder().encode(overviewText(buildOverview(decodeCompact(encodeDataset(dataset).sites)))),
    );
    const markers = () => document.querySelectorAll('.leaflet-marker-pane .leaflet-marker-icon').length;
    let release: (value: typeof dataset) => void = () => {};
    const { user, ready } = await renderApp(
      () => new Promise((resolve) => (release = resolve)),
      undefined,
      async () => {
        // A link's map position, read as the app starts.
        useAppStore.getState().setMapPosition({ zoom: OVERVIEW_MAX_ZOOM + 2, lat: 48.1, lng: 11.6 }, true);
        return overview;
      },
    );
    expect(
      await screen.findByText(
        'They appear on the map, in the filters and in the list when the download ends.',
      ),
    ).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(markers()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    await waitFor(() => expect(markers()).toBeGreaterThan(0));
    expect(screen.getByText(/^The map shows where they are/)).toBeInTheDocument();
    release(dataset);
    await ready();
    await waitFor(() => expect(markers()).toBeGreaterThan(0));
  });

  it("asks the engine for the map's markers before the list's rows, and for no rows before the sites are filtered", async () => {
    const engine = new IndexedSiteEngine();
    const calls: string[] = [];
    for (const method of ['setFilters', 'clusters', 'rows'] as const) {
      const original = engine[method].bind(engine) as (...args: unknown[]) => unknown;
      Object.assign(engine, {
        [method]: (...args: unknown[]) => {
          calls.push(method);
          return original(...args);
        },
      });
    }
    const { ready } = await renderApp(undefined, engine);
    await ready();
    await waitFor(() => expect(calls).toContain('rows'));
    // The first rows (the list order is made on first use: half a second for a million sites) wait for the map.
    expect(calls[0]).toBe('setFilters');
    expect(calls.indexOf('clusters')).toBeLessThan(calls.indexOf('rows'));
  });

  it.each([
    ['network', 'The site data could not be downloaded'],
    ['malformed', 'The site data is damaged'],
    ['version', 'The site data is from another version of Trial Atlas'],
  ] as const)('explains a %s failure and retries', async (kind, title) => {
    let attempts = 0;
    const { user, ready } = await renderApp(async () => {
      if (++attempts === 1) throw new DatasetLoadError(kind, `details of the ${kind} failure`);
      return dataset;
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(title);
    expect(alert).toHaveTextContent(`details of the ${kind} failure`);
    // The header's count no longer says the sites are loading.
    expect(screen.getByText('No sites loaded')).toBeInTheDocument();
    expect(screen.queryByText('Loading sites…')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await ready();
    expect(attempts).toBe(2);
  });

  it('says so when the engine cannot give the map its markers, and keeps the list', async () => {
    const engine = new IndexedSiteEngine();
    engine.clusters = () => Promise.reject(new Error('Maximum call stack size exceeded'));
    const { ready } = await renderApp(undefined, engine);
    await ready();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The sites could not be drawn on the map');
    expect(alert).toHaveTextContent('Maximum call stack size exceeded');
    expect(await screen.findByRole('list', { name: 'Sites' })).toBeInTheDocument();
  });
});
