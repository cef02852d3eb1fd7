import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/react';
import fixture from '../fixtures/app/small-dataset.json';
import { datasetSchema } from '../../src/core/schema';
import { IndexedSiteEngine } from '../../src/app/data/indexed-site-engine';
import { connectEngine, resetResults, useResults } from '../../src/app/state/results';
import { resetAppState, useAppStore } from '../../src/app/state/store';
import { currentLink, startUrlSync, useLinkState } from '../../src/app/state/url-sync';
import { useI18n } from '../../src/app/i18n/i18n-store';
import { linkNoticeText } from '../../src/app/i18n/link-notice-words';

const dataset = datasetSchema.parse(fixture);
let stops: (() => void)[] = [];

/** Opens the app at a link: URL sync first, then the engine (as main.tsx does). */
function openAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const engine = new IndexedSiteEngine();
  stops.push(startUrlSync(engine));
  const connection = connectEngine(engine, async () => dataset);
  stops.push(connection.disconnect);
}

const popTo = async (delta: number) => {
  const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  window.history.go(delta);
  await popped;
};

beforeEach(() => {
  resetAppState();
  // Each test's engine loads its own dataset: no test sees the last one's as loaded.
  resetResults();
  useLinkState.setState({ notices: [], includeLocation: false });
});
afterEach(() => {
  vi.restoreAllMocks();
  stops.forEach((stop) => stop());
  stops = [];
});

