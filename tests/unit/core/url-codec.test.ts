import { describe, expect, it } from 'vitest';
import { decodeViewState, encodeViewState } from '../../../src/core/url-codec/codec';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/core/view-state';

const known = {
  trials: new Set(['MT103-203', 'NCT01234567']),
  countries: new Set(['AT', 'DE', 'IT']),
  sites: new Set(['mt103-203-1106', 'mt103-203-2201']),
};
const state = (overrides: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...overrides });

describe('encodeViewState', () => {
  it('writes short readable names in a fixed order and leaves unset values out', () => {
    const link = encodeViewState(
      state({
        embed: true,
        radiusKm: 50,
        near: { lat: 50.1109, lon: 8.6821 },
        view: 'list',
        map: { zoom: 6, lat: 51.16569, lng: 10.45153 },
        site: 'mt103-203-1106',
        q: 'Universitätsklinikum Köln',
        phases: ['PHASE3', 'PHASE2'],
        statuses: ['closed', 'enrolling'],
        countries: ['IT', 'DE', 'AT'],
        trials: ['MT103-203'],
        dataset: 'registry-1m',
      }),
    );
    expect(link).toBe(
      '?dataset=registry-1m&trial=MT103-203&country=AT,DE,IT&status=enrolling,closed&phase=PHASE2,PHASE3' +
        '&q=Universit%C3%A4tsklinikum+K%C3%B6ln&site=mt103-203-1106&map=6/51.16569/10.45153&view=list' +
        '&near=50.111,8.682&radius=50&embed=1',
    );
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(encodeViewState(state({ countries: ['DE'] }))).toBe('?country=DE');
  });

  it('keeps commas and ampersands inside ids from splitting them', () => {
    const link = encodeViewState(state({ trials: ['a,b', 'c&d'] }));
    expect(link).toBe('?trial=a%2Cb,c%26d');
    expect(decodeViewState(link).state.trials).toEqual(['a,b', 'c&d']);
  });
});

