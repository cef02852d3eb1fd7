import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/app/small-dataset.json';
import { filterRows, filterScratch, filterWithFacets } from '../../../src/core/filter';
import { PHASES, datasetSchema } from '../../../src/core/schema';
import { buildSearchIndex, matchText } from '../../../src/core/search';
import { siteTableFromDataset } from '../../../src/core/site-table';
import { STATUS_GROUPS } from '../../../src/core/status';
import { EMPTY_FILTERS, type Filters } from '../../../src/core/view-state';

const table = siteTableFromDataset(datasetSchema.parse(fixture));
const facetCounts = (t: typeof table, f: Filters, text: Uint8Array | null = null) =>
  filterWithFacets(t, f, text).facets;
const index = buildSearchIndex(table);
const ids = (rows: Uint32Array) => [...rows].map((row) => table.ids[row]);
const filters = (patch: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...patch });
const byCountry = (counts: Uint32Array) => Object.fromEntries(table.countries.map((c, i) => [c, counts[i]]));
const byGroup = (counts: Uint32Array) => Object.fromEntries(STATUS_GROUPS.map((g, i) => [g, counts[i]]));

describe('filterRows', () => {
  it('keeps every site without filters', () => {
    expect(filterRows(table, EMPTY_FILTERS)).toHaveLength(11);
  });

  it('combines facets with AND and options within a facet with OR', () => {
    expect(ids(filterRows(table, filters({ countries: ['DE'] })))).toHaveLength(4);
    expect(ids(filterRows(table, filters({ countries: ['DE', 'IT'] })))).toHaveLength(6);
    expect(ids(filterRows(table, filters({ countries: ['DE', 'PL'], statuses: ['enrolling'] })))).toEqual([
      'ex-202-3',
    ]);
    expect(
      ids(filterRows(table, filters({ statuses: ['closed', 'active'], countries: ['DE'] }))),
    ).toHaveLength(4);
  });

  it('filters by trial and by any of a trial’s phases', () => {
    expect(filterRows(table, filters({ trials: ['EX-202'] }))).toHaveLength(3);
    expect(filterRows(table, filters({ phases: ['PHASE3', 'NA'] }))).toHaveLength(5);
    expect(filterRows(table, filters({ trials: ['EX-404'] }))).toHaveLength(0);
  });

  it('applies the text search', () => {
    const text = matchText(table, index, 'munster');
    expect(ids(filterRows(table, EMPTY_FILTERS, text)).sort()).toEqual([
      'ex-101-1106',
      'ex-202-1',
      'ex-202-2',
      'ex-202-3',
    ]);
  });
});

describe('filterWithFacets', () => {
  it('counts every option with the other facets applied', () => {
    const counts = facetCounts(table, filters({ countries: ['DE'], statuses: ['enrolling'] }));
    expect(counts.total).toBe(0);
    // Countries are counted under the status filter alone: enrolling sites are in FR and PL.
    expect(byCountry(counts.countries)).toEqual({ DE: 0, FR: 1, IT: 0, PL: 1 });
    // Statuses are counted under the country filter alone: Germany's 4 sites.
    expect(byGroup(counts.groups)).toEqual({ enrolling: 0, 'not-yet': 0, active: 1, closed: 3, unknown: 0 });
  });

  it('matches filterRows for the total and the unfiltered facets', () => {
    const f = filters({ countries: ['FR', 'DE'] });
    const counts = facetCounts(table, f);
    expect(counts.total).toBe(filterRows(table, f).length);
    expect([...counts.trials]).toEqual([3, 2, 2, 0]);
    expect(counts.phases[PHASES.indexOf('PHASE2')]).toBe(3);
    expect(counts.emptyReason).toBeNull();
  });

  it('names the one filter that emptied the result and what removing it would show', () => {
    const counts = facetCounts(
      table,
      filters({ countries: ['IT'], trials: ['EX-101'], statuses: ['enrolling'] }),
    );
    expect(counts.total).toBe(0);
    expect(counts.emptyReason).toBe('statuses');
    expect(counts.relaxed).toEqual({ trials: 0, countries: 0, statuses: 2 });
  });

  it('blames the text query when it matches nothing', () => {
    const text = matchText(table, index, 'zzz');
    expect(facetCounts(table, EMPTY_FILTERS, text).emptyReason).toBe('q');
  });

  it('says "combination" when no single filter is to blame', () => {
    const counts = facetCounts(
      table,
      filters({ countries: ['IT'], statuses: ['enrolling'], phases: ['NA'] }),
    );
    expect(counts.emptyReason).toBe('combination');
  });

  it('says "no-sites" for a dataset without sites', () => {
    const empty = siteTableFromDataset({ ...datasetSchema.parse(fixture), sites: [] });
    expect(facetCounts(empty, EMPTY_FILTERS).emptyReason).toBe('no-sites');
  });
});

