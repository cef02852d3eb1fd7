import { describe, expect, it } from 'vitest';
import { CTGOV_FIELDS } from '../../../src/pipeline/fetch/ctgov-fields';
import { pageUrl, searchQuery, sinceQuery } from '../../../src/pipeline/fetch/ctgov-query';
import { readCtgovApiJson } from '../../../src/pipeline/readers/ctgov-api-json';
import { RECORDS, fetchedStudy, readRecord } from './ctgov-pages';

describe('data:fetch options as API v2 query parameters', () => {
  it('maps each option to its /studies parameter, keys sorted', () => {
    const query = searchQuery({
      cond: ' acute lymphoblastic leukemia ',
      intr: 'blinatumomab',
      term: 'pediatric',
      locn: 'Germany',
      status: 'recruiting,NOT_YET_RECRUITING',
      near: '52.52, 13.405, 100km',
      ids: 'nct01207388|NCT02552212',
    });
    expect(query).toEqual({
      'filter.geo': 'distance(52.52,13.405,100km)',
      'filter.ids': 'NCT01207388,NCT02552212',
      'filter.overallStatus': 'RECRUITING,NOT_YET_RECRUITING',
      'query.cond': 'acute lymphoblastic leukemia',
      'query.intr': 'blinatumomab',
      'query.locn': 'Germany',
      'query.term': 'pediatric',
    });
    expect(Object.keys(query)).toEqual(Object.keys(query).sort());
    expect(searchQuery({})).toEqual({});
  });

  it('refuses values the API would reject, naming the option', () => {
    expect(() => searchQuery({ status: 'RECRUITING,OPEN' })).toThrow(/--status: unknown status OPEN/);
    expect(() => searchQuery({ near: 'Berlin' })).toThrow(/--near/);
    expect(() => searchQuery({ ids: 'NCT123' })).toThrow(/--ids: not an NCT id: NCT123/);
    expect(() => sinceQuery({}, '2026-13-45')).toThrow(/--since must be YYYY-MM-DD/);
    expect(() => sinceQuery({}, '1 March 2026')).toThrow(/--since/);
  });

  it('narrows a search to recent updates with filter.advanced', () => {
    expect(sinceQuery({ 'query.cond': 'ALL' }, '2026-01-15')).toEqual({
      'query.cond': 'ALL',
      'filter.advanced': 'AREA[LastUpdatePostDate]RANGE[2026-01-15,MAX]',
    });
  });

  it('asks for the total on the first page and follows the page token after', () => {
    const first = new URL(pageUrl('https://example.org/api/v2/', { 'query.intr': 'x y' }, 1000, null));
    expect(first.pathname).toBe('/api/v2/studies');
    expect(first.searchParams.get('query.intr')).toBe('x y');
    expect(first.searchParams.get('pageSize')).toBe('1000');
    expect(first.searchParams.get('countTotal')).toBe('true');
    expect(first.searchParams.get('pageToken')).toBeNull();
    expect(first.searchParams.get('fields')?.split(',')).toEqual([...CTGOV_FIELDS]);
    const next = new URL(pageUrl('https://example.org/api/v2', {}, 1000, 'abc'));
    expect(next.searchParams.get('pageToken')).toBe('abc');
    expect(next.searchParams.get('countTotal')).toBeNull();
  });
});

describe('the fields a fetch asks for', () => {
  const withoutLines = <T extends { sourceLine: number | null }>(sites: T[]) =>
    sites.map((site) => ({ ...site, sourceLine: null }));

  it.each(RECORDS)('are all the reader needs: %s pruned to them reads the same', (nctId) => {
    const [full] = readCtgovApiJson(JSON.stringify(readRecord(nctId)), 'full.json');
    const [pruned] = readCtgovApiJson(JSON.stringify(fetchedStudy(nctId)), 'full.json');
    expect(pruned?.trial).toEqual(full?.trial);
    expect(withoutLines(pruned?.sites ?? [])).toEqual(withoutLines(full?.sites ?? []));
    expect(full?.sites.length).toBeGreaterThan(100);
  });

  it('leave out what the reader does not use', () => {
    const pruned = JSON.stringify(fetchedStudy('NCT02552212'));
    expect(pruned.length).toBeLessThan(JSON.stringify(readRecord('NCT02552212')).length / 2);
    expect(pruned).not.toContain('resultsSection');
    expect(pruned).not.toContain('outcomesModule');
  });
});
