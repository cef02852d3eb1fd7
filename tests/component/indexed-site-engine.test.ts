// The worker's engine must answer as the in-thread engine does (the reference), on the embedded dataset and on
// a small dataset with unmapped sites, through the compact file as well as the canonical JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/app/small-dataset.json';
import { compactFiles } from './support/compact-files';
import { filterWithFacets } from '../../src/core/filter';
import { datasetSchema, type Dataset } from '../../src/core/schema';
import { siteTableFromDataset } from '../../src/core/site-table';
import { EMPTY_FILTERS } from '../../src/core/view-state';
import { IndexedSiteEngine } from '../../src/app/data/indexed-site-engine';
import { TRIAL_OPTIONS, type FilterSummary } from '../../src/app/data/site-engine';
import { facetCounts, filterRows } from './support/reference-filter';
import { listOrder } from './support/reference-points';
import { ReferenceSiteEngine } from './support/reference-site-engine';
import { filtersFor } from './support/random-filters';

const small = datasetSchema.parse(fixture);
const embedded = Object.values(
  import.meta.glob('../../public/data/default/dataset.json', { eager: true, import: 'default' }),
).map((json) => datasetSchema.parse(json));
const datasets: [string, Dataset][] = [
  ['small', small],
  ...embedded.map((d): [string, Dataset] => ['embedded', d]),
];

/**
 * A summary but for its view's markers, which the two engines cluster differently, and only the one asked for
 * markers has (checked on their own below).
 */
const countsOf = (summary: FilterSummary): Omit<FilterSummary, 'view'> => {
  const counts: Partial<FilterSummary> = { ...summary };
  delete counts.view;
  return counts as Omit<FilterSummary, 'view'>;
};