describe('URL sync', () => {
  it('opens the filters, site and map of a link', async () => {
    openAt('?country=DE&status=closed&site=ex-101-1102&map=9/48.1/11.6');
    await waitFor(() => expect(useAppStore.getState().selectedSiteId).toBe('ex-101-1102'));
    const state = useAppStore.getState();
    expect(state.filters.countries).toEqual(['DE']);
    expect(state.filters.statuses).toEqual(['closed']);
    expect(state.map).toEqual({ zoom: 9, lat: 48.1, lng: 11.6 });
    expect(useLinkState.getState().notices).toEqual([]);
  });

  it('drops what the dataset does not have and says what it ignored', async () => {
    openAt('?country=DE,XX&trial=ex-101,NOPE&site=ghost&map=999/48/11&foo=1');
    await waitFor(() => expect(useLinkState.getState().notices).toHaveLength(5));
    const { t } = useI18n.getState();
    expect(useLinkState.getState().notices.map((notice) => linkNoticeText(t, notice))).toEqual([
      'Map zoom 999 is out of range; used 19.',
      'Ignored unknown parameter "foo".',
      'Ignored trial not in this dataset: "NOPE".',
      'Ignored unknown country code "XX".',
      'Ignored site not in this dataset: "ghost".',
    ]);
    const state = useAppStore.getState();
    expect(state.filters.countries).toEqual(['DE']);
    expect(state.filters.trials).toEqual(['EX-101']);
    expect(state.selectedSiteId).toBeNull();
    await waitFor(() => expect(window.location.search).toBe('?trial=EX-101&country=DE&map=19/48/11'));
  });

  it('checks a trial named only by the details it opens', async () => {
    openAt('?country=DE&details=NOPE');
    await waitFor(() => expect(useLinkState.getState().notices).toHaveLength(1));
    const { t } = useI18n.getState();
    expect(linkNoticeText(t, useLinkState.getState().notices[0]!)).toBe(
      'Ignored open trial not in this dataset: "NOPE".',
    );
    expect(useAppStore.getState().selectedTrialId).toBeNull();
  });

  it('pushes filter changes, replaces map moves, and steps back through filters', async () => {
    openAt('?country=DE');
    await waitFor(() => expect(window.location.search).toBe('?country=DE'));
    const push = vi.spyOn(window.history, 'pushState');
    useAppStore.getState().toggleCountry('IT');
    expect(window.location.search).toBe('?country=DE,IT');
    useAppStore.getState().setMapPosition({ zoom: 5, lat: 45, lng: 10 }, true);
    expect(window.location.search).toBe('?country=DE,IT&map=5/45/10');
    expect(push).toHaveBeenCalledTimes(1);
    useAppStore.getState().toggleStatus('enrolling');
    expect(push).toHaveBeenCalledTimes(2);

    await popTo(-1);
    expect(useAppStore.getState().filters.statuses).toEqual([]);
    expect(useAppStore.getState().filters.countries).toEqual(['DE', 'IT']);
    await popTo(-1);
    expect(useAppStore.getState().filters.countries).toEqual(['DE']);
    await popTo(1);
    expect(useAppStore.getState().filters.countries).toEqual(['DE', 'IT']);
    expect(useAppStore.getState().map).toEqual({ zoom: 5, lat: 45, lng: 10 });
  });

  it('writes the map position only once the person has moved the map', async () => {
    openAt('?country=DE');
    await waitFor(() => expect(window.location.search).toBe('?country=DE'));
    // The map fitting the filtered sites is not a view worth fixing in a link: any screen refits it.
    useAppStore.getState().setMapPosition({ zoom: 6, lat: 51, lng: 10 }, false);
    expect(window.location.search).toBe('?country=DE');
    useAppStore.getState().setMapPosition({ zoom: 7, lat: 50.5, lng: 9.25 }, true);
    expect(window.location.search).toBe('?country=DE&map=7/50.5/9.25');
  });

  it('gives a typed search one history entry, not one per keystroke', async () => {
    openAt('');
    await waitFor(() => expect(useResults.getState().load.status).toBe('ready'));
    const push = vi.spyOn(window.history, 'pushState');
    for (const q of ['r', 'ro', 'rom', 'rome']) useAppStore.getState().setQuery(q);
    expect(window.location.search).toBe('?q=rome');
    expect(push).toHaveBeenCalledTimes(1);
  });

  it("never adds to the host page's history inside an embed", async () => {
    openAt('?country=IT&embed=1');
    await waitFor(() => expect(window.location.search).toBe('?country=IT&embed=1'));
    const push = vi.spyOn(window.history, 'pushState');
    useAppStore.getState().toggleCountry('DE');
    expect(window.location.search).toBe('?country=DE,IT&embed=1');
    expect(push).not.toHaveBeenCalled();
  });

  it('keeps a location out of the address until the person opts in', async () => {
    openAt('');
    await waitFor(() => expect(useResults.getState().load.status).toBe('ready'));
    useAppStore.getState().setNear({ lat: 50.1109, lon: 8.6821, label: 'Frankfurt' });
    useAppStore.getState().setRadiusKm(100);
    await waitFor(() => expect(window.location.search).toBe('?radius=100'));
    expect(currentLink(window.location)).toBe('http://localhost:3000/?radius=100');
    useLinkState.getState().setIncludeLocation(true);
    expect(window.location.search).toBe('?near=50.111,8.682&radius=100');
  });

  it('leaves out the map view the app centred on a private location, but not a view moved by hand', async () => {
    openAt('?country=DE');
    await waitFor(() => expect(window.location.search).toBe('?country=DE'));
    useAppStore.getState().setNear({ lat: 48.13712, lon: 11.57543, label: 'Your location' });
    useAppStore.getState().showNear({ zoom: 7, lat: 48.13712, lng: 11.57543 });
    useAppStore.getState().setMapPosition({ zoom: 7, lat: 48.13712, lng: 11.57543 }, false);
    expect(window.location.search).toBe('?country=DE');
    expect(currentLink(window.location)).toBe('http://localhost:3000/?country=DE');
    useLinkState.getState().setIncludeLocation(true);
    expect(window.location.search).toBe('?country=DE&map=7/48.13712/11.57543&near=48.137,11.575');
    useLinkState.getState().setIncludeLocation(false);
    useAppStore.getState().setMapPosition({ zoom: 7, lat: 48.5, lng: 12 }, true);
    expect(window.location.search).toBe('?country=DE&map=7/48.5/12');
  });
});