describe('who can join and condition filters', () => {
  // The fixture with ages, sexes, conditions and keywords set per trial.
  const base = datasetSchema.parse(fixture);
  const eligibility: Record<string, object> = {
    'EX-101': {
      minimumAge: '18 Years',
      maximumAge: null,
      sex: 'ALL',
      conditions: ['Leukémie'],
      keywords: [],
    },
    'EX-202': {
      minimumAge: '6 Months',
      maximumAge: '17 Years',
      sex: 'ALL',
      conditions: ['leukemie'],
      keywords: [],
    },
    'EX-303': {
      minimumAge: null,
      maximumAge: null,
      sex: 'FEMALE',
      conditions: ['Breast Cancer'],
      keywords: ['LEUKEMIE'],
    },
  };
  const who = siteTableFromDataset({
    ...base,
    trials: base.trials.map((trial) => ({ ...trial, ...eligibility[trial.id] })),
  });
  const trialsOf = (f: Filters) => [
    ...new Set([...filterRows(who, f)].map((row) => who.trials[who.trial[row]!]!.id)),
  ];

  it('keeps the trials a person of that age may join, and those that state no age', () => {
    expect(trialsOf(filters({ age: 10 }))).toEqual(['EX-202', 'EX-303']);
    expect(trialsOf(filters({ age: 17 }))).toEqual(['EX-202', 'EX-303']);
    expect(trialsOf(filters({ age: 34 }))).toEqual(['EX-101', 'EX-303']);
    expect(trialsOf(filters({ age: 34, sex: 'male' }))).toEqual(['EX-101']);
  });

  it('matches a condition in any case or accents, in conditions or keywords, and counts it as a facet', () => {
    const leukemia = who.conditionIndex.keys.indexOf('leukemie');
    expect(who.conditionIndex.keys).toEqual(expect.arrayContaining(['breast cancer', 'leukemie']));
    expect(trialsOf(filters({ conditions: ['leukemie'] }))).toEqual(['EX-101', 'EX-202', 'EX-303']);
    expect(trialsOf(filters({ conditions: ['breast cancer'] }))).toEqual(['EX-303']);
    const { facets } = filterWithFacets(who, filters({ conditions: ['breast cancer'], age: 10 }), null);
    expect(facets.conditions[leukemia]).toBe(
      filterRows(who, filters({ conditions: ['leukemie'], age: 10 })).length,
    );
    expect(facets.relaxed).toEqual({
      conditions: filterRows(who, filters({ age: 10 })).length,
      age: filterRows(who, filters({ conditions: ['breast cancer'] })).length,
    });
  });

  it('says what clearing the age or the sex would bring back when they empty the result', () => {
    const adultsOnly = filterWithFacets(who, filters({ age: 10, trials: ['EX-101'] }), null);
    expect(adultsOnly.count).toBe(0);
    expect(adultsOnly.facets.relaxed.age).toBe(filterRows(who, filters({ trials: ['EX-101'] })).length);
    const womenOnly = filterWithFacets(who, filters({ sex: 'male', trials: ['EX-303'] }), null);
    expect(womenOnly.count).toBe(0);
    expect(womenOnly.facets.relaxed.sex).toBe(2);
  });

  it('gives the same answer with one scratch reused across changes as with new counts each time', () => {
    const scratch = filterScratch(who);
    const into = new Uint8Array(who.size);
    // A change on trials, then changes that leave trials alone: the reused counts must not remember the first.
    const sequence = [
      filters({ trials: ['EX-101'], age: 10 }),
      filters({ countries: ['DE'] }),
      filters({ conditions: ['breast cancer'], statuses: ['enrolling'] }),
      filters({ phases: ['PHASE2'] }),
      filters({ sex: 'male', countries: ['FR', 'PL'] }),
      EMPTY_FILTERS,
    ];
    for (const f of sequence) {
      const fresh = filterWithFacets(who, f, null);
      const reused = filterWithFacets(who, f, null, { scratch, into });
      expect(reused.facets).toEqual(fresh.facets);
      expect([...reused.passes]).toEqual([...fresh.passes]);
      expect([reused.count, reused.countryCount]).toEqual([fresh.count, fresh.countryCount]);
    }
  });

  it('refuses a scratch made for another table', () => {
    const moreTrials = siteTableFromDataset({
      ...base,
      trials: [...base.trials, { ...base.trials[0]!, id: 'EX-999' }],
    });
    expect(moreTrials.trials.length).toBe(who.trials.length + 1);
    expect(() => filterWithFacets(who, EMPTY_FILTERS, null, { scratch: filterScratch(moreTrials) })).toThrow(
      /another table/,
    );
  });
});