describe.each(datasets)('IndexedSiteEngine on the %s dataset', (_, dataset) => {
  it('filters and counts in one pass exactly as core/filter.ts', () => {
    const table = siteTableFromDataset(dataset);
    fc.assert(
      fc.property(filtersFor(dataset), fc.boolean(), (filters, withText) => {
        const text = withText ? Uint8Array.from({ length: table.size }, (_, row) => row % 3) : null;
        const fast = filterWithFacets(table, filters, text);
        expect(fast.facets).toEqual(facetCounts(table, filters, text));
        const rows = [...fast.passes.keys()].filter((row) => fast.passes[row]);
        expect(rows).toEqual(Array.from(filterRows(table, filters, text)));
      }),
      { numRuns: 60 },
    );
  });

  it('answers summaries, list pages, markers and leaves as the in-thread engine', async () => {
    const reference = new ReferenceSiteEngine();
    const fromJson = new IndexedSiteEngine();
    const fromBinary = new IndexedSiteEngine();
    const info = await reference.load(dataset);
    expect(await fromJson.load(dataset)).toEqual(info);
    expect(await fromBinary.loadCompact(...compactFiles(dataset))).toEqual(info);
    for (const filters of [EMPTY_FILTERS, { ...EMPTY_FILTERS, countries: [dataset.sites[0]!.country] }]) {
      const expected = await reference.setFilters(filters);
      for (const engine of [fromJson, fromBinary]) {
        expect(countsOf(await engine.setFilters(filters))).toEqual(countsOf(expected));
        expect(await engine.rows(0, 500)).toEqual(await reference.rows(0, 500));
        const id = (await reference.rows(3, 1))[0]?.id ?? 'none';
        expect(await engine.indexOf(id)).toEqual(await reference.indexOf(id));
        expect(await engine.site(id)).toEqual(await reference.site(id));
        // Clusters may group differently, but every filtered, mapped site is in exactly one marker.
        for (const zoom of [0, 3, 6, 17]) {
          const markers = await engine.clusters([-180, -85, 180, 85], zoom);
          expect(markers.reduce((sum, m) => sum + m.count, 0)).toBe(expected.count - expected.unmapped);
          const leaves = await Promise.all(markers.map((m) => engine.leaves(m.id, 10_000)));
          expect(leaves.map((l) => l.length)).toEqual(markers.map((m) => m.count));
        }
      }
    }
  });

  it('brings in each summary the markers of the view last asked for, as clusters() then answers them', async () => {
    for (const engine of [new IndexedSiteEngine(), new ReferenceSiteEngine()]) {
      await engine.load(dataset);
      expect((await engine.setFilters(EMPTY_FILTERS)).view).toBeNull();
      const world: [number, number, number, number] = [-180, -85, 180, 85];
      const sites = (markers: { count: number }[]) => markers.reduce((sum, m) => sum + m.count, 0);
      const mapped = dataset.sites.filter((site) => site.lat !== null).length;
      expect(sites(await engine.clusters(world, 2))).toBe(mapped);
      const summary = await engine.setFilters({ ...EMPTY_FILTERS, countries: [dataset.sites[0]!.country] });
      expect(summary.view).toEqual({ bbox: world, zoom: 2, markers: await engine.clusters(world, 2) });
      // The new result's markers, not those of the view's last answer.
      expect(sites(summary.view!.markers)).toBe(summary.count - summary.unmapped);
      expect(summary.count).toBeLessThan(dataset.sites.length);
    }
  });

  it('gives the list page by page as the in-thread engine gives it whole, whatever pages are asked first', async () => {
    const reference = new ReferenceSiteEngine();
    const engine = new IndexedSiteEngine();
    await reference.load(dataset);
    await engine.loadCompact(...compactFiles(dataset));
    const all = dataset.sites.length;
    await fc.assert(
      fc.asyncProperty(
        filtersFor(dataset),
        fc.array(fc.tuple(fc.nat(all + 5), fc.integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        async (filters, pages, german) => {
          // A list half read in another language's order first: its scan starts again in English's.
          if (german) {
            await engine.setFilters(filters, undefined, 'de');
            await engine.rows(0, 3);
          }
          await reference.setFilters(filters);
          await engine.setFilters(filters, undefined, 'en');
          const whole = await reference.rows(0, all);
          // Pages far into the list before its start, then the start, then a site's place in it.
          for (const [offset, limit] of pages) {
            expect(await engine.rows(offset, limit)).toEqual(whole.slice(offset, offset + limit));
          }
          expect(await engine.rows(0, all)).toEqual(whole);
          const id = whole.at(-1)?.id ?? 'none';
          expect(await engine.indexOf(id)).toBe(whole.length - 1);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('narrows to a radius around a place as the in-thread engine, with facets of the other filters', async () => {
    const reference = new ReferenceSiteEngine();
    const engine = new IndexedSiteEngine();
    await reference.load(dataset);
    await engine.loadCompact(...compactFiles(dataset));
    const [first] = dataset.sites.filter((site) => site.lat !== null && site.lon !== null);
    const near = { lat: first!.lat!, lon: first!.lon!, radiusKm: 400 };
    // The radius leaves sites out; the facets still count them (those of the other filters).
    const narrowed = await engine.setFilters(EMPTY_FILTERS, near);
    expect(narrowed.count).toBeLessThan(dataset.sites.length);
    expect(narrowed.facets.groups.reduce((sum, n) => sum + n, 0)).toBe(dataset.sites.length);
    for (const filters of [EMPTY_FILTERS, { ...EMPTY_FILTERS, countries: [first!.country] }]) {
      const expected = await reference.setFilters(filters, near);
      const answer = await engine.setFilters(filters, near);
      expect(countsOf(answer)).toEqual(countsOf(expected));
      expect(await engine.rows(0, 500)).toEqual(await reference.rows(0, 500));
      const markers = await engine.clusters([-180, -85, 180, 85], 0);
      expect(markers.reduce((sum, m) => sum + m.count, 0)).toBe(expected.count - expected.unmapped);
    }
    // Without the place, the whole result comes back.
    expect((await engine.setFilters(EMPTY_FILTERS, null)).count).toBe(dataset.sites.length);
  });

  it('answers the nearest sites as the in-thread engine, from the points of the compact file', async () => {
    const reference = new ReferenceSiteEngine();
    const engine = new IndexedSiteEngine();
    await reference.load(dataset);
    // sites.bin keeps the unplaced sites on a point of their own: it must never be found.
    await engine.loadCompact(...compactFiles(dataset));
    const placed = dataset.sites.filter((site) => site.lat !== null && site.lon !== null);
    const from = [
      ...placed.slice(0, 12).map((site) => ({ lat: site.lat!, lon: site.lon! })),
      { lat: 0, lon: 0 },
      { lat: -45, lon: 170 },
    ];
    for (const filters of [EMPTY_FILTERS, { ...EMPTY_FILTERS, countries: [placed[0]!.country] }]) {
      await reference.setFilters(filters);
      await engine.setFilters(filters);
      for (const point of from) {
        for (const [radiusKm, crossBorders] of [
          [null, true],
          [300, true],
          [300, false],
        ] as const) {
          const request = { ...point, radiusKm, crossBorders, limit: 5 };
          expect(await engine.nearest(request)).toEqual(await reference.nearest(request));
        }
      }
    }
  });

  it.each(['de', 'pl', 'fr'])(
    'sorts the list by the country names and collation of %s when asked',
    async (language) => {
      const table = siteTableFromDataset(dataset);
      const expected = (rows: Uint32Array) => Array.from(rows, (row) => table.ids[row]);
      const engine = new IndexedSiteEngine();
      await engine.loadCompact(...compactFiles(dataset));
      await engine.setFilters(EMPTY_FILTERS, undefined, language);
      expect((await engine.rows(0, 10_000)).map((site) => site.id)).toEqual(
        expected(listOrder(table, language)),
      );
      // The language stays for later filter changes, and English sorts as before.
      await engine.setFilters({ ...EMPTY_FILTERS, q: 'a' });
      const filtered = await engine.rows(0, 10_000);
      expect(filtered.map((site) => site.id)).toEqual(
        expected(listOrder(table, language)).filter((id) => filtered.some((site) => site.id === id)),
      );
      await engine.setFilters(EMPTY_FILTERS, undefined, 'en');
      expect((await engine.rows(0, 10_000)).map((site) => site.id)).toEqual(expected(listOrder(table)));
    },
  );
});

describe('IndexedSiteEngine on a dataset with more trials than a summary offers', () => {
  /** TRIAL_OPTIONS + 30 trials made from the fixture's first, trial k with sites[k] sites (ties and none too). */
  const manyTrials = (sites: number[]): Dataset => {
    const template = small.trials[0]!;
    const mapped = small.sites.filter((s) => s.lat !== null && s.trialId === template.id);
    const trials = sites.map((_, i) => ({ ...template, id: `T-${i}`, nctId: null, title: `Trial ${i}` }));
    return {
      ...small,
      trials,
      sites: trials.flatMap((trial, i) =>
        Array.from({ length: sites[i]! }, (_, k) => ({
          ...mapped[k % mapped.length]!,
          id: `${trial.id}-${k}`,
          trialId: trial.id,
        })),
      ),
    };
  };

  it('offers the trials with the most sites and the chosen ones, as the in-thread engine', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(4), { minLength: TRIAL_OPTIONS + 30, maxLength: TRIAL_OPTIONS + 30 }),
        fc.uniqueArray(fc.nat(TRIAL_OPTIONS + 29), { maxLength: 3 }),
        fc.boolean(),
        async (sites, chosen, byCountry) => {
          const dataset = manyTrials(sites);
          const reference = new ReferenceSiteEngine();
          const engine = new IndexedSiteEngine();
          const expected = await reference.load(dataset);
          const info = await engine.loadCompact(...compactFiles(dataset));
          expect(info.trialCount).toBe(TRIAL_OPTIONS + 30);
          // Before any filter: what the first summary without filters offers.
          expect(info.trials).toEqual(expected.trials);
          expect(info.trials).toEqual((await engine.setFilters(EMPTY_FILTERS)).trials);
          const filters = {
            ...EMPTY_FILTERS,
            trials: chosen.map((i) => `T-${i}`),
            countries: byCountry ? [dataset.sites[0]!.country] : [],
          };
          const { trials } = await engine.setFilters(filters);
          expect(trials).toEqual((await reference.setFilters(filters)).trials);
          expect(trials.length).toBeLessThanOrEqual(TRIAL_OPTIONS + chosen.length);
          for (const i of chosen) expect(trials.map((trial) => trial.id)).toContain(`T-${i}`);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('finds trials for a picker as the in-thread engine: the matches with the most sites, and those kept', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(4), { minLength: TRIAL_OPTIONS + 30, maxLength: TRIAL_OPTIONS + 30 }),
        fc.constantFrom('', 'trial', 'TRIAL 1', '1', '12', 't-4', 'trial 7 x', '  '),
        fc.nat(TRIAL_OPTIONS + 40),
        fc.uniqueArray(fc.constantFrom('T-3', 'T-55', 't-56', 'T-120', 'nope'), { maxLength: 3 }),
        async (sites, query, limit, keep) => {
          const dataset = manyTrials(sites);
          const reference = new ReferenceSiteEngine();
          const engine = new IndexedSiteEngine();
          await reference.load(dataset);
          await engine.loadCompact(...compactFiles(dataset));
          const found = await engine.findTrials(query, limit, keep);
          expect(found).toEqual(await reference.findTrials(query, limit, keep));
          expect(found.trials.length).toBeLessThanOrEqual(limit + keep.length);
        },
      ),
      { numRuns: 40 },
    );
  });
});
