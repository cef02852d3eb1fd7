import { describe, expect, it } from 'vitest';
import type { GazetteerFile } from '../../../src/core/gazetteer-format';
import { buildPlaceIndex, placeLabel, searchPlaces } from '../../../src/core/place-search';

type PlaceSpec = [id: number, name: string, country: string, admin1: string, population: number, alt: string];

function gazetteer(places: PlaceSpec[]): GazetteerFile {
  return {
    version: 1,
    attribution: 'test',
    geonameId: places.map((p) => p[0]),
    name: places.map((p) => p[1]),
    country: places.map((p) => p[2]),
    admin1: places.map((p) => p[3]),
    lat: places.map((_, i) => 40 + i),
    lon: places.map((_, i) => i),
    population: places.map((p) => p[4]),
    alt: places.map((p) => p[5]),
  };
}

const index = buildPlaceIndex(
  gazetteer([
    [1, 'Munich', 'DE', '', 1_260_391, 'Monaco di Baviera|Muenchen|München'],
    [2, 'Münchenstein', 'CH', 'BL', 12_000, ''],
    [3, 'Naples', 'IT', '', 909_048, 'Napoli|Napólí|Neapel'],
    [4, 'Białystok', 'PL', '', 291_855, 'Belostok'],
    [5, 'Iaşi', 'RO', '', 378_954, 'Jassy'],
    [6, 'Frankfurt am Main', 'DE', '', 650_000, 'Frankfurt'],
    [7, 'Frankfurt (Oder)', 'DE', '', 58_000, 'Frankfurt'],
    [8, 'Springfield', 'US', 'IL', 116_565, ''],
    [9, 'Springfield', 'US', 'MA', 154_341, ''],
    [10, 'Mainz', 'DE', '', 217_000, ''],
    [11, 'Paris', 'US', 'TX', 25_000, ''],
    [12, 'Paris', 'FR', '', 2_138_551, ''],
    [13, 'Parisot', 'FR', '', 9_000_000, ''],
    [14, 'Thessaloníki', 'GR', '', 317_778, 'Θεσσαλονίκη'],
    [15, 'Köln', 'DE', '', 1_075_935, 'Cologne'],
  ]),
);
const names = (query: string, limit?: number) => searchPlaces(index, query, limit).map((m) => m.name);

describe('searchPlaces', () => {
  it.each([
    ['München', 'Munich'],
    ['Munich', 'Munich'],
    ['muenchen', 'Munich'],
    ['Napoli', 'Naples'],
    ['Bialystok', 'Białystok'],
    ['BIAŁYSTOK', 'Białystok'],
    ['Iasi', 'Iaşi'],
    ['Θεσσαλονίκη', 'Thessaloníki'],
    ['Koeln', 'Köln'],
    ['koln', 'Köln'],
    ['Cologne', 'Köln'],
  ])('finds %s as %s', (query, name) => {
    expect(names(query)[0]).toBe(name);
  });

  it('puts an exact name before longer names that start with it, whatever their size', () => {
    expect(names('Paris')).toEqual(['Paris', 'Paris', 'Parisot']);
    expect(searchPlaces(index, 'Paris').map((m) => m.country)).toEqual(['FR', 'US', 'FR']);
  });

  it('ranks places of one rank by population', () => {
    expect(names('Frankfurt')).toEqual(['Frankfurt am Main', 'Frankfurt (Oder)']);
    expect(names('munch')).toEqual(['Munich', 'Münchenstein']);
  });

  it('matches a later word of a name after names that start with the query', () => {
    expect(names('main')).toEqual(['Mainz', 'Frankfurt am Main']);
    expect(names('baviera')).toEqual(['Munich']);
  });

  it('tells namesakes apart by division and country, and narrows by them after a comma', () => {
    expect(searchPlaces(index, 'springfield').map(placeLabel)).toEqual([
      'Springfield, MA, United States',
      'Springfield, IL, United States',
    ]);
    expect(searchPlaces(index, 'Springfield, il').map(placeLabel)).toEqual([
      'Springfield, IL, United States',
    ]);
    expect(searchPlaces(index, 'paris, united').map(placeLabel)).toEqual(['Paris, TX, United States']);
  });

  it('says which alternate name matched, in the spelling typed', () => {
    const [naples] = searchPlaces(index, 'Napoli');
    expect(naples?.matchedName).toBe('Napoli');
    expect(searchPlaces(index, 'Napólí')[0]?.matchedName).toBe('Napólí');
    expect(searchPlaces(index, 'München')[0]?.matchedName).toBe('München');
    expect(searchPlaces(index, 'Munich')[0]?.matchedName).toBeNull();
  });

  it('returns each place once, up to the limit, and nothing for an empty query', () => {
    expect(names('frankfurt', 1)).toEqual(['Frankfurt am Main']);
    expect(names('   ')).toEqual([]);
    expect(names('zzz')).toEqual([]);
    expect(names('m').filter((name) => name === 'Munich')).toHaveLength(1);
  });
});
