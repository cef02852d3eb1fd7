import { beforeEach, describe, expect, it } from 'vitest';
import fixture from '../fixtures/app/small-dataset.json';
import { datasetSchema } from '../../src/core/schema';
import { EMPTY_FILTERS } from '../../src/core/view-state';
import { IndexedSiteEngine } from '../../src/app/data/indexed-site-engine';

const dataset = datasetSchema.parse(fixture);
const WORLD: [number, number, number, number] = [-180, -85, 180, 85];
let engine: IndexedSiteEngine;

beforeEach(async () => {
  engine = new IndexedSiteEngine();
  await engine.load(dataset);
});

describe('IndexedSiteEngine', () => {
  it('describes the dataset, including trials without sites', async () => {
    const info = await engine.load(dataset);
    expect(info.siteCount).toBe(11);
    expect(info.countries).toEqual(['DE', 'FR', 'IT', 'PL']);
    expect(info.trialCount).toBe(4);
    const { trials, matching } = await engine.findTrials('', 10, []);
    expect(matching).toBe(4);
    expect(trials.map((t) => [t.id, t.siteCount, t.sitesListed])).toEqual([
      ['EX-101', 6, true],
      ['EX-202', 3, true],
      ['EX-303', 2, true],
      ['EX-404', 0, false],
    ]);
    // Another dataset's trials and counts, not the last one's.
    const one = {
      ...dataset,
      trials: dataset.trials.slice(1, 2),
      sites: dataset.sites.filter((s) => s.trialId === 'EX-202'),
    };
    expect((await engine.load(one)).trialCount).toBe(1);
    const other = await engine.findTrials('', 10, []);
    expect(other.trials.map((t) => [t.id, t.siteCount])).toEqual([['EX-202', 3]]);
  });

  it('finds trials by words of their title, NCT ID or study IDs, those with the most sites first', async () => {
    const ids = async (query: string, limit: number, keep: string[] = []) => {
      const found = await engine.findTrials(query, limit, keep);
      return [found.trials.map((t) => t.id), found.matching];
    };
    // Every word, each at the start of a word, accents and case folded.
    expect(await ids('examplimab', 10)).toEqual([['EX-101', 'EX-202'], 2]);
    expect(await ids('EXAMPLIMAB munster', 10)).toEqual([['EX-202'], 1]);
    expect(await ids('plimab', 10)).toEqual([[], 0]);
    expect(await ids('NCT00000404', 10)).toEqual([['EX-404'], 1]);
    expect(await ids('reg-7', 10)).toEqual([['EX-303'], 1]);
    // More matches than asked for: those with the most sites, most first.
    expect(await ids('', 2)).toEqual([['EX-101', 'EX-202'], 4]);
    expect(await ids('ex', 3)).toEqual([['EX-101', 'EX-202', 'EX-303'], 4]);
    // The trials to keep come first when the answer does not hold them, whatever the query; an id the dataset
    // does not have is left out.
    expect(await ids('leukemia', 5, ['EX-404', 'EX-101', 'NOPE', 'ex-303'])).toEqual([
      ['EX-404', 'EX-101'],
      1,
    ]);
    expect(await ids('', 1, ['EX-303'])).toEqual([['EX-303', 'EX-101'], 4]);
  });

  it('summarises a filter: counts, countries, facets, bounds and unmapped sites', async () => {
    const all = await engine.setFilters(EMPTY_FILTERS);
    expect([all.count, all.countryCount, all.total, all.unmapped]).toEqual([11, 4, 11, 1]);
    const fr = await engine.setFilters({ ...EMPTY_FILTERS, countries: ['FR'] });
    expect([fr.count, fr.countryCount, fr.unmapped]).toEqual([3, 1, 1]);
    expect(fr.bounds).toEqual([2.3488, 45.7485, 4.8467, 48.8534]);
    expect(Array.from(fr.facets.countries)).toEqual([4, 3, 2, 2]);
  });

  it('lists the filtered sites by country name, city and name, and finds a site in the list', async () => {
    await engine.setFilters(EMPTY_FILTERS);
    const rows = await engine.rows(0, 100);
    expect(rows.map((r) => `${r.country} ${r.city} ${r.name}`)).toEqual([
      'FR Lyon Example Research Centre',
      'FR Nowhere Unresolved Clinic',
      'FR Paris Hôpital Saint-Louis',
      'DE Frankfurt am Main Universitätsklinikum Frankfurt',
      'DE Munich Klinikum der Universität München',
      'DE Münster Site 1106 (name not published)',
      'DE Münster Universitätsklinikum Münster',
      'IT Rome Ospedale Sant’Eugenio'.replace('’', "'"),
      'IT Rome Policlinico Umberto I',
      'PL Warsaw Instytut Hematologii',
      'PL Warsaw Szpital Kliniczny',
    ]);
    expect(await engine.indexOf('ex-101-2101')).toBe(8);
    await engine.setFilters({ ...EMPTY_FILTERS, countries: ['IT'] });
    expect(await engine.indexOf('ex-101-2101')).toBe(1);
    expect(await engine.indexOf('ex-202-1')).toBe(-1);
  });

  it('clusters at low zoom and keeps sites at one point together at the deepest zoom', async () => {
    await engine.setFilters(EMPTY_FILTERS);
    const low = await engine.clusters(WORLD, 2);
    expect(low.reduce((sum, m) => sum + m.count, 0)).toBe(10); // the unresolved site is not on the map
    expect(low.some((m) => m.kind === 'cluster')).toBe(true);
    const deep = await engine.clusters(WORLD, 18);
    expect(deep.every((m) => m.kind === 'point')).toBe(true);
    const rome = deep.find((m) => m.lat === 41.8919)!;
    expect([rome.count, rome.siteId]).toEqual([2, null]);
    expect((await engine.leaves(rome.id, 10)).map((s) => s.name)).toEqual([
      "Ospedale Sant'Eugenio",
      'Policlinico Umberto I',
    ]);
    const lyon = deep.find((m) => m.lat === 45.7485)!;
    expect(lyon.siteId).toBe('ex-303-1');
    expect(lyon.groups).toEqual([0, 1, 0, 0, 0]);
  });

  it('opens a cluster: its expansion zoom and every site under it', async () => {
    await engine.setFilters({ ...EMPTY_FILTERS, countries: ['PL', 'DE'] });
    const [cluster] = (await engine.clusters(WORLD, 0)).filter((m) => m.kind === 'cluster');
    expect(cluster!.count).toBe(6);
    expect(await engine.expansionZoom(cluster!.id)).toBeGreaterThan(0);
    expect(await engine.leaves(cluster!.id, 100)).toHaveLength(6);
  });

  it('gives site and trial details', async () => {
    const site = await engine.site('ex-101-1106');
    expect(site).toMatchObject({
      name: 'Site 1106 (name not published)',
      facility: null,
      siteNumber: '1106',
      inherited: true,
    });
    expect(site?.trial.nctId).toBe('NCT00000101');
    expect(await engine.site('nope')).toBeNull();
    expect(await engine.trial('EX-303')).toMatchObject({ siteCount: 2, mappedCount: 1, countryCount: 1 });
    expect(await engine.trial('EX-404')).toMatchObject({ siteCount: 0, mappedCount: 0 });
  });
});
