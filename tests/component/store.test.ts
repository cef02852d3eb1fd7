import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fixture from '../fixtures/app/small-dataset.json';
import { datasetSchema } from '../../src/core/schema';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/core/view-state';
import { IndexedSiteEngine } from '../../src/app/data/indexed-site-engine';
import { connectEngine, useResults } from '../../src/app/state/results';
import { applyViewState, resetAppState, selectViewState, useAppStore } from '../../src/app/state/store';

const dataset = datasetSchema.parse(fixture);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => resetAppState());

describe('the store', () => {
  it('toggles filters with actions callable outside React', () => {
    const { toggleCountry, toggleStatus, clearFilters } = useAppStore.getState();
    toggleCountry('DE');
    toggleCountry('IT');
    toggleCountry('DE');
    toggleStatus('closed');
    expect(useAppStore.getState().filters).toMatchObject({ countries: ['IT'], statuses: ['closed'] });
    clearFilters();
    expect(useAppStore.getState().filters.countries).toEqual([]);
  });

  it('round-trips the shareable view state', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      countries: ['DE'],
      statuses: ['enrolling'],
      q: 'rome',
      site: 'ex-101-2101',
      map: { zoom: 7, lat: 41.9, lng: 12.5 },
      view: 'list',
      near: { lat: 50.1, lon: 8.7 },
      radiusKm: 100,
    };
    applyViewState(state);
    expect(selectViewState(useAppStore.getState())).toEqual(state);
    expect(useAppStore.getState().mapMoved).toBe(true); // a link's map position is kept, not refitted
  });

  it('remembers that the person moved the map until asked to fit the results again', () => {
    const { setMapPosition, fitToResults } = useAppStore.getState();
    setMapPosition({ zoom: 4, lat: 50, lng: 10 }, false);
    expect(useAppStore.getState().mapMoved).toBe(false);
    setMapPosition({ zoom: 5, lat: 50, lng: 10 }, true);
    setMapPosition({ zoom: 6, lat: 50, lng: 10 }, false);
    expect(useAppStore.getState().mapMoved).toBe(true);
    fitToResults();
    expect(useAppStore.getState().mapMoved).toBe(false);
  });
});

describe('connectEngine', () => {
  let connection: ReturnType<typeof connectEngine> | null = null;
  afterEach(() => connection?.disconnect());

  it('loads the dataset, then re-filters on every filter change', async () => {
    connection = connectEngine(new IndexedSiteEngine(), async () => dataset);
    expect(useResults.getState().load.status).toBe('loading');
    await settle();
    expect(useResults.getState().load.status).toBe('ready');
    expect(useResults.getState().summary?.count).toBe(11);
    useAppStore.getState().toggleCountry('IT');
    await settle();
    expect(useResults.getState().summary).toMatchObject({ count: 2, countryCount: 1 });
  });

  it('reports a failed load and loads again on retry', async () => {
    let attempts = 0;
    connection = connectEngine(new IndexedSiteEngine(), async () => {
      if (++attempts === 1) throw new Error('boom');
      return dataset;
    });
    await settle();
    expect(useResults.getState().load).toMatchObject({
      status: 'error',
      kind: 'unexpected',
      message: 'boom',
    });
    connection.retry();
    await settle();
    expect(useResults.getState().load.status).toBe('ready');
  });
});
