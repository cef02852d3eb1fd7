import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GazetteerFile } from '../../../src/core/gazetteer-format';
import { findPlaceByKey, placeKey } from '../../../src/core/place-key';
import { decodeViewState, encodeViewState } from '../../../src/core/url-codec/codec';
import { DEFAULT_VIEW_STATE } from '../../../src/core/view-state';

type PlaceSpec = [id: number, name: string, country: string, population: number];

function gazetteer(places: PlaceSpec[]): GazetteerFile {
  return {
    version: 1,
    attribution: 'test',
    geonameId: places.map((p) => p[0]),
    name: places.map((p) => p[1]),
    country: places.map((p) => p[2]),
    admin1: places.map(() => ''),
    lat: places.map((_, i) => 40 + i),
    lon: places.map((_, i) => i),
    population: places.map((p) => p[3]),
    alt: places.map(() => ''),
  };
}

const file = gazetteer([
  [3172394, 'Naples', 'IT', 909_048],
  [4401618, 'Springfield', 'US', 116_565],
  [4951788, 'Springfield', 'US', 154_341],
  [2925533, 'Frankfurt am Main', 'DE', 650_000],
  [3067696, 'Praha', 'CZ', 1_165_581],
  [3081368, 'Wrocław', 'PL', 634_893],
  [734077, 'Θεσσαλονίκη', 'GR', 317_778],
  [2988507, 'Paris', 'FR', 2_138_551],
  [4717560, 'Paris', 'US', 25_000],
]);

describe('place keys', () => {
  it('names a place by its name and country, readable in a link', () => {
    expect(placeKey(file, 0)).toBe('naples-it');
    expect(placeKey(file, 3)).toBe('frankfurt-am-main-de');
    expect(placeKey(file, 5)).toBe('wroclaw-pl');
    expect(placeKey(file, 7)).toBe('paris-fr');
    expect(placeKey(file, 8)).toBe('paris-us');
  });

  it('uses the GeoNames id where the name would open another place or has no Latin letters', () => {
    expect(placeKey(file, 2)).toBe('springfield-us'); // the larger Springfield has the name
    expect(placeKey(file, 1)).toBe('4401618');
    expect(placeKey(file, 6)).toBe('734077');
  });

  it('finds places by either key, and nothing for keys it does not know', () => {
    expect(findPlaceByKey(file, 'naples-it')).toBe(0);
    expect(findPlaceByKey(file, '4401618')).toBe(1);
    expect(findPlaceByKey(file, 'naples-us')).toBe(-1);
    expect(findPlaceByKey(file, '1')).toBe(-1);
    expect(findPlaceByKey(file, 'it')).toBe(-1);
  });

  it('round-trips every place of the shipped place list through a link', () => {
    const shipped = JSON.parse(readFileSync('public/data/gazetteer.json', 'utf8')) as GazetteerFile;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: shipped.name.length - 1 }), (row) => {
        const link = encodeViewState({ ...DEFAULT_VIEW_STATE, place: placeKey(shipped, row) });
        const { state, ignored } = decodeViewState(link);
        expect(ignored).toEqual([]);
        expect(findPlaceByKey(shipped, state.place!)).toBe(row);
      }),
      { numRuns: 300 },
    );
  });
});
