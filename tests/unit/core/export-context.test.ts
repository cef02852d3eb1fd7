import { describe, expect, it } from 'vitest';
import { BOM } from '../../../src/core/export/csv';
import {
  exportFileName,
  filterParameters,
  withCsvContext,
  withGeoJsonContext,
} from '../../../src/core/export/context';
import { EMPTY_FILTERS } from '../../../src/core/view-state';

const context = { dataDate: '2026-03-12', filters: 'country=DE&status=enrolling', source: null };

describe('what an export says about itself', () => {
  it('names the file after what it holds and the data date', () => {
    const germany = { ...EMPTY_FILTERS, countries: ['DE'], statuses: ['enrolling' as const] };
    expect(exportFileName('sites', germany, '2026-03-12', 'csv')).toBe(
      'trial-atlas-sites-DE-enrolling-2026-03-12.csv',
    );
    expect(exportFileName('sites', EMPTY_FILTERS, null, 'geojson')).toBe('trial-atlas-sites.geojson');
    const many = {
      ...EMPTY_FILTERS,
      trials: ['NCT01207388'],
      countries: ['AT', 'DE', 'FR', 'IT'],
      statuses: [],
      phases: ['PHASE2' as const, 'EARLY_PHASE1' as const],
      q: 'Hôpital / ../x',
    };
    expect(exportFileName('coverage', many, '2026-03', 'csv')).toBe(
      'trial-atlas-coverage-NCT01207388-4-countries-phase2-earlyphase1-search-2026-03.csv',
    );
  });

  it('writes the filters as the link does, with the radius but never the location', () => {
    const filters = { ...EMPTY_FILTERS, countries: ['DE', 'AT'], q: 'university hospital' };
    expect(filterParameters(filters, null)).toBe('country=AT,DE&q=university+hospital');
    expect(filterParameters(EMPTY_FILTERS, 100)).toBe('radius=100');
    expect(filterParameters(EMPTY_FILTERS, null)).toBe('');
  });

  it('puts the data date and filters in the first CSV row, after the byte-order mark', () => {
    const csv = `${BOM}Trial ID,City\r\nNCT01207388,Graz\r\n`;
    expect(withCsvContext(csv, context)).toBe(
      `${BOM}Data as of 2026-03-12,Filters: country=DE&status=enrolling\r\nTrial ID,City\r\nNCT01207388,Graz\r\n`,
    );
    const all = withCsvContext('a\r\n', { dataDate: null, filters: '', source: 'https://x/studies?a=1,2' });
    expect(all).toBe(
      'Data date unknown,Filters: none (all sites),"Source: https://x/studies?a=1,2"\r\na\r\n',
    );
  });

  it('adds a trialAtlas member to the GeoJSON FeatureCollection', () => {
    const text = '{"type":"FeatureCollection","features":[]}\n';
    const parsed = JSON.parse(withGeoJsonContext(text, context)) as Record<string, unknown>;
    expect(parsed).toEqual({
      type: 'FeatureCollection',
      trialAtlas: { dataAsOf: '2026-03-12', filters: 'country=DE&status=enrolling', source: null },
      features: [],
    });
    expect(() => withGeoJsonContext('[]', context)).toThrow(/FeatureCollection/);
  });
});