describe('decodeViewState with hostile or sloppy links', () => {
  it('restores a shared view', () => {
    const { state: decoded, ignored } = decodeViewState(
      '?trial=MT103-203&country=DE,AT&status=enrolling&site=mt103-203-1106&map=7/50.1/8.7',
      known,
    );
    expect(ignored).toEqual([]);
    expect(decoded).toEqual(
      state({
        trials: ['MT103-203'],
        countries: ['AT', 'DE'],
        statuses: ['enrolling'],
        site: 'mt103-203-1106',
        map: { zoom: 7, lat: 50.1, lng: 8.7 },
      }),
    );
  });

  it('ignores a country code that is not in the dataset, or not a code at all', () => {
    const { state: decoded, ignored } = decodeViewState('?country=DE,XX,Germany', known);
    expect(decoded.countries).toEqual(['DE']);
    expect(ignored).toEqual([
      { kind: 'unknown-codes', param: 'country', values: ['XX', 'Germany'], more: 0 },
    ]);
  });

  it('clamps zoom=999 and says so', () => {
    const { state: decoded, ignored } = decodeViewState('?map=999/48.1/11.6');
    expect(decoded.map).toEqual({ zoom: 19, lat: 48.1, lng: 11.6 });
    expect(ignored).toEqual([{ kind: 'out-of-range', param: 'zoom', value: '999', used: '19' }]);
    expect(decodeViewState('?zoom=999&lat=48.1&lng=11.6').state.map).toEqual({
      zoom: 19,
      lat: 48.1,
      lng: 11.6,
    });
  });

  it('ignores lat=NaN and other non-numbers, keeping the rest of the link', () => {
    for (const search of [
      '?map=5/NaN/10&country=DE',
      '?zoom=5&lat=NaN&lng=10&country=DE',
      '?map=5/1e999/10&country=DE',
    ]) {
      const { state: decoded, ignored } = decodeViewState(search, known);
      expect(decoded.map).toBeNull();
      expect(decoded.countries).toEqual(['DE']);
      expect(ignored).toHaveLength(1);
      expect(ignored[0]).toMatchObject({ kind: 'invalid', param: 'map' });
    }
    expect(decodeViewState('?map=//').state.map).toBeNull();
    expect(decodeViewState('?map=1/2').state.map).toBeNull();
  });

  it('clamps latitude to the map and wraps longitude around the antimeridian', () => {
    const { state: decoded, ignored } = decodeViewState('?map=4/-91/190.5');
    expect(decoded.map).toEqual({ zoom: 4, lat: -85.05, lng: -169.5 });
    expect(ignored).toEqual([{ kind: 'out-of-range', param: 'lat', value: '-91', used: '-85.05' }]);
    expect(decodeViewState('?map=-3/0/-540').state.map).toEqual({ zoom: 0, lat: 0, lng: -180 });
  });

  it('cuts a 5,000-character search to 200 characters', () => {
    const { state: decoded, ignored } = decodeViewState(`?q=${'x'.repeat(5000)}`);
    expect(decoded.q).toBe('x'.repeat(200));
    expect(ignored).toEqual([{ kind: 'query-cut', max: 200 }]);
  });

  it('ignores ids that are not in the dataset', () => {
    const { state: decoded, ignored } = decodeViewState('?trial=MT103-203,NCT99999999&site=nope', known);
    expect(decoded.trials).toEqual(['MT103-203']);
    expect(decoded.site).toBeNull();
    expect(ignored).toEqual([
      { kind: 'not-in-dataset', param: 'trial', values: ['NCT99999999'], more: 0 },
      { kind: 'not-in-dataset', param: 'site', values: ['nope'], more: 0 },
    ]);
  });

  it('matches trial ids regardless of case, site ids exactly', () => {
    const { state: decoded } = decodeViewState('?trial=mt103-203&site=MT103-203-1106', known);
    expect(decoded.trials).toEqual(['MT103-203']);
    expect(decoded.site).toBeNull();
  });

  it('reads mixed-case and repeated parameters deterministically', () => {
    const { state: decoded, ignored } = decodeViewState(
      '?COUNTRY=it&Country=de&country=DE&Status=ENROLLING&View=List&q=first&Q=second',
      known,
    );
    expect(decoded.countries).toEqual(['DE', 'IT']);
    expect(decoded.statuses).toEqual(['enrolling']);
    expect(decoded.view).toBe('list');
    expect(decoded.q).toBe('first');
    expect(ignored).toEqual([{ kind: 'repeated', param: 'q', extra: 1 }]);
  });

  it('treats script-like text as plain text and never as an id or code', () => {
    const script = '<script>alert(1)</script>';
    const { state: decoded, ignored } = decodeViewState(
      `?q=${encodeURIComponent(script)}&country=${encodeURIComponent(script)}&site=<img src=x onerror=alert(1)>`,
      known,
    );
    expect(decoded.q).toBe(script);
    expect(decoded.countries).toEqual([]);
    expect(decoded.site).toBeNull();
    expect(ignored).toEqual([
      { kind: 'unknown-codes', param: 'country', values: ['<script>alert(1)</script>'], more: 0 },
      { kind: 'not-in-dataset', param: 'site', values: ['<img src=x onerror=alert(1)>'], more: 0 },
    ]);
  });

  it('notes unknown parameters, but not the tracking ones mail and social sites add', () => {
    const { ignored } = decodeViewState('?contry=DE&utm_source=newsletter&fbclid=abc');
    expect(ignored).toEqual([{ kind: 'unknown-param', value: 'contry' }]);
  });

  it('ignores bad values of every other parameter, one notice each', () => {
    const { state: decoded, ignored } = decodeViewState(
      '?dataset=../etc&status=open&phase=PHASE9&view=globe&near=abc&radius=-5&embed=maybe',
    );
    expect(decoded).toEqual(DEFAULT_VIEW_STATE);
    expect(ignored).toEqual([
      { kind: 'invalid', param: 'dataset', value: '../etc' },
      { kind: 'unknown-codes', param: 'status', values: ['open'], more: 0 },
      { kind: 'unknown-codes', param: 'phase', values: ['PHASE9'], more: 0 },
      { kind: 'invalid', param: 'view', value: 'globe' },
      { kind: 'invalid', param: 'near', value: 'abc' },
      { kind: 'invalid', param: 'radius', value: '-5' },
      { kind: 'invalid', param: 'embed', value: 'maybe' },
    ]);
    expect(decodeViewState('?status=open,shut').ignored).toEqual([
      { kind: 'unknown-codes', param: 'status', values: ['open', 'shut'], more: 0 },
    ]);
  });

  it('keeps control characters and malformed escapes out of the search text', () => {
    expect(decodeViewState('?q=%00a%0Ab%zz%E2').state.q).toBe('a b%zz\uFFFD');
    expect(decodeViewState('?q=+++').state.q).toBe('');
  });

  it('reads the embedded dataset name as the default and accepts embed flags', () => {
    expect(decodeViewState('?dataset=default&embed=1').state).toEqual(state({ embed: true }));
    // In any case, as other names and codes in links: not a missing dataset called "DEFAULT".
    expect(decodeViewState('?dataset=DEFAULT').state.dataset).toBeNull();
    expect(encodeViewState(state({ dataset: 'Default' }))).toBe('');
    expect(decodeViewState('?embed=0').state.embed).toBe(false);
    expect(decodeViewState('?embed').state.embed).toBe(true);
  });

  it('reads a location only as latitude,longitude in range', () => {
    expect(decodeViewState('?near=50.11093,8.68213&radius=100').state).toEqual(
      state({ near: { lat: 50.111, lon: 8.682 }, radiusKm: 100 }),
    );
    expect(decodeViewState('?near=95,8').state.near).toBeNull();
    expect(decodeViewState('?radius=99999').state.radiusKm).toBe(20038);
  });

  it('accepts a search string with or without "?" and ignores a fragment', () => {
    expect(decodeViewState('country=DE#x=1').state.countries).toEqual(['DE']);
    expect(decodeViewState('').state).toEqual(DEFAULT_VIEW_STATE);
  });
});

