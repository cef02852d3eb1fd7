// The engine's coverage statistics (country table, map points, reach, gaps, comparison) must answer as the
// reference does (tests/component/support/reference-coverage.ts), on hand-made and real data, through the
// canonical JSON and the compact file, for random filters.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fixture from '../fixtures/app/small-dataset.json';
import { compactFiles } from './support/compact-files';
import type { GazetteerFile } from '../../src/core/gazetteer-format';
import { placesToName } from '../../src/core/place-labels';
import { datasetSchema, type Dataset } from '../../src/core/schema';
import { siteTableFromDataset } from '../../src/core/site-table';
import { EMPTY_FILTERS, type Filters } from '../../src/core/view-state';
import { IndexedSiteEngine } from '../../src/app/data/indexed-site-engine';
import type { CoverageSummary } from '../../src/app/data/site-engine';
import { filtersFor } from './support/random-filters';
import { ReferenceCoverage } from './support/reference-coverage';
import { servePlaces } from './support/coverage-engine';
import { coverageDataset, coverageGazetteer, T1, T2, T3 } from '../unit/core/coverage-fixture';

const glob = (files: Record<string, unknown>) => Object.values(files)[0];
const embedded = datasetSchema.parse(
  glob(import.meta.glob('../../public/data/default/dataset.json', { eager: true, import: 'default' })),
);
const realPlaces = glob(
  import.meta.glob('../../public/data/gazetteer.json', { eager: true, import: 'default' }),
) as GazetteerFile;

const cases: [string, Dataset, GazetteerFile][] = [
  ['hand-made', coverageDataset, coverageGazetteer],
  ['small', datasetSchema.parse(fixture), realPlaces],
  ['embedded', embedded, realPlaces],
];

afterEach(() => vi.unstubAllGlobals());

/** Map points as sorted "lat,lon" pairs: the engine keeps its own point order. */
function pointSet({ points }: CoverageSummary): string[] {
  return Array.from(points.lat, (lat, i) => `${lat},${points.lon[i]}`).sort();
}

async function engines(dataset: Dataset) {
  const fromJson = new IndexedSiteEngine();
  const fromBinary = new IndexedSiteEngine();
  await fromJson.load(dataset);
  await fromBinary.loadCompact(...compactFiles(dataset));
  return [fromJson, fromBinary];
}

describe.each(cases)('coverage statistics of the engine on the %s dataset', (_, dataset, places) => {
  const reference = new ReferenceCoverage(siteTableFromDataset(dataset), places);

  it('answers the country table, map points, reach and gaps as the reference, for random filters', async () => {
    servePlaces(places);
    const all = await engines(dataset);
    await fc.assert(
      fc.asyncProperty(filtersFor(dataset), fc.constantFrom(50, 100, 200), async (filters, radiusKm) => {
        const expected = reference.coverage(filters);
        const expectedReach = reference.reach(filters, radiusKm);
        for (const engine of all) {
          const coverage = await engine.coverage(filters);
          expect(coverage.byCountry).toEqual(expected.byCountry);
          expect(pointSet(coverage)).toEqual(pointSet(expected));
          expect(await engine.reach(filters, radiusKm)).toEqual(expectedReach);
        }
      }),
      { numRuns: dataset === embedded ? 25 : 60 },
    );
  });

  it('compares any two trials as the reference', async () => {
    const [engine] = await engines(dataset);
    const ids = [...dataset.trials.map((trial) => trial.id), 'NCT99999999'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ids), fc.constantFrom(...ids), async (a, b) => {
        expect(await engine!.compareTrials(a, b)).toEqual(reference.compareTrials(a, b));
      }),
      { numRuns: 30 },
    );
  });
});

describe('coverage statistics of the engine', () => {
  const filters: Filters = EMPTY_FILTERS;

  it('gives the worked figures of the hand-made dataset', async () => {
    servePlaces(coverageGazetteer);
    const [engine] = await engines(coverageDataset);
    const coverage = await engine!.coverage(filters);
    expect(coverage.byCountry.rows.map((row) => [row.country, row.sites, row.trials])).toEqual([
      ['DE', 3, 2],
      ['FR', 2, 2],
      ['AT', 1, 1],
    ]);
    // de-1 and de-2 share a point, at-1 has none: 4 ring centres.
    expect(coverage.points.lat).toHaveLength(4);
    const { reach, gaps } = await engine!.reach(filters, 100);
    expect([reach.total.populationWithinReach, reach.total.listedPopulation]).toEqual([170_000, 2_170_000]);
    expect(gaps.find((gap) => gap.name === 'Ostburg')?.nearest).toEqual({ city: 'City de-1', country: 'DE' });
    const compared = await engine!.compareTrials(T1, T2);
    expect([compared.shared, compared.onlyB]).toEqual([['FR', 'DE'], ['AT']]);
    expect((await engine!.compareTrials(T1, T3)).onlyA).toEqual(['FR', 'DE']);
  });

  it('fetches the place list once, and again after a failure', async () => {
    const [engine] = await engines(coverageDataset);
    servePlaces(coverageGazetteer, 503);
    await expect(engine!.reach(filters, 100)).rejects.toThrow(/list of places could not be loaded/);
    const fetch = servePlaces(coverageGazetteer);
    await engine!.reach(filters, 100);
    await engine!.reach({ ...filters, countries: ['FR'] }, 50);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![0]).toBe('/data/gazetteer.json');
  });

  it('names the towns of a view from the same place list, off the page, fetched once with the reach', async () => {
    const [engine] = await engines(coverageDataset);
    servePlaces(coverageGazetteer, 503);
    await expect(engine!.placesToName([0, 40, 20, 61], 10, 3)).rejects.toThrow(/list of places could not be/);
    const fetch = servePlaces(coverageGazetteer);
    const named = await engine!.placesToName([0, 40, 20, 61], 10, 3);
    expect(named.map((place) => place.name)).toEqual(['South', 'Ostburg', 'North']);
    expect(named).toEqual(placesToName(coverageGazetteer, [0, 40, 20, 61], 10, 3));
    await engine!.reach(filters, 100);
    expect(await engine!.placesToName([-10, 30, 20, 61], 4, 10)).toEqual([
      { name: 'Elsewhere', lat: 40, lon: -3, population: 3_000_000 },
    ]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('follows a new dataset instead of answering from the last one', async () => {
    const [engine] = await engines(coverageDataset);
    expect((await engine!.coverage(filters)).byCountry.total.sites).toBe(6);
    await engine!.load(datasetSchema.parse(fixture));
    expect((await engine!.coverage(filters)).byCountry.total.sites).toBe(11);
  });
});
