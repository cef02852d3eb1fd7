import { describe, expect, it } from 'vitest';
import { dataDate, dataSource, sourceQueryUrl, statusMayBeStale } from '../../../src/core/freshness';

const fetched = {
  lastUpdatePosted: null,
  fetch: {
    api: 'https://clinicaltrials.gov/api/v2',
    query: { 'filter.overallStatus': 'RECRUITING', 'query.intr': 'blinatumomab' },
    fetchedAt: '2026-03-12T09:30:00Z',
    totalCount: 3,
  },
};

describe('the data date', () => {
  it('is the day of the fetch, else the newest record update of the files, else unknown', () => {
    expect(dataDate({ ...fetched, lastUpdatePosted: '2026-03-10' })).toBe('2026-03-12');
    expect(dataDate(fetched)).toBe('2026-03-12');
    expect(dataDate({ lastUpdatePosted: '2025-11', fetch: null })).toBe('2025-11');
    expect(dataDate({ lastUpdatePosted: null, fetch: null })).toBeNull();
    expect(dataDate(null)).toBeNull();
  });

  it('links a fetched dataset to its query on ClinicalTrials.gov, and a built one to nothing', () => {
    expect(sourceQueryUrl(fetched)).toBe(
      'https://clinicaltrials.gov/api/v2/studies?filter.overallStatus=RECRUITING&query.intr=blinatumomab',
    );
    expect(sourceQueryUrl({ lastUpdatePosted: '2026-01-01', fetch: null })).toBeNull();
  });

  it('points a dataset built from files at its dataset file, which names each source file', () => {
    expect(dataSource(fetched, '/data/all-blina/dataset.json').kind).toBe('query');
    expect(dataSource({ lastUpdatePosted: '2026-01-01', fetch: null }, '/data/x/dataset.json')).toEqual({
      kind: 'files',
      url: '/data/x/dataset.json',
    });
  });
});

describe('a status that may be out of date', () => {
  it('is one verified more than 12 months before the data date', () => {
    expect(statusMayBeStale('2025-03-11', '2026-03-12')).toBe(true);
    expect(statusMayBeStale('2025-03-12', '2026-03-12')).toBe(false);
    expect(statusMayBeStale('2026-01', '2026-03-12')).toBe(false);
    expect(statusMayBeStale('2017-06', '2026-03-12')).toBe(true);
  });

  it('gives partial dates the benefit of the doubt', () => {
    // "2025-03" may mean 31 March 2025: not yet 12 months before 12 March 2026, but before April 2026.
    expect(statusMayBeStale('2025-03', '2026-03-12')).toBe(false);
    expect(statusMayBeStale('2025-03', '2026-04-01')).toBe(true);
    expect(statusMayBeStale('2025', '2026-12-31')).toBe(false);
    expect(statusMayBeStale('2025', '2027-01')).toBe(true);
    // A data date of "2026-04" may be as early as 1 April.
    expect(statusMayBeStale('2025-04-01', '2026-04')).toBe(false);
  });

  it('is never claimed without both dates', () => {
    expect(statusMayBeStale(null, '2026-03-12')).toBe(false);
    expect(statusMayBeStale('2020-01', null)).toBe(false);
  });
});