describe('place and open trial details', () => {
  it('writes a named place instead of its coordinates, and the open trial after the site', () => {
    const link = encodeViewState(
      state({
        site: 'mt103-203-1106',
        details: 'MT103-203',
        near: { lat: 40.852, lon: 14.268 },
        place: 'naples-it',
        radiusKm: 100,
      }),
    );
    expect(link).toBe('?site=mt103-203-1106&details=MT103-203&place=naples-it&radius=100');
  });

  it('reads them back, and says what it ignored', () => {
    const opened = decodeViewState('?details=nct01234567&place=Naples-IT', known);
    expect(opened).toEqual({ state: state({ details: 'NCT01234567', place: 'naples-it' }), ignored: [] });
    const { state: decoded, ignored } = decodeViewState('?details=NCT999&place=naples,%20italy', known);
    expect(decoded).toEqual(DEFAULT_VIEW_STATE);
    expect(ignored).toEqual([
      { kind: 'not-in-dataset', param: 'details', values: ['NCT999'], more: 0 },
      { kind: 'invalid', param: 'place', value: 'naples, italy' },
    ]);
  });
});

describe('who can join and condition in links', () => {
  it('writes age=, sex= and condition= after the phase, folded and sorted', () => {
    const link = encodeViewState(
      state({ phases: ['PHASE2'], conditions: ['Leukémie, aiguë', 'breast cancer'], age: 34, sex: 'female' }),
    );
    expect(link).toBe('?phase=PHASE2&condition=breast+cancer,leukemie+aigue&age=34&sex=female');
    expect(decodeViewState(link).state).toMatchObject({
      conditions: ['breast cancer', 'leukemie aigue'],
      age: 34,
      sex: 'female',
    });
  });

  it('reads a condition in any case or accents, and drops one the dataset does not have', () => {
    const { state: read, ignored } = decodeViewState('?condition=Breast%20CANCER,Gout&age=10', {
      conditions: new Set(['breast cancer']),
    });
    expect(read).toMatchObject({ conditions: ['breast cancer'], age: 10 });
    expect(ignored).toEqual([{ kind: 'not-in-dataset', param: 'condition', values: ['Gout'], more: 0 }]);
  });

  it('ignores an age that is not whole years and a sex it does not know, one notice each', () => {
    const { state: read, ignored } = decodeViewState('?age=34.5&sex=other');
    expect(read).toMatchObject({ age: null, sex: null });
    expect(ignored).toEqual([
      { kind: 'invalid', param: 'age', value: '34.5' },
      { kind: 'invalid', param: 'sex', value: 'other' },
    ]);
    expect(decodeViewState('?age=200').state.age).toBeNull();
  });
});
